import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { servedSite } from './served-site.ts';

const served = servedSite();

/**
 * One page of each type the site has (the chronology's own pages are checked in chronology.test.ts, with their
 * chart drawn), at a phone's width so that the stacked layouts are the ones checked.
 */
const PAGE_TYPES = {
  home: '/',
  articles: '/articles/',
  "a year's articles": '/articles/years/2009/',
  article: '/articles/the-us-and-russia-began-restart-relations/',
  'source view': '/articles/the-us-and-russia-began-restart-relations/source/',
  // With "The same story elsewhere": another outlet carries its story.
  'article of a story': '/articles/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
  stories: '/stories/',
  story: '/stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
  themes: '/themes/',
  theme: '/themes/reset/',
  people: '/people/',
  person: '/people/sergei-lavrov/',
  quotes: '/quotes/',
  "a speaker's quotes": '/quotes/sergei-lavrov/',
  places: '/places/',
  place: '/places/geneva/',
  organisations: '/organisations/',
  organisation: '/organisations/un-security-council/',
  agreements: '/agreements/',
  agreement: '/agreements/un-security-council-resolution-1483/',
  about: '/about/',
  'not found': '/no-such-page/',
  search: '/search/?q=Lavrov',
} as const;

async function open(path: string, colorScheme: 'light' | 'dark', width = 390): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width, height: 844 }, colorScheme });
  await page.goto(served.site.url + path, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor();
  // A chart's tools are drawn by its script once its data is in; until then they are not the ones a reader uses.
  if (await page.locator('.chart-tools').count()) await page.locator('.chart-tools select').first().waitFor();
  return page;
}

describe('accessibility of every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds nothing on the ${type} page (${path}) in the ${colorScheme} scheme`, async () => {
        const page = await open(path, colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

/** What the Tab key reaches on a page, in order, and whether each showed where the focus is. */
async function tabThrough(page: Page, stops: number): Promise<{ key: string; ring: boolean }[]> {
  const reached: { key: string; ring: boolean }[] = [];
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return { key: '', ring: true };
        const style = getComputedStyle(element);
        // A chart's event shows its focus by the stroke of its shape (chronology.css), as an outline would not
        // follow a circle.
        const stroked = [...element.querySelectorAll('circle, rect')].some(
          (shape) => Number.parseFloat(getComputedStyle(shape).strokeWidth) >= 3,
        );
        const ring =
          (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          stroked;
        return { key: element.dataset.tabKey ?? '', ring };
      }),
    );
  }
  return reached;
}

describe('keyboard use of every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    it(`reaches every link and control of the ${type} page with Tab, each with a visible focus`, async () => {
      const page = await open(path, 'light', 1280);
      // Every element that should take the focus: visible links, buttons, fields and summaries, keyed in order.
      const keys = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
          .filter((element) => !element.closest('[inert], [hidden]'))
          .map((element, i) => {
            element.dataset.tabKey = String(i);
            return String(i);
          }),
      );
      const reached = await tabThrough(page, keys.length + 5);
      expect(reached.filter((stop) => !stop.ring).map((stop) => stop.key)).toEqual([]);
      // Chromium also stops on a scrolled box (a wide table), which is right: the keys then scroll it.
      expect(keys.filter((key) => !reached.some((stop) => stop.key === key))).toEqual([]);
      await page.close();
    });
  }
});
