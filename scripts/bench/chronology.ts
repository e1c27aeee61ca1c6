import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../browser/launch.ts';
import { serve } from '../browser/serve.ts';
import { measureBrowser } from './chronology-browser.ts';
import { benchContent } from './chronology-content.ts';
import { measureDist } from './chronology-measure.ts';
import { benchProject, buildSite } from './chronology-site.ts';
import type { ChronologyResult } from './chronology-table.ts';
import { generateEvents } from './events.ts';

/** How many events the chronology benchmark draws: the archive's scale, ten times it, and the budgets' 5,000. */
export const COUNTS = [100, 1_000, 5_000];

/** What to run; `seed` defaults to 1, and `keep` (default false) leaves each throwaway project in place. */
export interface ChronologyOptions {
  counts: number[];
  seed?: number;
  keep?: boolean;
  /** Where progress goes; default standard error, so that standard output is the table. */
  log?: (line: string) => void;
}

/**
 * For each number of events: builds a throwaway copy of the site on `generateEvents(count, seed)` (no ingest: the
 * content is written directly, see chronology-content.ts), weighs what it built, and drives `/chronology/` in
 * headless Chromium. One browser serves every count.
 */
export async function benchChronology(options: ChronologyOptions): Promise<ChronologyResult[]> {
  const { counts, seed = 1, keep = false, log = (line) => console.error(line) } = options;
  const browser = await launchChromium();
  const results: ChronologyResult[] = [];
  try {
    for (const count of counts) {
      const dir = benchProject(benchContent(generateEvents(count, seed), seed));
      log(`chronology, ${count} events: building in ${dir}`);
      try {
        const build = await buildSite(dir);
        log(`chronology, ${count} events: built in ${build.seconds.toFixed(1)} s; measuring`);
        const dist = measureDist(join(dir, 'dist'));
        const site = await serve(join(dir, 'dist'));
        try {
          results.push({ events: count, build, dist, browser: await measureBrowser(browser, site.url) });
        } finally {
          await site.close();
        }
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
