import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages, pageAt } from './built-pages.ts';
import { servedSite } from './served-site.ts';

const pages = builtPages();
const served = servedSite();
const ARTICLE = 'articles/the-us-and-russia-began-restart-relations/';

describe('paragraph permalinks', () => {
  it('end every paragraph of an article with a link to that paragraph', () => {
    const paragraphs = selectAll('.prose > p[id]', pageAt(pages, `${ARTICLE}index.html`));
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      const links = selectAll('a.permalink', paragraph).map((a) => a.properties.href);
      expect(links, String(paragraph.properties.id)).toEqual([`#${paragraph.properties.id}`]);
    }
  });

  it('show a ¶ on hover and on keyboard focus, and add nothing to a copied paragraph', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.site.url}/${ARTICLE}`);
    const link = page.locator('.prose > p[id] a.permalink').nth(2);
    const mark = () => link.evaluate((a) => getComputedStyle(a, '::before').content);
    expect(await mark()).toBe('none');
    await link.locator('xpath=..').hover();
    expect(await mark()).toBe('"¶"');
    await page.mouse.move(0, 0);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await mark()).toBe('"¶"');
    const copied = await link.locator('xpath=..').evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.toString();
    });
    expect(copied).not.toMatch(/¶|\d$/);
    await page.close();
  });
});
