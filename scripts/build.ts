import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm run build`: ingest the seeds, then build the site into a fresh folder and index it for search (Pagefind),
 * and swap it in for `dist/` only when everything succeeded, so a failed build leaves the previous `dist/` exactly as it was.
 * Children run on this process's Node (`process.execPath`), the one the `node` devDependency provides.
 * It prints how long each stage took; with `BUILD_TIMINGS=<file>` it also writes them there as JSON
 * (`{ "stages": { "ingest": s, "astro": s, "search": s }, "total": s }`, in seconds), which `npm run bench` reads.
 */
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const fresh = `${dist}.building`;
const previous = `${dist}.previous`;
const started = performance.now();
const stages: Record<string, number> = {};

function run(stage: string, label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  stages[stage] = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(
      `\nThe build stopped at "${label}"; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}.`,
    );
    process.exit(result.status ?? 1);
  }
}

rmSync(fresh, { recursive: true, force: true });
run('ingest', 'ingest', ['scripts/ingest/cli.ts']);
run('astro', 'astro build', ['node_modules/astro/bin/astro.mjs', 'build'], {
  ASTRO_OUT_DIR: fresh,
  ASTRO_TELEMETRY_DISABLED: '1',
});
run('search', 'search index', ['scripts/search/cli.ts', fresh]);
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(fresh, dist);
rmSync(previous, { recursive: true, force: true });
const total = (performance.now() - started) / 1000;
const seconds = (value: number | undefined) => `${(value ?? 0).toFixed(1)} s`;
console.log(
  `\nBuilt ${dist} in ${seconds(total)}: ingest ${seconds(stages.ingest)}, astro build ${seconds(stages.astro)}, search index ${seconds(stages.search)}.`,
);
if (process.env.BUILD_TIMINGS) {
  writeFileSync(process.env.BUILD_TIMINGS, `${JSON.stringify({ stages, total }, null, 2)}\n`);
}
