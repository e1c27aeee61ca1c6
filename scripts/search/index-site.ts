import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';

/** What indexing a site did, for the build to print. */
export interface IndexReport {
  pages: number;
  /** The words of every page, counted once per page and summed. */
  words: number;
  language: string;
  /** The filters the pages declare, by name, with how many values each has. */
  filters: Record<string, number>;
}

/**
 * One index for every page, in English. Pagefind splits its index by `<html lang>` and searches only the
 * searcher's language, so a reader on this English site would never find the Russian-language article by
 * "Лавров". With one index every query reaches every page; its words are still indexed as written (Pagefind
 * stems only the forced language), so a Russian word is found in the form the text uses.
 */
export const SEARCH_LANGUAGE = 'en';

/**
 * How many pages are handed to Pagefind before the first is answered. Its service parses and indexes the pages it is
 * given side by side, and the index it writes does not depend on the order they came in (`index-site.test.ts` holds
 * an index made one page at a time to one made this way, byte for byte); one page at a time, the Node side and the
 * service wait on each other for every page.
 */
export const IN_FLIGHT = 8;

/**
 * Indexes the built site in `dir` with Pagefind's Node API and writes the index to `dir/pagefind/`. Only pages
 * that mark their text with `data-pagefind-body` are indexed (articles, and the pages of themes, people, places,
 * organisations and agreements); navigation, footers and editorial notes never are. Any error Pagefind reports stops the build with it.
 * `inFlight` pages are given to Pagefind at once (`IN_FLIGHT`).
 */
export async function indexSite(dir: string, { inFlight = IN_FLIGHT } = {}): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const report: IndexReport = { pages: 0, words: 0, language: SEARCH_LANGUAGE, filters: {} };
  const values = new Map<string, Set<string>>();
  const files = htmlFiles(dir);
  let next = 0;
  const add = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] ?? '';
      const content = readFileSync(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(relative(dir, file)), content });
      if (added.errors.length > 0) throw new Error(`${relative(dir, file)}: ${added.errors.join('; ')}`);
      report.pages += 1;
      report.words += added.file.uniqueWords;
      for (const [name, value] of filtersIn(content)) values.set(name, (values.get(name) ?? new Set()).add(value));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, inFlight) }, add));
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  report.filters = Object.fromEntries([...values].map(([name, set]) => [name, set.size]).sort());
  return report;
}

/** Every `.html` file under a folder, in a stable order. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .sort()
    .map((name) => join(dir, name));
}

/** The address of a built file: `articles/x/index.html` → `/articles/x/`. */
function urlOf(path: string): string {
  return `/${path
    .split('\\')
    .join('/')
    .replace(/(?:^|\/)index\.html$/, '/')}`.replace(/\/+/g, '/');
}

/** The filters a page declares in `data-pagefind-filter="name:value"` attributes. */
function filtersIn(html: string): [string, string][] {
  return [...html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
}
