import { href } from '../../lib/url.ts';
import { excerptNodes } from './excerpt.ts';
import { loadPagefind } from './pagefind.ts';
import { highlightParams } from './query.ts';

/** How many results the header box shows; the search page has them all. */
const SHOWN = 5;
/** How long typing pauses before the box searches. */
const PAUSE_MS = 120;

/**
 * The header's search box with JavaScript, attached on first use (SearchBox.astro loads this module when the box is
 * first focused): searches as the reader types, shows the first results with their excerpts under the box and a
 * link to all of them on the search page, announces the count politely, and is worked with the keyboard alone
 * (↓ into the results, Escape to close). Without this module the box is a form that goes to /search/.
 */
export function attach(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || form.dataset['attached']) return;
  form.dataset['attached'] = '';
  const panel = document.createElement('div');
  panel.className = 'site-search-results';
  panel.hidden = true;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('ol');
  panel.append(status, list);
  form.append(panel);
  input.setAttribute('aria-controls', 'site-search-results');
  panel.id = 'site-search-results';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let turn = 0;
  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const q = input.value.trim();
    const mine = ++turn;
    if (!q) return close();
    const pagefind = await loadPagefind();
    const search = await pagefind.search(q);
    const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    if (mine !== turn) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${result.url.replace(/#.*$/, '')}?${highlightParams(q)}`;
        link.textContent = result.meta['title'] ?? result.url;
        const excerpt = document.createElement('span');
        excerpt.className = 'excerpt';
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    const all = document.createElement('li');
    const more = document.createElement('a');
    more.href = href(`/search/?q=${encodeURIComponent(q)}`);
    more.textContent = search.results.length > 0 ? `All ${search.results.length} results, with filters` : 'Search page';
    all.append(more);
    list.append(all);
    status.textContent =
      search.results.length === 0 ? `No results for “${q}”.` : `${search.results.length} results for “${q}”.`;
    panel.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), PAUSE_MS);
  });
  form.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && !panel.hidden) links[Math.min(links.length - 1, at + 1)]?.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (at === 0 ? input : links[at - 1])?.focus();
    else return;
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void run();
}
