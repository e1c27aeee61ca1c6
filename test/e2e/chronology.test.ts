import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { servedSite } from './served-site.ts';

const served = servedSite();

/** The Putin–Obama meeting of 28 September 2015, told by two outlets: one event. */
const MEETING = '2015-09-28-cexf5w';

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context: BrowserContext = await served.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.goto(`${served.site.url}${path}`);
  return page;
}

/** Opens a page and waits for its chart's tools, which the enhancement adds. */
async function openEnhanced(path: string): Promise<Page> {
  const page = await open(path);
  await page.locator('.chart-tools select').first().waitFor();
  return page;
}

const domainOf = (page: Page) => page.locator('figure.chart svg.chrono').first().getAttribute('data-domain');

describe('the chronology with JavaScript off', () => {
  it('draws every event as a link to its row in the table of the same page', async () => {
    const page = await open('/chronology/', { javaScriptEnabled: false });
    const hrefs = await page
      .locator('svg.chrono a.event')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(await page.locator(`tr${href}`).count(), String(href)).toBe(1);
    expect(await page.locator('table.events tbody tr').count()).toBeGreaterThan(10);
    await page.context().close();
  });

  it('links each source in the table to the paragraph that evidences the event', async () => {
    const page = await open('/chronology/', { javaScriptEnabled: false });
    const href = await page.locator(`#event-${MEETING} .sources a`).first().getAttribute('href');
    expect(href).toMatch(/^\/articles\/[^/]+\/#p-[a-z0-9]+$/);
    await page.goto(`${served.site.url}${href}`);
    expect(await page.locator(`[id="${href?.split('#')[1]}"]`).innerText()).toContain("Monday's meeting");
    await page.context().close();
  });
});

describe('the chronology enhanced', () => {
  it('zooms in with the + button and keeps the span in the address', async () => {
    const page = await openEnhanced('/chronology/');
    const before = await domainOf(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForURL(/from=.*&to=/);
    expect(await domainOf(page)).not.toBe(before);
    await page.getByRole('button', { name: 'All: show the whole span' }).click();
    await page.waitForURL((url) => !url.search.includes('from='));
    expect(await domainOf(page)).toBe(before);
    await page.context().close();
  });

  it('pans when the chart is dragged', async () => {
    const page = await openEnhanced('/chronology/?from=2002&to=2010');
    const before = await domainOf(page);
    const box = await page.locator('svg.chrono').first().boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 20, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => domainOf(page)).not.toBe(before);
    await page.context().close();
  });

  it('filters by theme, hides the other rows of the table, and the back button undoes it', async () => {
    const page = await openEnhanced('/chronology/');
    await page.locator('select[name="theme"]').selectOption('syria');
    await page.waitForURL(/theme=syria/);
    expect(
      await page.locator('svg.chrono g.lane').evaluateAll((lanes) => lanes.map((g) => g.getAttribute('data-lane'))),
    ).toEqual(['syria']);
    const visible = await page
      .locator('table.events tr[data-event]:visible')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-themes')));
    expect(visible.length).toBeGreaterThan(0);
    for (const themes of visible) expect(themes).toContain('syria');
    expect(await page.locator('table.events caption').first().innerText()).toBe(
      `${visible.length} of ${await page.locator('table.events tr[data-event]').count()} events, as the chart is filtered`,
    );
    await page.goBack();
    await expect.poll(() => page.locator('svg.chrono g.lane').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('filters by person', async () => {
    const page = await openEnhanced('/chronology/');
    await page.locator('select[name="person"]').selectOption('igor-ivanov');
    await page.waitForURL(/person=igor-ivanov/);
    const ids = await page
      .locator('svg.chrono a.event')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-id')));
    expect(ids.length).toBeGreaterThan(0);
    const rows = await page
      .locator('table.events tr[data-event]:visible')
      .evaluateAll((r) => r.map((row) => row.getAttribute('data-people')));
    for (const people of rows) expect(people).toContain('igor-ivanov');
    await page.context().close();
  });

  it('moves between events with the arrow keys, Home and End, with focus visible, and opens one with Enter', async () => {
    const page = await openEnhanced('/chronology/');
    await page.locator('svg.chrono a[tabindex="0"]').focus();
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.getAttribute('data-first'),
      );
    const first = await focused();
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBe(first);
    await page.keyboard.press('End');
    const last = await focused();
    await page.keyboard.press('Home');
    expect(await focused()).not.toBe(last);
    const stroke = await page.evaluate(
      () => getComputedStyle(document.activeElement?.querySelector('circle, rect') as Element).strokeWidth,
    );
    expect(stroke).toBe('3px');
    await page.keyboard.press('ArrowDown');
    const mark = await focused();
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=/);
    expect(page.url()).toContain(`event=${mark}`);
    await expect.poll(() => page.locator('.chart-panel').isVisible()).toBe(true);
    expect(await page.locator('.chart-panel .sources a').first().getAttribute('href')).toMatch(/^\/articles\/.+#p-/);
    await page.context().close();
  });

  it('selects the event in ?event= and shows its evidence from both witnesses', async () => {
    const page = await openEnhanced(`/chronology/?event=${MEETING}`);
    await expect.poll(() => page.locator('.chart-panel').isVisible()).toBe(true);
    expect(await page.locator('.chart-panel h3').innerText()).toBe('Putin and Obama meet at the UN General Assembly');
    expect(await page.locator('.chart-panel .sources li').count()).toBe(2);
    expect(await page.locator(`svg.chrono a.event.selected[data-id="${MEETING}"]`).count()).toBe(1);
    await expect.poll(() => page.locator('.chart-panel blockquote').first().innerText()).toContain("Monday's meeting");
    await page.context().close();
  });

  it('loads the events without their sentences, and the sentences only when an event is opened', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${served.site.url}/chronology/`);
    await page.locator('.chart-tools select').first().waitFor();
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual(['/data/chronology-view.json']);
    await page.locator(`svg.chrono a.event[data-id="${MEETING}"]`).click();
    await expect.poll(() => page.locator('.chart-panel blockquote').count()).toBe(2);
    expect(fetched).toContain('/data/chronology.json');
    await context.close();
  });

  it('moves in time with Page Down and Shift with ←', async () => {
    const page = await openEnhanced('/chronology/?from=2003&to=2009');
    await page.locator('svg.chrono a[tabindex="0"]').focus();
    const before = await domainOf(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => domainOf(page)).not.toBe(before);
    const later = await domainOf(page);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => domainOf(page)).not.toBe(later);
    await page.context().close();
  });

  it('zooms at once, without animation, for a reader who asks for reduced motion', async () => {
    const context = await served.browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${served.site.url}/chronology/`);
    await page.locator('.chart-tools select').first().waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const first = await domainOf(page);
    await page.waitForTimeout(400);
    expect(await domainOf(page)).toBe(first);
    await context.close();
  });

  for (const width of [1280, 390]) {
    it(`moves nothing on the page when it enhances the chart, ${width} pixels wide`, async () => {
      const context = await served.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${served.site.url}/chronology/`);
      await page.locator('.chart-tools select').first().waitFor();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      await context.close();
    });
  }
});

describe('accessibility of the chronology pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of [
      '/chronology/',
      '/embed/',
      '/embed/chronology/',
      `/chronology/?event=${MEETING}`,
      '/themes/iraq/',
      '/',
    ]) {
      it(`axe finds nothing on ${path} in the ${colorScheme} scheme`, async () => {
        const page = await open(path, { colorScheme });
        if (path === '/embed/') await page.locator('mw-chronology svg').waitFor();
        else if (path !== '/') await page.locator('.chart-tools select').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
