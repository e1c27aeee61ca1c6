import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm run build`: ingest the seeds, then build the site into a fresh folder and index it for search (Pagefind),
 * and swap it in for `dist/` only when everything succeeded, so a failed build leaves the previous `dist/` exactly as it was.
 * Children run on this process's Node (`process.execPath`), the one the `node` devDependency provides.
 */
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const fresh = `${dist}.building`;
const previous = `${dist}.previous`;

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(
      `\nThe build stopped at "${label}"; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}.`,
    );
    process.exit(result.status ?? 1);
  }
}

rmSync(fresh, { recursive: true, force: true });
run('ingest', ['scripts/ingest/cli.ts']);
run('astro build', ['node_modules/astro/bin/astro.mjs', 'build'], {
  ASTRO_OUT_DIR: fresh,
  ASTRO_TELEMETRY_DISABLED: '1',
});
run('search index', ['scripts/search/cli.ts', fresh]);
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(fresh, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt ${dist}`);
