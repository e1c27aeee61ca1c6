/** The filters the search page offers, in the order it shows them. */
export const FILTERS = ['type', 'theme', 'year', 'outlet', 'person'] as const;

/** A search as the page's address holds it: `/search/?q=reset&theme=The reset&sort=newest`. */
export interface SearchQuery {
  q: string;
  /** Chosen values of each filter; a filter with several values matches any of them, filters combine. */
  filters: Partial<Record<(typeof FILTERS)[number], string[]>>;
  sort: 'relevance' | 'newest' | 'oldest';
}

/** Reads a search from a query string; unknown parameters and sorts are ignored. */
export function readQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters: SearchQuery['filters'] = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
  };
}

/** A search as a query string, `?` included. */
export function writeQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTERS) for (const value of query.filters[name] ?? []) params.append(name, value);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The words a result's page highlights (SearchHighlight.astro), as Pagefind's highlight script reads them: each word
 * on its own, a phrase in quotation marks whole.
 */
export function highlightParams(q: string): string {
  const phrases = [...q.matchAll(/"([^"]+)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').filter(Boolean);
  return phrases.map((phrase) => `pagefind-highlight=${encodeURIComponent(phrase)}`).join('&');
}
