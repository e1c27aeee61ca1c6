import type { Browser } from 'playwright-core';
import type { Served } from '../browser/serve.ts';

/** The most a first load of an article may transfer, its font included (issue 9, item 11). */
export const FIRST_LOAD_BUDGET = 100 * 1024;

/** What a reader's browser fetches to show one page, from an empty cache. */
export interface FirstLoad {
  /** The page's address from the site's root. */
  path: string;
  /** Every byte the server sent while the page loaded, as sent (gzipped where text; serve.ts counts them). */
  bytes: number;
  /** The same by Chromium's kind of resource (document, stylesheet, font, script, image, fetch, ...). */
  byKind: Record<string, number>;
  /** How many scripts it ran from files, and inline. */
  scripts: { files: number; inline: number };
}

/**
 * Opens `path` on the served site in a fresh context (an empty cache) at a phone's width and waits for the network
 * to settle, counting what the server sent and what Chromium says each response's body was on the wire.
 */
export async function measureFirstLoad(browser: Browser, site: Served, path: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const responses: Promise<[string, number]>[] = [];
  page.on('requestfinished', (request) => {
    responses.push(
      request.sizes().then((sizes) => [request.resourceType(), sizes.responseBodySize] as [string, number]),
    );
  });
  try {
    const stop = site.count('/');
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    // Fonts are fetched when text first needs them; make sure they have been.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const bytes = stop();
    const byKind: Record<string, number> = {};
    for (const [kind, size] of await Promise.all(responses)) byKind[kind] = (byKind[kind] ?? 0) + size;
    const scripts = await page.evaluate(() => {
      const all = [...document.querySelectorAll('script')].filter((script) => script.type !== 'application/ld+json');
      return { files: all.filter((script) => script.src).length, inline: all.filter((script) => !script.src).length };
    });
    return { path, bytes, byKind, scripts };
  } finally {
    await context.close();
  }
}

/** One line for the benchmark: total, budget, and the bytes of each kind of resource. */
export function formatFirstLoad({ path, bytes, byKind, scripts }: FirstLoad, what: string): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const kinds = Object.entries(byKind)
    .map(([kind, size]) => `${kind} ${kb(size)}`)
    .join(', ');
  const verdict = bytes <= FIRST_LOAD_BUDGET ? 'within' : 'OVER';
  return `First load of ${what} ${path}: ${kb(bytes)} transferred (${verdict} the ${kb(FIRST_LOAD_BUDGET)} budget): ${kinds}; scripts: ${scripts.files} from files, ${scripts.inline} inline.`;
}
