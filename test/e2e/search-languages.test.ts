import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { type Served, serve } from '../../scripts/browser/serve.ts';
import { indexSite } from '../../scripts/search/index-site.ts';

let dir: string;
let site: Served;
let browser: Browser;

/** A page in a language, its text marked for the index as the site marks it. */
function page(lang: string, title: string, text: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p><span data-pagefind-sort="date:2009-03-07"></span></main></body></html>`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-search-'));
  mkdirSync(join(dir, 'ru'));
  writeFileSync(join(dir, 'index.html'), page('en', 'Geneva talks', 'Lavrov and Clinton met in Geneva.'));
  writeFileSync(
    join(dir, 'ru', 'index.html'),
    page('ru', 'Переговоры в Женеве', 'Сергей Лавров и Хиллари Клинтон встретились в Женеве.'),
  );
  await indexSite(dir);
  site = await serve(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a search for `words` on the served site finds, by address, run in the page as the search page runs it. */
function searchIn(words: string): string {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  return `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(words)});
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  })()`;
}

describe('search across languages', () => {
  it('finds the Russian-language page by a Russian word, from an English page', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}/`);
    expect(await tab.evaluate(searchIn('Лавров'))).toEqual(['/ru/']);
    await tab.close();
  });

  it('finds the English page by an English word, from the Russian page', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}/ru/`);
    expect(await tab.evaluate(searchIn('Geneva'))).toEqual(['/']);
    await tab.close();
  });
});
