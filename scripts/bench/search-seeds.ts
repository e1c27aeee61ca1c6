import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser/launch.ts';
import { serve } from '../browser/serve.ts';
import { ROOT } from './chronology-site.ts';
import { buildGenerated, generatedProject } from './generated-site.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { generateSeeds } from './seeds.ts';

/** Search on a site built from generated seeds, with how long its whole build took. */
export interface GeneratedSearchFigures extends SearchFigures {
  /** Articles generated. */
  articles: number;
  /** Wall time of `scripts/build.ts` (ingest, astro build, index), in seconds. */
  buildSeconds: number;
}

/** Serves the built `dist` and searches it in headless Chromium (search.ts). */
async function searchBuilt(dist: string): Promise<SearchFigures> {
  const site = await serve(dist);
  const browser = await launchChromium();
  try {
    // Both words are in generated text as in the archive's: Lavrov leads the generator's cast, Geneva is a venue.
    return await measureSearch(browser, site, dist, ['Lavrov', 'Geneva']);
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * Search on the archive's own site: builds it from the seeds (scripts/build.ts, index included) into a temporary
 * folder, then searches it in headless Chromium (search.ts).
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
    return await searchBuilt(dist);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

/**
 * Search at scale: `count` generated seeds (seeds.ts, from `seed`) built by the real `scripts/build.ts` in a
 * throwaway copy of the project (generated-site.ts), timed, then searched like the seed site. `keep` leaves the
 * copy in the temporary folder.
 */
export async function benchGeneratedSearch(
  count = 1000,
  { seed = 1, keep = false } = {},
): Promise<GeneratedSearchFigures> {
  const dir = generatedProject(generateSeeds(count, seed));
  try {
    const buildSeconds = await buildGenerated(dir);
    return { articles: count, buildSeconds, ...(await searchBuilt(join(dir, 'dist'))) };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as the benchmark prints them; a generated site's line names its articles and build time. */
export function formatSearch(figures: SearchFigures | GeneratedSearchFigures): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const site =
    'articles' in figures
      ? `${figures.articles.toLocaleString('en')} generated articles (built in ${figures.buildSeconds.toFixed(0)} s)`
      : 'seed site';
  return [
    `Search, ${site}: ${figures.pages} pages indexed, index ${kib(figures.indexBytes)} on disk;`,
    `first one-word query on a fresh page fetched ${kib(figures.firstQueryBytes)}, a second ${kib(figures.secondQueryBytes)};`,
    `first results ${figures.firstResultsMs} ms after submitting.`,
  ].join(' ');
}
