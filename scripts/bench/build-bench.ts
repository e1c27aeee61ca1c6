import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlePagesProject, bareArticles, bareAstroProject, hugoProject } from './build-baselines.ts';
import { folderBytes, pageSizes, removeAll, type Timed, timedCommand } from './build-run.ts';
import {
  alternation,
  type CountFigures,
  type RunFigures,
  sizesByType,
  type TypeSizes,
  VARIANT_LABELS,
  VARIANTS,
  type Variant,
} from './build-table.ts';
import { ROOT } from './chronology-site.ts';
import { generatedProject } from './generated-site.ts';
import { generateSeeds } from './seeds.ts';

/** How many generated articles the build benchmark builds: the archive's scale, ten times it, and fifty. */
export const BUILD_COUNTS = [100, 1_000, 5_000];

/** Pagefind's own command line, from the installed package, for the baselines (ours indexes through its Node API). */
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** What each variant caches or writes in its project, removed before every run (outside the timing). */
const CACHES: Record<Variant, string[]> = {
  ours: [
    'dist',
    'dist.building',
    'dist.previous',
    'dist.discarded',
    '.astro',
    '.cache',
    'node_modules/.astro',
    'node_modules/.vite',
  ],
  'ours-articles': ['dist', '.astro', '.cache', 'node_modules/.astro', 'node_modules/.vite'],
  'astro-md': ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
  'astro-mdx': ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
  hugo: ['public', 'resources', '.hugo-cache', '.hugo_build.lock'],
};

export interface BuildBenchOptions {
  counts: number[];
  /** Cold runs of each variant at each count; their medians are reported. */
  runs: number;
  seed?: number;
  /** Leave each throwaway project in the temporary folder. */
  keep?: boolean;
  /** Where progress goes; default standard error, so that standard output is the table. */
  log?: (line: string) => void;
}

/**
 * Whether `hugo` runs; if not, installs Debian's package (`apt-get install -y hugo`, after `apt-get update` if the
 * first attempt fails; both need root) and asks again.
 * The Hugo baseline is left out, with a warning, when it still does not run.
 */
export function ensureHugo(log: (line: string) => void): boolean {
  const runs = () => spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
  if (runs()) return true;
  log('build: hugo is missing; installing Debian’s package (apt-get install -y hugo)');
  const install = () => spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // A machine whose package lists were never fetched (a fresh container) knows no hugo until `apt-get update`.
  if (install().status !== 0 && spawnSync('apt-get', ['update'], { stdio: 'ignore' }).status === 0) install();
  if (runs()) return true;
  log('build: hugo could not be installed; the Hugo baseline is left out');
  return false;
}

/**
 * Our build: `scripts/build.ts`, timed from outside, its stages as it reports them (BUILD_TIMINGS). Cold: no built
 * site, no ingest or Astro caches, and the content folder as the copy left it, so the ingest writes every file; or
 * warm, as the last build left everything.
 */
async function runOurs(dir: string, pristineData: string, { warm = false } = {}): Promise<RunFigures> {
  if (!warm) {
    removeAll(dir, [...CACHES.ours, 'content/articles', 'content/data']);
    mkdirSync(join(dir, 'content', 'articles'));
    cpSync(pristineData, join(dir, 'content', 'data'), { recursive: true });
  }
  const timings = join(dir, 'build-timings.json');
  rmSync(timings, { force: true });
  const run = await timedCommand(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: { BUILD_TIMINGS: timings, DIST_DIR: undefined, ASTRO_OUT_DIR: undefined },
    log: join(dir, 'bench.log'),
  });
  const { stages } = JSON.parse(readFileSync(timings, 'utf8')) as { stages: Record<string, number> };
  return {
    ingest: stages.ingest ?? Number.NaN,
    site: stages.astro ?? Number.NaN,
    search: stages.search ?? Number.NaN,
    total: run.seconds,
    ...(run.peakMiB === undefined ? {} : { peakMiB: run.peakMiB }),
    distBytes: folderBytes(join(dir, 'dist')),
  };
}

/**
 * Our article pages alone (build-baselines.ts, `articlePagesProject`): `astro build`, cold, as the bare sites run it,
 * with the references in words written on a worker thread as our build has them (`CITATION_CACHE`). No search index:
 * what is compared is Astro's time.
 */
async function runArticlePages(dir: string): Promise<RunFigures> {
  removeAll(dir, CACHES['ours-articles']);
  const site = await timedCommand(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env: { CITATION_CACHE: join(dir, '.cache', 'citations') },
    log: join(dir, 'bench.log'),
  });
  return {
    site: site.seconds,
    search: Number.NaN,
    total: site.seconds,
    ...(site.peakMiB === undefined ? {} : { peakMiB: site.peakMiB }),
    distBytes: folderBytes(join(dir, 'dist')),
  };
}

/** A baseline: its site generator, then Pagefind's command line over what it wrote; the total is the two together. */
async function runBaseline(variant: Exclude<Variant, 'ours' | 'ours-articles'>, dir: string): Promise<RunFigures> {
  removeAll(dir, CACHES[variant]);
  const log = join(dir, 'bench.log');
  const out = variant === 'hugo' ? 'public' : 'dist';
  const site: Timed =
    variant === 'hugo'
      ? await timedCommand('hugo', ['--destination', out, '--cacheDir', join(dir, '.hugo-cache')], { cwd: dir, log })
      : await timedCommand(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, log });
  const search = await timedCommand(process.execPath, [PAGEFIND, '--site', out], { cwd: dir, log });
  const peaks = [site.peakMiB, search.peakMiB].filter((peak) => peak !== undefined);
  return {
    site: site.seconds,
    search: search.seconds,
    total: site.seconds + search.seconds,
    ...(peaks.length > 0 ? { peakMiB: Math.max(...peaks) } : {}),
    distBytes: folderBytes(join(dir, out)),
  };
}

/** Adds an "s" to the first long lower-case word between spaces of the seed's second half; false when there is none. */
export function editOneWord(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  const half = Math.floor(text.length / 2);
  const rest = text.slice(half).replace(/ ([a-z]{6,}) /, ' $1s ');
  if (rest === text.slice(half)) return false;
  writeFileSync(path, text.slice(0, half) + rest);
  return true;
}

/**
 * For each count: `count` generated seeds (seeds.ts, from `seed`) in a throwaway copy of the project
 * (generated-site.ts), built by our whole build, our article pages built alone, and the same articles (our ingest's
 * titles, dates and paragraph text, build-baselines.ts) built as bare Astro `.md` and `.mdx` pages and as Hugo pages,
 * each followed by Pagefind. Every run is cold, the variants alternate (build-table.ts, `alternation`), and each runs
 * `runs` times. The baselines and our article pages' project are written from our first run's articles, so each
 * round's order starts or ends with ours.
 */
export async function benchBuild(options: BuildBenchOptions): Promise<CountFigures[]> {
  const { counts, runs, seed = 1, keep = false, log = (line) => console.error(line) } = options;
  const hugo = ensureHugo(log);
  const results: CountFigures[] = [];
  for (const count of counts) {
    const parent = mkdtempSync(join(tmpdir(), 'chronicle-bench-build-'));
    const ours = generatedProject(generateSeeds(count, seed));
    const pristineData = join(parent, 'pristine-data');
    cpSync(join(ours, 'content', 'data'), pristineData, { recursive: true });
    const dirs: Record<Variant, string> = {
      ours,
      'ours-articles': join(parent, 'ours-articles'),
      'astro-md': join(parent, 'astro-md'),
      'astro-mdx': join(parent, 'astro-mdx'),
      hugo: join(parent, 'hugo'),
    };
    log(`build, ${count} articles: ours in ${ours}, baselines in ${parent}`);
    const figures: CountFigures = {
      articles: count,
      runs: { ours: [], 'ours-articles': [], 'astro-md': [], 'astro-mdx': [], hugo: [] },
      pages: [],
    };
    try {
      let pages: TypeSizes[] | undefined;
      const variants = VARIANTS.filter((variant) => hugo || variant !== 'hugo');
      for (const [round, order] of alternation(variants, runs).entries()) {
        for (const variant of order) {
          const run =
            variant === 'ours'
              ? await runOurs(ours, pristineData)
              : variant === 'ours-articles'
                ? await runArticlePages(dirs[variant])
                : await runBaseline(variant, dirs[variant]);
          figures.runs[variant].push(run);
          const stages = [run.ingest, run.site, run.search]
            .filter((seconds): seconds is number => seconds !== undefined && Number.isFinite(seconds))
            .map((seconds) => seconds.toFixed(1))
            .join(' + ');
          log(
            `build, ${count} articles, round ${round + 1}/${runs}: ${VARIANT_LABELS[variant]} ${run.total.toFixed(1)} s (${stages})`,
          );
          if (variant === 'ours' && !pages) {
            pages = sizesByType(pageSizes(join(ours, 'dist')));
            const articles = bareArticles(join(ours, 'content', 'articles'));
            articlePagesProject(ours, dirs['ours-articles']);
            bareAstroProject(dirs['astro-md'], articles, 'md');
            bareAstroProject(dirs['astro-mdx'], articles, 'mdx');
            mkdirSync(dirs.hugo);
            hugoProject(dirs.hugo, articles);
          }
        }
      }
      figures.pages = pages ?? [];
      // An editor's typo fix: one word of one seed's body changed, then the build again with its caches.
      const seeds = generateSeeds(count, seed);
      const edited = seeds[Math.floor(seeds.length / 2)];
      if (edited && editOneWord(join(ours, 'seeds', edited.file))) {
        // The project holds what its last (cold) build left: the ingest's cache, Astro's, the site.
        figures.rebuild = await runOurs(ours, pristineData, { warm: true });
        log(`build, ${count} articles: rebuild after editing ${edited.file}: ${figures.rebuild.total.toFixed(1)} s`);
      }
      results.push(figures);
    } finally {
      if (!keep) for (const dir of [ours, parent]) rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
