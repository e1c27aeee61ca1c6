import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchContent } from './chronology-content.ts';

/** The project's root, whose site the benchmark copies. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * What the site is built from, copied as the working tree has it; `content/` is the benchmark's own. `scripts/`
 * too, since the source view decodes seeds with the ingest's own reader.
 */
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/themes'];

/**
 * A throwaway copy of the project in a fresh temporary folder, with `content` in place of the archive, and the
 * project's packages linked in (see `linkNodeModules`).
 */
export function benchProject(content: BenchContent): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  unlinkThemes(dir);
  linkNodeModules(dir);
  const data = join(dir, 'content', 'data');
  mkdirSync(data, { recursive: true });
  const json = (name: string, value: unknown) => writeFileSync(join(data, name), `${JSON.stringify(value, null, 2)}\n`);
  json('events.json', content.events);
  json('entities.json', content.entities);
  json('quotes.json', []);
  json('stories.json', []);
  mkdirSync(join(dir, 'content', 'articles'));
  mkdirSync(join(dir, 'seeds'));
  for (const { slug, mdx, seed } of content.articles) {
    writeFileSync(join(dir, 'content', 'articles', `${slug}.mdx`), mdx);
    writeFileSync(join(dir, 'seeds', `${slug}.txt`), seed);
  }
  return dir;
}

/**
 * Keeps the words of the theme introductions' links to the archive's articles and drops the links: a copy holds
 * other articles, and a link to an article it lacks stops its build, as it should in the archive.
 */
export function unlinkThemes(dir: string): void {
  const themes = join(dir, 'content', 'themes');
  for (const name of readdirSync(themes).filter((file) => file.endsWith('.mdx'))) {
    const file = join(themes, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<ArticleLink to="[^"]*">([\s\S]*?)<\/ArticleLink>/g, '$1'));
  }
}

/**
 * Gives a copy of the project the project's packages: a `node_modules` folder of links, one per package, rather than
 * one link to the folder, so that what Astro caches there (`node_modules/.astro/`) stays in the copy.
 */
export function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** How a build went: wall time, and the peak resident memory of Astro's Node process (VmHWM), if it could be read. */
export interface BuildFigures {
  seconds: number;
  peakMiB?: number;
}

/** How often the build's peak memory is read; the kernel keeps the peak, so a read only has to come before the exit. */
const POLL_MS = 50;

/**
 * Runs `astro build` in the project at `dir` (into `dir/dist`) on this process's Node, timed, its output kept in
 * `dir/build.log`; a failed build throws with the log's tail. Peak memory is the Node process's own (esbuild's
 * helper process is not counted), read from /proc, so it is absent where there is no /proc.
 */
export async function buildSite(dir: string): Promise<BuildFigures> {
  const log: Buffer[] = [];
  const start = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: undefined },
  });
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk));
  let peakKiB: number | undefined;
  const poll = setInterval(() => {
    peakKiB = peakMemoryKiB(child.pid) ?? peakKiB;
  }, POLL_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  const seconds = (performance.now() - start) / 1000;
  writeFileSync(join(dir, 'build.log'), Buffer.concat(log));
  if (code !== 0) {
    const tail = Buffer.concat(log).toString('utf8').split('\n').slice(-30).join('\n');
    throw new Error(`astro build failed in ${dir} (exit ${code}); the end of ${join(dir, 'build.log')}:\n${tail}`);
  }
  return { seconds, ...(peakKiB ? { peakMiB: peakKiB / 1024 } : {}) };
}

/** A process's peak resident memory in KiB, from `/proc/<pid>/status`; undefined once it has exited, or off Linux. */
function peakMemoryKiB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kib ? Number(kib) : undefined;
  } catch {
    return undefined;
  }
}
