import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editOneWord } from './build-bench.ts';
import { generatedProject } from './generated-site.ts';
import { generateSeeds } from './seeds.ts';

/**
 * `node scripts/bench/rebuild.ts [--count 1000] [--seed 1] [--edits 1] [--dir <project>] [--keep]`: how much faster a
 * rebuild after one seed's edit is than a clean build, on generated seeds, without the baselines of `npm run bench`.
 * It builds a throwaway copy of the project (generated-site.ts) cold with `scripts/build.ts`, then `edits` times
 * changes one word of one seed (a different seed each time, from the middle of the archive on) and builds again with
 * the caches the last build left, printing each build's stages in wall and CPU seconds (BUILD_TIMINGS) and the ratio
 * of the clean build's total to the rebuild's. `--dir` reuses a project kept by an earlier run (`--keep`) and skips the
 * clean build: only the rebuilds are timed. Not a test: the figures depend on the machine and on what else it runs.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    edits: { type: 'string', default: '1' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const seeds = generateSeeds(count, Number(values.seed));
const dir = values.dir ?? generatedProject(seeds);

interface Timings {
  stages: Record<string, number>;
  cpu: Record<string, number>;
  total: number;
}

let builds = 0;

/** One `scripts/build.ts` in the project, its output written to `build-<n>.log` there; its stage timings. */
async function build(): Promise<Timings> {
  const timings = join(dir, 'build-timings.json');
  rmSync(timings, { force: true });
  const log = openSync(join(dir, `build-${++builds}.log`), 'w');
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    stdio: ['ignore', log, 'inherit'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_TIMINGS: timings,
      DIST_DIR: undefined,
      ASTRO_OUT_DIR: undefined,
    },
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  closeSync(log);
  if (code !== 0 || !existsSync(timings)) throw new Error(`scripts/build.ts failed in ${dir} (exit ${code})`);
  return JSON.parse(readFileSync(timings, 'utf8')) as Timings;
}

/**
 * What the build's log says it did with the last site's pages and the search index (scripts/last-pages.ts,
 * scripts/search/index-site.ts): how many pages were linked, named early, and indexed while Astro built.
 */
function whatTheBuildDid(build: number): string[] {
  const log = readFileSync(join(dir, `build-${build}.log`), 'utf8');
  return log
    .split('\n')
    .filter((each) => /^Kept \d+ pages|^search: .* while the site was built|indexing it again/.test(each));
}

const line = (label: string, { stages, cpu, total }: Timings) => {
  const stage = (key: string) =>
    `${key} ${(stages[key] ?? Number.NaN).toFixed(1)} s (CPU ${(cpu[key] ?? Number.NaN).toFixed(1)} s)`;
  const cpuTotal = Object.values(cpu).reduce((sum, seconds) => sum + seconds, 0);
  return `${label}: ${total.toFixed(1)} s, CPU ${cpuTotal.toFixed(1)} s; ${['ingest', 'astro', 'search'].map(stage).join(', ')}; load ${loadavg()[0]?.toFixed(2)}`;
};

console.log(`${count} generated seeds in ${dir}`);
const clean = values.dir ? undefined : await build();
if (clean) console.log(line('clean build', clean));
for (let edit = 0; edit < Number(values.edits); edit++) {
  const seed = seeds[(Math.floor(seeds.length / 2) + edit) % seeds.length];
  if (!seed || !editOneWord(join(dir, 'seeds', seed.file))) throw new Error('no word to edit');
  const rebuild = await build();
  const ratio = clean ? `, ${(clean.total / rebuild.total).toFixed(2)}× faster than clean` : '';
  console.log(line(`rebuild after editing ${seed.file}`, rebuild) + ratio);
  for (const said of whatTheBuildDid(builds)) console.log(`  ${said}`);
}
if (values.keep || values.dir) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
