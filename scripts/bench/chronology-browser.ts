import type { Browser, Page } from 'playwright-core';
import { type FrameFigures, frameFigures } from './chronology-frames.ts';

/** What a reader's browser does with `/chronology/`, at 1280×900. */
export interface BrowserFigures {
  /** From navigation start until the enhancement put its tools in (`.chart-tools select`), in ms. */
  enhancedMs: number;
  /** Cumulative layout shift from navigation until a second after the tools appeared (shifts after input excluded). */
  cls: number;
  /** Pressing the "Zoom in" button three times. */
  zoom: Gesture;
  /** Dragging the zoomed chart 360 px sideways: 60 mouse moves over a second, or as fast as the page takes them. */
  pan: Gesture;
}

/** A gesture's frames, and the time span the chart showed after it (its `data-domain`), to see that it acted. */
export interface Gesture {
  frames: FrameFigures | undefined;
  /** How long the gesture took, in ms, as the benchmark paced it. */
  ms: number;
  domain: string | null;
}

/** The page's own records, kept on `window` by the scripts the benchmark adds. */
interface Records {
  benchEnhanced?: number;
  benchFrames: number[];
  benchRecording: boolean;
}

const CHART = 'svg.chrono:not([aria-hidden])';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens `/chronology/` of the site at `origin`, waits for the enhancement, then zooms in with the button and drags
 * the chart, counting frames during each. Zooming comes first because at full span there is nothing to pan to:
 * d3-zoom's translate extent keeps the whole span in view.
 */
export async function measureBrowser(browser: Browser, origin: string): Promise<BrowserFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(() => {
      const records = window as unknown as Records;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.chart-tools select')) return;
        records.benchEnhanced = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}/chronology/`);
    await page.waitForSelector('.chart-tools select', { timeout: 120_000 });
    await sleep(1000);
    const enhancedMs = await page.evaluate(() => (window as unknown as Records).benchEnhanced ?? Number.NaN);
    const cls = await layoutShift(page);
    const zoom = await gesture(page, async () => {
      for (let i = 0; i < 3; i++) {
        await page.click('button[aria-label="Zoom in"]');
        await sleep(350);
      }
    });
    const box = await page.locator(CHART).first().boundingBox();
    if (!box) throw new Error('measureBrowser: the chart on /chronology/ has no box to drag; is it hidden?');
    const [x, y] = [box.x + box.width * 0.7, box.y + box.height / 2];
    const pan = await gesture(page, async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      const start = performance.now();
      for (let i = 1; i <= 60; i++) {
        await page.mouse.move(x - 6 * i, y);
        // One move a frame at 60 Hz when the browser answers in time, else as fast as it answers.
        await sleep(Math.max(0, start + (i * 1000) / 60 - performance.now()));
      }
      await page.mouse.up();
    });
    return { enhancedMs, cls, zoom, pan };
  } finally {
    await page.close();
  }
}

/** The layout shift recorded so far (PerformanceObserver, buffered), summed as CLS counts it, input-led shifts left out. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback, which never comes if there were none.
        setTimeout(() => done(sum), 200);
      }),
  );
}

/** Runs `act` while the page records animation frames, and the frame after it. */
async function gesture(page: Page, act: () => Promise<void>): Promise<Gesture> {
  await page.evaluate(() => {
    const records = window as unknown as Records;
    records.benchFrames = [];
    records.benchRecording = true;
    const tick = (stamp: number) => {
      if (!records.benchRecording) return;
      records.benchFrames.push(stamp);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = performance.now();
  await act();
  const ms = performance.now() - start;
  // One more frame draws what the last input asked for.
  await sleep(50);
  const stamps = await page.evaluate(() => {
    const records = window as unknown as Records;
    records.benchRecording = false;
    return records.benchFrames;
  });
  const domain = await page.locator(CHART).first().getAttribute('data-domain');
  return { frames: frameFigures(stamps), ms, domain };
}
