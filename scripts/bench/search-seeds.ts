import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser/launch.ts';
import { serve } from '../browser/serve.ts';
import { ROOT } from './chronology-site.ts';
import { measureSearch, type SearchFigures } from './search.ts';

/**
 * Search on the archive's own site: builds it from the seeds (scripts/build.ts, index included) into a temporary
 * folder, then searches it in headless Chromium (search.ts). A generated 1,000-article site waits for the raw-seed
 * generator of issue 12.
 */
export async function benchSeedSearch(): Promise<SearchFigures> {
  const parent = mkdtempSync(join(tmpdir(), 'chronicle-bench-search-'));
  const dist = join(parent, 'dist');
  try {
    const built = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: dist },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`The seed site did not build:\n${built.stdout}\n${built.stderr}`);
    const site = await serve(dist);
    const browser = await launchChromium();
    try {
      return await measureSearch(browser, site.url, dist);
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

/** The figures as the benchmark prints them. */
export function formatSearch(figures: SearchFigures): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return [
    `Search, seed site: ${figures.pages} pages indexed, index ${kib(figures.indexBytes)} on disk;`,
    `first one-word query on a fresh page fetched ${kib(figures.firstQueryBytes)}, a second ${kib(figures.secondQueryBytes)};`,
    `first results ${figures.firstResultsMs} ms after submitting.`,
  ].join(' ');
}
