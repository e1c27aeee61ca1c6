import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../browser/launch.ts';
import { benchChronology, COUNTS } from './chronology.ts';
import { ROOT } from './chronology-site.ts';
import { formatTable } from './chronology-table.ts';
import { benchGeneratedSearch, benchSeedSearch, formatSearch } from './search-seeds.ts';
import { benchWeights, formatBenchWeights } from './weights.ts';

/**
 * `npm run bench [-- --quick] [--keep] [--seed n] [--weights-dir dir]`: the chronology at 100, 1,000 and 5,000 events
 * (`--quick`: the first two), then search on the seed site and on a site of 1,000 generated articles (`--quick`: 100),
 * built by the real build (search-seeds.ts), then the heaviest page of each type and an article's first load on a site
 * of 5,000 generated articles (`--quick`: 100; `--weights-dir`: a copy built before, e.g. one `--keep` left;
 * `--weights-only`: this alone), printed
 * and written with the machine it ran on to `bench/results/chronology-<time>.json`.
 * Not a test: the figures depend on the machine, so nothing here passes or fails on them.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'weights-dir': { type: 'string' },
    'weights-only': { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`npm run bench: --seed must be a whole number; got "${values.seed}".`);

const started = new Date();
const counts = values.quick ? COUNTS.slice(0, 2) : COUNTS;
const only = values['weights-only'];
const results = only ? [] : await benchChronology({ counts, seed, keep: values.keep });
const search = only ? undefined : await benchSeedSearch();
const generated = only ? undefined : await benchGeneratedSearch(values.quick ? 100 : 1000, { seed, keep: values.keep });
const weights = await benchWeights(values.quick ? 100 : 5000, { seed, keep: values.keep, dir: values['weights-dir'] });
const seconds = (Date.now() - started.getTime()) / 1000;
const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = join(
  out,
  `chronology-${started
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z')}.json`,
);
const machine = {
  node: process.version,
  chromium: await chromiumPath(),
  cpu: cpus()[0]?.model,
  parallelism: availableParallelism(),
  platform: `${process.platform} ${process.arch}`,
};
const source = { commit: git('rev-parse', 'HEAD'), uncommitted: git('status', '--porcelain', 'src').length > 0 };
writeFileSync(
  file,
  `${JSON.stringify({ started: started.toISOString(), seconds, seed, machine, source, results, search, generated, weights }, null, 2)}\n`,
);
if (search && generated) {
  console.log(formatTable(results));
  console.log(`\n${formatSearch(search)}`);
  console.log(`${formatSearch(generated)}\n`);
}
console.log(formatBenchWeights(weights));
console.log(`\n${seconds.toFixed(0)} s in all; figures in ${relative(ROOT, file)}`);
