import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatedProject } from './generated-site.ts';
import { generateSeeds } from './seeds.ts';

/**
 * `node scripts/bench/ingest.ts [--count 200] [--seed 1] [--threads n] [--runs 1] [--cpu-prof dir] [--keep]`: the
 * ingest's speed on `count` generated seeds (seeds.ts) in a throwaway copy of the project (generated-site.ts). Each run
 * is the real `scripts/ingest/cli.ts` in the copy, timed from spawn to exit (so it includes Node's start and the
 * modules' loading), first writing content/ and then in `--check` mode; it prints articles a second per run.
 * `--threads` sets `INGEST_THREADS` (1: one thread); `--cpu-prof` writes a V8 CPU profile of each run there.
 * Not a test: the figures depend on the machine and on what else it runs.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    threads: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const dir = generatedProject(generateSeeds(count, Number(values.seed)));

/** One ingest in the copy: wall seconds. */
async function ingest(args: string[]): Promise<number> {
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  const start = performance.now();
  const child = spawn(process.execPath, [...profile, 'scripts/ingest/cli.ts', ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(values.threads ? { INGEST_THREADS: values.threads } : {}) },
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`the ingest failed in ${dir} (exit ${code})`);
  return (performance.now() - start) / 1000;
}

const first = await ingest([]);
console.log(`write: ${count} articles in ${first.toFixed(1)} s, ${(count / first).toFixed(1)} articles/s`);
for (let run = 0; run < Number(values.runs); run++) {
  const seconds = await ingest(['--check']);
  console.log(`check: ${count} articles in ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(1)} articles/s`);
}
if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
