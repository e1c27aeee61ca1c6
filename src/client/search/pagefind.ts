/** The part of Pagefind's browser API (pagefind.js) the search page uses. */
export interface Pagefind {
  options(options: { excerptLength?: number; basePath?: string }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<Search>;
  filters(): Promise<FilterCounts>;
}

/** Counts of results by filter and value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A search's results, not yet loaded, and the counts of each filter value among them. */
export interface Search {
  results: { id: string; data(): Promise<Result> }[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

/** One result as Pagefind gives it: the excerpt is HTML with the matches in `<mark>`. */
export interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

import { href } from '../../lib/url.ts';

let loaded: Promise<Pagefind> | undefined;

/**
 * Pagefind's search library, from the index the build wrote to /pagefind/, loaded once, when first needed. It is
 * not a module of this bundle: it is made at build time, after the site (scripts/search/), so it is imported by
 * its address, under the site's base path. The index holds each page's path as if the site were at the root
 * (scripts/search/); Pagefind puts before it the folder its own script is in (its `baseUrl` option, by default
 * the address of /pagefind/'s parent), so results link under the base path without being told it.
 */
export function loadPagefind(): Promise<Pagefind> {
  const address = href('/pagefind/pagefind.js');
  loaded ??= (import(/* @vite-ignore */ address) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 28 });
    return pagefind;
  });
  return loaded;
}
