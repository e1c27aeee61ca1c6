import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { linkNodeModules, ROOT, unlinkThemes } from './chronology-site.ts';
import type { GeneratedSeed } from './seeds.ts';

/** What the full build needs, copied as the working tree has it; `content/` loses the archive's own articles. */
export const PROJECT_FILES = [
  'src',
  'public',
  'scripts',
  'content',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * Left out of the copied `content/`: the archive's articles (the ingest writes the generated ones) and the
 * editorial files about its seeds, which name seeds and articles the copy does not have.
 */
const SKIPPED = [join('content', 'articles'), join('content', 'editorial', 'articles')];

/** Keeps every path but the files directly inside a `SKIPPED` folder, which is copied empty. */
const keep = (path: string) => {
  const parent = relative(ROOT, path).split(sep).slice(0, -1).join(sep);
  return !SKIPPED.includes(parent);
};

/** The editorial file an editor writes for a seed whose text gives no date with a year (README, "Adding an article"). */
const editorialDate = (day: string) =>
  `published:\n  edtf: "${day}"\n  evidence: The generator's day for the story (scripts/bench/seeds.ts).\n`;

/**
 * A throwaway copy of the project in a fresh temporary folder whose `seeds/` holds `seeds` alone, with an
 * editor's date for each the text leaves undated, ready for `scripts/build.ts`. The chronology's editorial file
 * is emptied, since it retitles the archive's events; packages are linked as chronology-site.ts does.
 */
export function generatedProject(seeds: GeneratedSeed[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-seeds-'));
  for (const path of PROJECT_FILES) cpSync(join(ROOT, path), join(dir, path), { recursive: true, filter: keep });
  unlinkThemes(dir);
  writeFileSync(join(dir, 'content', 'editorial', 'events.yaml'), '{}\n');
  mkdirSync(join(dir, 'seeds'));
  for (const { file, text } of seeds) writeFileSync(join(dir, 'seeds', file), text);
  for (const { file, day } of seeds.filter(({ dated }) => !dated)) {
    writeFileSync(join(dir, 'content', 'editorial', 'articles', file.replace(/\.txt$/, '.yaml')), editorialDate(day));
  }
  linkNodeModules(dir);
  return dir;
}

/**
 * Runs `scripts/build.ts` (ingest, `astro build`, search index) in the project at `dir` on this Node, timed in
 * seconds; its output is kept in `dir/build.log`, and a failed build throws with the log's tail.
 */
export async function buildGenerated(dir: string): Promise<number> {
  const log: Buffer[] = [];
  const start = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DIST_DIR: undefined, ASTRO_OUT_DIR: undefined },
  });
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - start) / 1000;
  writeFileSync(join(dir, 'build.log'), Buffer.concat(log));
  if (code !== 0) {
    const tail = Buffer.concat(log).toString('utf8').split('\n').slice(-30).join('\n');
    throw new Error(`scripts/build.ts failed in ${dir} (exit ${code}); the end of ${join(dir, 'build.log')}:\n${tail}`);
  }
  return seconds;
}
