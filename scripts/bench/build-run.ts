import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, budgetOf, pathOf } from './budgets.ts';
import type { PageSize } from './build-table.ts';

/** GNU time, which reports the largest resident memory of a command and of every process it waited for. */
const GNU_TIME = '/usr/bin/time';

/** How a timed command went: wall time in seconds, and its peak resident memory in MiB when it could be read. */
export interface Timed {
  seconds: number;
  peakMiB?: number;
}

/** How often /proc is read where GNU time is missing; the kernel keeps the peak, so a read only has to come before the exit. */
const POLL_MS = 50;

/**
 * Runs `command args` in `cwd`, timed, its output appended to `log`; a failure throws with the log's tail. Peak memory
 * is GNU time's maximum resident set size, the largest of the command and each child it waited for (a build's Astro
 * or ingest process, which is the one that matters; processes running at once are not summed). Without GNU time it is
 * the command's own peak, polled from /proc (VmHWM), and absent where there is no /proc.
 */
export async function timedCommand(
  command: string,
  args: readonly string[],
  { cwd, env = {}, log }: { cwd: string; env?: NodeJS.ProcessEnv; log: string },
): Promise<Timed> {
  const gnuTime = existsSync(GNU_TIME);
  const scratch = gnuTime ? mkdtempSync(join(tmpdir(), 'chronicle-bench-time-')) : undefined;
  const report = scratch ? join(scratch, 'time.txt') : undefined;
  const [file, argv] = report ? [GNU_TIME, ['-f', '%M', '-o', report, command, ...args]] : [command, [...args]];
  const output: Buffer[] = [];
  const start = performance.now();
  const child = spawn(file, argv, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  let polledKiB: number | undefined;
  const poll = report
    ? undefined
    : setInterval(() => {
        polledKiB = peakMemoryKiB(child.pid) ?? polledKiB;
      }, POLL_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (poll) clearInterval(poll);
  const seconds = (performance.now() - start) / 1000;
  const text = Buffer.concat(output).toString('utf8');
  writeFileSync(log, `$ ${command} ${args.join(' ')}\n${text}\n`, { flag: 'a' });
  const kib = report && existsSync(report) ? gnuTimeKiB(readFileSync(report, 'utf8')) : polledKiB;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) {
    const tail = text.split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${code}); the end of its output:\n${tail}`);
  }
  return { seconds, ...(kib ? { peakMiB: kib / 1024 } : {}) };
}

/** The KiB GNU time wrote with `-f %M`: its last line (a command killed by a signal gets a line before it). */
export function gnuTimeKiB(report: string): number | undefined {
  const last = report.trim().split('\n').at(-1) ?? '';
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

/** A process's peak resident memory in KiB, from `/proc/<pid>/status`; undefined once it has exited, or off Linux. */
function peakMemoryKiB(pid: number | undefined): number | undefined {
  try {
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes each of `paths` under `dir`, if there: what a build caches or wrote, so that the next run starts cold. */
export function removeAll(dir: string, paths: readonly string[]): void {
  for (const path of paths) rmSync(join(dir, path), { recursive: true, force: true });
}

/** Bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);
}

/**
 * Every HTML page under a built `dist`, with its type from budgets.ts (`of no type` when none describes it), in the
 * order of the types there (pages of no type last), then by address.
 */
export function pageSizes(dist: string): PageSize[] {
  const rank = (budget: (typeof BUDGETS)[number] | undefined) => (budget ? BUDGETS.indexOf(budget) : BUDGETS.length);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = pathOf(file);
      const budget = budgetOf(path);
      return { path, type: budget?.type ?? 'of no type', bytes: statSync(join(dist, file)).size, rank: rank(budget) };
    })
    .sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ rank: _, ...page }) => page);
}
