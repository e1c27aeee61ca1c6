import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../browser/launch.ts';
import { BUILD_COUNTS, benchBuild } from './build-bench.ts';
import { formatCount, formatGoals, goals } from './build-table.ts';
import { benchChronology, COUNTS } from './chronology.ts';
import { ROOT } from './chronology-site.ts';
import { formatTable } from './chronology-table.ts';
import { benchGeneratedSearch, benchSeedSearch, formatSearch } from './search-seeds.ts';
import { benchWeights, formatBenchWeights } from './weights.ts';

/**
 * `npm run bench [-- --quick] [--only sections] [--runs n] [--counts a,b] [--keep] [--seed n] [--weights-dir dir]`.
 * Sections, in the order they run (`--only` picks some, comma-separated; default all):
 * - `chronology`: the chronology at 100, 1,000 and 5,000 events (`--quick`: the first two);
 * - `search`: search on the seed site and on a site of 1,000 generated articles (`--quick`: 100), built by the real
 *   build (search-seeds.ts);
 * - `weights`: the heaviest page of each type and an article's first load on a site of 5,000 generated articles
 *   (`--quick`: 100; `--weights-dir`: a copy built before, e.g. one `--keep` left; `--weights-only` is `--only weights`);
 * - `build`: our whole build against bare Astro .md and .mdx and Hugo at 100, 1,000 and 5,000 generated articles
 *   (`--quick`: the first two), `--runs` cold runs each (default 3), alternated, medians reported (build-bench.ts).
 * `--counts` replaces the counts of the chronology and build sections. Printed, and written with the machine it ran on
 * to `bench/results/bench-<time>.json` (and the build table to `bench/results/build-<time>.txt`).
 * Not a test: the figures depend on the machine, so nothing here passes or fails on them.
 */
const SECTIONS = ['chronology', 'search', 'weights', 'build'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    counts: { type: 'string' },
    'weights-dir': { type: 'string' },
    'weights-only': { type: 'boolean', default: false },
  },
});
const whole = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`npm run bench: ${name} must be a whole number above 0; got "${text}".`);
  return n;
};
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`npm run bench: --seed must be a whole number; got "${values.seed}".`);
const runs = whole('--runs', values.runs);
const only = values['weights-only'] ? 'weights' : values.only;
const sections = new Set<Section>(
  only
    ? only.split(',').map((name) => {
        const section = SECTIONS.find((each) => each === name.trim());
        if (!section) throw new Error(`npm run bench: --only takes ${SECTIONS.join(', ')}; got "${name}".`);
        return section;
      })
    : SECTIONS,
);
const counts = (defaults: number[]) =>
  values.counts
    ? values.counts.split(',').map((count) => whole('--counts', count.trim()))
    : values.quick
      ? defaults.slice(0, 2)
      : defaults;

const started = new Date();
/** The machine's load when the benchmark started: figures taken while other work runs are slower. */
const load = loadavg()[0] ?? 0;
const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
/** The code measured, read before the benchmark starts, since a commit made while it runs is not what it measured. */
const source = {
  commit: git('rev-parse', 'HEAD'),
  uncommitted: git('status', '--porcelain', 'src', 'scripts').length > 0,
};
const { keep } = values;
const chronology = sections.has('chronology')
  ? await benchChronology({ counts: counts(COUNTS), seed, keep })
  : undefined;
const search = sections.has('search') ? await benchSeedSearch() : undefined;
const generated = sections.has('search')
  ? await benchGeneratedSearch(values.quick ? 100 : 1000, { seed, keep })
  : undefined;
const weights = sections.has('weights')
  ? await benchWeights(values.quick ? 100 : 5000, { seed, keep, dir: values['weights-dir'] })
  : undefined;
const build = sections.has('build') ? await benchBuild({ counts: counts(BUILD_COUNTS), runs, seed, keep }) : undefined;
const seconds = (Date.now() - started.getTime()) / 1000;

const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const stamp = started
  .toISOString()
  .replaceAll(':', '-')
  .replace(/\.\d+Z$/, 'Z');
const file = join(out, `bench-${stamp}.json`);
const machine = {
  node: process.version,
  chromium: sections.has('build') && sections.size === 1 ? undefined : await chromiumPath(),
  hugo: sections.has('build') ? spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout?.trim() : undefined,
  cpu: cpus()[0]?.model,
  parallelism: availableParallelism(),
  loadAtStart: load,
  platform: `${process.platform} ${process.arch}`,
};
writeFileSync(
  file,
  `${JSON.stringify({ started: started.toISOString(), seconds, seed, runs, machine, source, chronology, search, generated, weights, build }, null, 2)}\n`,
);
const printed: string[] = [];
if (chronology) printed.push(formatTable(chronology));
if (search && generated) printed.push(`${formatSearch(search)}\n${formatSearch(generated)}`);
if (weights) printed.push(formatBenchWeights(weights));
let table: string | undefined;
if (build) {
  const heading = `npm run bench, ${started.toISOString()}, commit ${source.commit.slice(0, 12)}${source.uncommitted ? ' (with uncommitted changes)' : ''}, ${machine.cpu} ×${machine.parallelism} (load ${load.toFixed(1)} at the start), Node ${machine.node}`;
  table = [heading, ...build.map(formatCount), formatGoals(goals(build))].join('\n\n');
  const tableFile = join(out, `build-${stamp}.txt`);
  writeFileSync(tableFile, `${table}\n`);
  printed.push(`${table}\n\n(the build table is also in ${relative(ROOT, tableFile)})`);
}
console.log(printed.join('\n\n'));
console.log(`\n${seconds.toFixed(0)} s in all; figures in ${relative(ROOT, file)}`);
