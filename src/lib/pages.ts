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

/** Other witnesses of a story an article names before it links to the story's page. */
export const WITNESSES_SHOWN = 10;

/** Articles a quotation is listed in before the rest are counted and left to the story's page. */
export const QUOTE_WITNESSES_SHOWN = 3;

/**
 * Witnesses a story's page compares with the first, side by side, on one page: each comparison holds two articles'
 * text with their differences marked, some 20 KB of HTML for a generated article.
 */
export const COMPARISONS_PER_PAGE = 5;

/**
 * The page numbers a pager shows for page `current` of `last`: the first, the last, and two either side of the current
 * one, with `undefined` for each gap ("1 … 4 5 6 7 8 … 826"), so that the pager stays short however long the list.
 */
export function pagerNumbers(current: number, last: number): (number | undefined)[] {
  const shown = [1, last, ...[-2, -1, 0, 1, 2].map((step) => current + step)]
    .filter((n, i, all) => n >= 1 && n <= last && all.indexOf(n) === i)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [undefined, n] : [n]));
}

/**
 * The address of page `n` of a list whose first page is at `first` (`/articles/years/2009/`), as Astro's
 * `paginate()` numbers them with a rest parameter: the first page has no number, the others `/2/`, `/3/`.
 */
export function pagePath(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}
