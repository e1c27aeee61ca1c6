import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Served } from '../browser/serve.ts';

/** What searching a built site costs a reader. */
export interface SearchFigures {
  /** Pages in the index. */
  pages: number;
  /** Bytes of `dist/pagefind/`, every language and fragment, as written. */
  indexBytes: number;
  /** Bytes fetched from `/pagefind/` by a first one-word search on a fresh page, as transferred (bodies, gzipped
   * where text): the library and its worker, the WebAssembly, metadata and filters (which the search page fetches
   * as it opens), the word's index chunk and the first page of results' fragments. */
  firstQueryBytes: number;
  /** Bytes fetched by a second, different word after it. */
  secondQueryBytes: number;
  /** From submitting the first search to its first result on the page, in ms. */
  firstResultsMs: number;
}

/** Every file's bytes under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stats = statSync(join(dir, name));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

/** Bytes the server sent from /pagefind/ while `act` ran (serve.ts counts them as sent, gzipped where text). */
async function fetched(site: Served, act: () => Promise<void>): Promise<number> {
  const stop = site.count('/pagefind/');
  await act();
  return stop();
}

/**
 * Searches the site served as `site` (built into `dist`) as a reader does, in a fresh page at 1280×900: types
 * `first` into the search page and submits it, then `second`, counting the index bytes each fetched and timing the
 * first results.
 */
export async function measureSearch(
  browser: Browser,
  site: Served,
  dist: string,
  [first, second]: [string, string] = ['Lavrov', 'Geneva'],
): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    let firstResultsMs = 0;
    const firstQueryBytes = await fetched(site, async () => {
      await page.goto(`${site.url}/search/`);
      await page.waitForFunction(() =>
        /^(?:\d|No results|Type)/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      await page.fill('#search-q', first);
      const start = Date.now();
      await page.press('#search-q', 'Enter');
      await page.locator('#search-results li').first().waitFor();
      firstResultsMs = Date.now() - start;
    });
    const secondQueryBytes = await fetched(site, async () => {
      await page.fill('#search-q', second);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(
        (word) => (document.querySelector('#search-status')?.textContent ?? '').includes(word),
        second,
      );
    });
    const pages = await page.evaluate(async () => {
      const address = '/pagefind/pagefind-entry.json';
      const entry = (await (await fetch(address)).json()) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    });
    return {
      pages,
      indexBytes: folderBytes(join(dist, 'pagefind')),
      firstQueryBytes,
      secondQueryBytes,
      firstResultsMs,
    };
  } finally {
    await context.close();
  }
}
