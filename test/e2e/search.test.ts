import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QuotesFileSchema } from '../../src/schemas/data.ts';
import { CONTENT } from '../paths.ts';
import { axeViolations } from './axe.ts';
import { servedSite } from './served-site.ts';

const served = servedSite();

/** Opens the search page at `query` and waits for its answer. */
async function search(query: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${served.site.url}/search/${query}`);
  await page.waitForFunction(() =>
    /^(?:\d|No results|Type)/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
  return page;
}

const headlines = (page: Page) => page.locator('#search-results h2').allInnerTexts();
const status = (page: Page) => page.locator('#search-status').innerText();

describe('search', () => {
  it('a word finds its article', async () => {
    const page = await search('?q=Berlusconi');
    expect(await headlines(page)).toContain('Russia Pledges Support for Powell Mideast Mission');
    await page.close();
  });

  it('a name finds the article that spells it otherwise', async () => {
    const page = await search('?q=Kharrazi');
    expect(await headlines(page)).toContain('Russia Pledges Support for Powell Mideast Mission');
    await page.close();
  });

  it('a person’s name ranks first the articles that quote them', async () => {
    const quotes = QuotesFileSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'data', 'quotes.json'), 'utf8')));
    const quoting = new Set(quotes.filter((q) => q.speaker === 'sergei-lavrov').map((q) => q.article));
    const page = await search('?q=Lavrov&type=article');
    const links = await page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const slugs = links.map((path) => path.split('/')[2] ?? '');
    expect(slugs.slice(0, quoting.size).sort()).toEqual([...quoting].sort());
    await page.close();
  });

  it('an exact phrase in quotation marks finds the phrase', async () => {
    const page = await search(`?q=${encodeURIComponent('"press the reset button"')}&type=article`);
    expect(await headlines(page)).toEqual(['The U.S. and Russia began "restart" relations']);
    expect(await page.locator('#search-results mark').first().innerText()).toMatch(/press|reset|button/i);
    await page.close();
  });

  it('a filter narrows the results, and its count is right', async () => {
    const page = await search('?q=Russia');
    const all = (await headlines(page)).length;
    const syria = page.locator('#search-filters label', { hasText: 'Syria' });
    const count = Number((await syria.locator('.count').innerText()).replace(/\D/g, ''));
    await syria.locator('input').check();
    await page.waitForURL(/theme=Syria/);
    await expect.poll(async () => (await headlines(page)).length).toBe(count);
    expect(count).toBeLessThan(all);
    await page.close();
  });

  it('sorting by date orders the results and drops none', async () => {
    const page = await search('?q=Russia');
    const best = (await headlines(page)).length;
    await page.locator('#search-sort').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    const yearsShown = async () =>
      (await page.locator('#search-results .meta').allInnerTexts()).flatMap(
        (text) => text.match(/\b(?:19|20)\d\d\b/) ?? [],
      );
    // The address changes before the sorted results replace the others, which are as many: wait for the order.
    await expect
      .poll(async () => {
        const shown = await yearsShown();
        return shown.join() === [...shown].sort().reverse().join();
      })
      .toBe(true);
    await expect.poll(async () => (await headlines(page)).length).toBe(best);
    const years = await yearsShown();
    expect(years).toEqual([...years].sort().reverse());
    await page.close();
  });

  it('a result lands on its page with the words highlighted, scrolled to the first', async () => {
    const page = await search('?q=Berlusconi');
    await page.locator('#search-results h2 a', { hasText: 'Powell Mideast Mission' }).click();
    await page.waitForURL(/pagefind-highlight=Berlusconi/);
    const mark = page.locator('mark.pagefind-highlight').first();
    await mark.waitFor();
    expect(await mark.innerText()).toBe('Berlusconi');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.evaluate((node) => node.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.close();
  });

  it('a search with no results says so and what to try', async () => {
    const page = await search('?q=zzqxv');
    expect(await status(page)).toMatch(/^No results for “zzqxv”\. Try/);
    await page.close();
  });

  it('keeps the words, filters and sort in the address, and the back button undoes a choice', async () => {
    const page = await search('?q=Russia&theme=Iraq&sort=oldest');
    expect(await page.locator('#search-q').inputValue()).toBe('Russia');
    expect(await page.locator('#search-filters input[value="Iraq"]').isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('oldest');
    await page.locator('#search-filters input[value="Iraq"]').uncheck();
    await page.waitForURL((url) => !url.search.includes('theme='));
    await page.goBack();
    await expect.poll(() => page.locator('#search-filters input[value="Iraq"]').isChecked()).toBe(true);
    await page.close();
  });

  it('says without JavaScript that search needs it, and links to the articles and people', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}/search/?q=Lavrov`);
    const notice = page.locator('.notice');
    expect(await notice.innerText()).toContain('needs JavaScript');
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/articles/',
      '/people/',
    ]);
    await context.close();
  });

  it('the header box of an article page loads nothing until used, then shows results as one types', async () => {
    const page = await served.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (['script', 'fetch'].includes(request.resourceType())) loaded.push(new URL(request.url()).pathname);
    });
    await page.goto(`${served.site.url}/articles/the-us-and-russia-began-restart-relations/`);
    expect(loaded).toEqual([]);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Geneva');
    const results = page.locator('.site-search-results');
    await expect.poll(() => results.locator('[role="status"]').innerText()).toMatch(/^\d+ results? for “Geneva”\.$/);
    // The place's own page comes first; the article that names it is among the rest.
    const found = await results.locator('a').allInnerTexts();
    expect(found[0]).toBe('Geneva');
    expect(found).toContain('The U.S. and Russia began "restart" relations');
    expect(loaded).toContain('/search/box.js');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Geneva');
    await page.keyboard.press('Escape');
    expect(await results.isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Geneva/);
    await page.close();
  });

  it('axe finds nothing with the header box’s results open', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}/`);
    await page.locator('#site-search-q').fill('Lavrov');
    await page.locator('.site-search-results li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing with results open, in the ${colorScheme} scheme`, async () => {
      const page = await search('?q=Lavrov', { colorScheme });
      await page.locator('#search-results li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
