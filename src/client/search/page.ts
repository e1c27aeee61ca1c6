import { excerptNodes } from './excerpt.ts';
import { type FilterCounts, loadPagefind, type Result } from './pagefind.ts';
import { FILTERS, highlightParams, readQuery, type SearchQuery, writeQuery } from './query.ts';

/** How the filters are named on the page. */
const LABELS: Record<(typeof FILTERS)[number], string> = {
  type: 'Page',
  theme: 'Theme',
  year: 'Year',
  outlet: 'Outlet',
  person: 'Person',
};
/** How each kind of page is named in a result. */
const KINDS: Record<string, string> = {
  article: 'Article',
  theme: 'Theme',
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  agreement: 'Agreement',
};
/** The results shown at once; a button shows the next as many. */
const PAGE = 10;

/**
 * The search page with JavaScript: the query and filters from the address, a search with Pagefind, filters with
 * their counts that combine, sorting by date both ways, results with their headline, date, outlet, themes and an
 * excerpt with the matches marked, and the count announced politely. Every change goes into the address, so a
 * search can be shared and the back button undoes it.
 */
export async function searchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const ui = document.querySelector<HTMLElement>('#search-ui');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const filterBox = document.querySelector<HTMLElement>('#search-filters');
  const sort = document.querySelector<HTMLSelectElement>('#search-sort');
  if (!form || !ui || !status || !list || !filterBox || !sort) return;
  ui.hidden = false;
  (form.elements.namedItem('q') as HTMLInputElement).value = readQuery(location.search).q;
  status.textContent = 'Loading the search index…';
  let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
  try {
    pagefind = await loadPagefind();
  } catch {
    // `npm run dev` serves no index: Pagefind indexes the built site.
    status.textContent =
      'The search index is missing. It is made by the build: run npm run build, then npm run preview to search.';
    return;
  }
  const all = await pagefind.filters();
  let query = readQuery(location.search);
  let turn = 0;

  const run = async () => {
    const mine = ++turn;
    (form.elements.namedItem('q') as HTMLInputElement).value = query.q;
    sort.value = query.sort;
    const anyFilter = Object.keys(query.filters).length > 0;
    if (!query.q && !anyFilter) {
      drawFilters(filterBox, all, query);
      list.replaceChildren();
      status.textContent = 'Type a word, a name or a phrase in quotation marks, or choose a filter.';
      return;
    }
    const search = await pagefind.search(query.q || null, {
      filters: Object.fromEntries(Object.entries(query.filters).map(([name, values]) => [name, { any: values }])),
      ...(query.sort === 'relevance' ? {} : { sort: { date: query.sort === 'newest' ? 'desc' : 'asc' } }),
    });
    if (mine !== turn) return;
    drawFilters(filterBox, search.filters, query);
    list.replaceChildren();
    await showMore(list, search.results, 0, query.q);
    if (mine !== turn) return;
    // Announced once the results are on the page, so that what is read out is there to be read.
    const words = query.q ? ` for “${query.q}”` : '';
    status.textContent =
      search.results.length === 0
        ? `No results${words}. Try fewer or other words, a name as the articles spell it, or fewer filters.`
        : `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'}${words}.`;
  };
  const change = (next: SearchQuery, how: 'push' | 'replace' = 'push') => {
    query = next;
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${writeQuery(query)}`);
    void run();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change({ ...query, q: String(new FormData(form).get('q') ?? '').trim() });
  });
  sort.addEventListener('change', () => change({ ...query, sort: sort.value as SearchQuery['sort'] }));
  filterBox.addEventListener('change', () => {
    const filters: SearchQuery['filters'] = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      const name = box.name as (typeof FILTERS)[number];
      filters[name] = [...(filters[name] ?? []), box.value];
    }
    change({ ...query, filters });
  });
  addEventListener('popstate', () => {
    query = readQuery(location.search);
    void run();
  });
  await run();
}

/** Each filter as a group of checkboxes, its values with their counts, the chosen ones checked. */
function drawFilters(box: HTMLElement, counts: FilterCounts, query: SearchQuery): void {
  box.replaceChildren(
    ...FILTERS.flatMap((name) => {
      const values = Object.entries(counts[name] ?? {}).filter(
        ([value, count]) => count > 0 || query.filters[name]?.includes(value),
      );
      if (values.length === 0) return [];
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = LABELS[name];
      set.append(legend);
      const order =
        name === 'year' ? (a: string, b: string) => b.localeCompare(a) : (a: string, b: string) => a.localeCompare(b);
      for (const [value, count] of values.sort(([a], [b]) => order(a, b))) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = name;
        input.value = value;
        input.checked = query.filters[name]?.includes(value) ?? false;
        label.append(input, ` ${value} `);
        const number = document.createElement('span');
        number.className = 'count';
        number.textContent = `(${count})`;
        label.append(number);
        set.append(label);
      }
      return [set];
    }),
  );
}

/** Loads and shows the next `PAGE` results, and a button for the rest. */
async function showMore(list: HTMLOListElement, results: { data(): Promise<Result> }[], from: number, q: string) {
  const shown = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
  list.querySelector('.more')?.remove();
  list.append(...shown.map((result) => resultItem(result, q)));
  if (results.length > from + PAGE) {
    const item = document.createElement('li');
    item.className = 'more';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Show ${Math.min(PAGE, results.length - from - PAGE)} more`;
    button.addEventListener('click', () => void showMore(list, results, from + PAGE, q));
    item.append(button);
    list.append(item);
  }
}

/** One result: its headline linked (with the words to highlight), what kind of page, when, where, and the excerpt. */
function resultItem(result: Result, q: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  const target = result.sub_results?.find((sub) => sub.url.includes('#'))?.url ?? result.url;
  link.href = q ? `${target.replace(/#.*$/, '')}?${highlightParams(q)}${target.match(/#.*$/)?.[0] ?? ''}` : target;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'meta';
  const kind = KINDS[result.meta['type'] ?? ''] ?? '';
  facts.textContent = [kind, result.meta['date'], result.meta['outlet'], result.meta['themes']]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, facts, excerpt);
  return item;
}
