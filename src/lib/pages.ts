/**
 * How long the lists that grow with the archive may be on one page. An entry of an article list is about 250 bytes of
 * HTML (measured on 1,000 generated articles: /articles/ was 239 KB for 1,000), so 100 make 25 KB, 4 KB gzipped; a
 * quotation with its witnesses is about twice that. The budgets these keep pages within are in
 * scripts/bench/budgets.ts.
 */

/** Articles on one page of a paginated list (a year's, a theme's, a person's articles). */
export const ARTICLES_PER_PAGE = 100;

/** Quotations on one page of a speaker's quotations. */
export const QUOTES_PER_PAGE = 50;

/** The latest articles a page shows before it links to the whole list (the articles index, a theme, a person). */
export const LATEST_SHOWN = 20;

/** The people a theme page names before it links to the people index. */
export const PEOPLE_SHOWN = 30;

/**
 * The address of page `n` of a list whose first page is at `first` (`/articles/years/2009/`), as Astro's
 * `paginate()` numbers them with a rest parameter: the first page has no number, the others `/2/`, `/3/`.
 */
export function pagePath(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}
