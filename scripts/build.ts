import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { finishedPages } from './astro-pages.ts';
import { astroManifest, lastSite, linkLastPages, pruneLastPages, siteCode, stampLastPages } from './last-pages.ts';
import { formatDuration, Progress } from './progress.ts';

/**
 * `npm run build`: ingest the seeds, then build the site into a fresh folder and index it for search (Pagefind),
 * and swap it in for `dist/` only when everything succeeded, so a failed build leaves the previous `dist/` exactly as it was.
 * The site it replaces is kept as `dist.previous/` until the next build, which removes it while its stages run:
 * removing thousands of pages at once took 5.7 s of a 38 s rebuild at 1,000 articles when it was done after the swap.
 * Children run on this process's Node (`process.execPath`), the one the `node` devDependency provides.
 *
 * Each stage says when it starts and how long it took, and the children's output passes through this process:
 * when a child has been silent for ten seconds a line says how long its stage has run, so that a CI log never goes
 * quiet for long. The ingest draws its own progress line, live on a terminal (`PROGRESS_TTY`).
 * It prints how long each stage took; with `BUILD_TIMINGS=<file>` it also writes them there as JSON
 * (`{ "stages": { "ingest": s, "astro": s, "search": s }, "cpu": { … }, "total": s }`, in seconds; `cpu` is each
 * stage's CPU time where Linux tells it), which `npm run bench` reads.
 */
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const fresh = `${dist}.building`;
const previous = `${dist}.previous`;
/** Where the site before last goes to be removed while the stages run. */
const discarded = `${dist}.discarded`;
/** Says what the site in `dist` was built with (scripts/last-pages.ts). */
const stamp = resolve(root, '.cache', 'last-pages.json');
const manifest = astroManifest(root);
/** The pages of the last search index, in order (scripts/search/cli.ts). */
const order = resolve(root, '.cache', 'search-order.json');
const STAGES = 3;
/** How long a child may be silent before a line says its stage is still running, in ms. */
const SILENCE = 10_000;

/**
 * V8's heap may grow by 30 % of what a full collection leaves alive before the next one, instead of the factor V8
 * picks by itself (up to four times when a program allocates fast, as rendering pages does). Astro holds about
 * 400 MB alive at 1,000 articles and 0.8 GB at 5,000 while it renders, and left to itself V8 let the heap grow to
 * three times that before collecting: the largest part of the build's peak once the content store stopped going
 * through the bundler (src/lib/store-parts-from-disk.ts). At 1,000 articles the peak fell from 1.7 to 1.0 GB for
 * about a second more of collection; a fixed factor, unlike a cap (`--max-old-space-size`), cannot make a larger
 * archive fail. README, "Performance", "Memory".
 */
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=30'];

/**
 * Node's compile cache (`NODE_COMPILE_CACHE`), for every stage's Node: the code V8 compiled, and TypeScript with its
 * types stripped, kept on disk between builds under each file's digest, so a rebuild does not compile the ingest's
 * modules (compromise, chrono-node, the word lists), Astro's and Pagefind's again. Loading the ingest's rules took
 * 2.6 s of CPU without it and 1.8 s with it. Node checks each file against its cached copy, so an edited module is
 * compiled afresh; what the build writes does not depend on it. Astro turns it on by itself, in the system's
 * temporary folder; here it is the project's, beside the ingest's cache.
 */
const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE ?? resolve(root, '.cache', 'node-compile');

const stages: Record<string, number> = {};
/** CPU seconds (user and system) each stage's child used, where Linux's /proc tells (`childrenCpu`). */
const cpu: Record<string, number> = {};

/**
 * The CPU seconds (user and system) of every child this process has waited for, from `/proc/self/stat` (its
 * `cutime` and `cstime`, in clock ticks of 1/100 s on Linux); undefined elsewhere. The stages run one after another,
 * so the difference across one stage is its child's CPU time, threads and grandchildren included: on a machine
 * shared with other work that says more about a change than the wall time.
 */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command's name, which is in parentheses and may hold spaces: cutime and cstime are the 16th
    // and 17th fields of the whole line, the 14th and 15th after the name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The environment of every stage's child. */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_COMPILE_CACHE: COMPILE_CACHE,
    ...(process.stderr.isTTY ? { PROGRESS_TTY: '1', FORCE_COLOR: '1' } : {}),
    ...env,
  };
}

/** A stage's child started before its turn, which waits for a line on its standard input (scripts/astro-preload.ts). */
interface Waiting {
  child: ChildProcess;
  /** Its exit code once it has ended and its output is read (`watch`). */
  closed: Promise<number | null>;
  /** Its output, held until its stage passes it on (`holdOutput`). */
  output: Output;
  /** Lets it go on. */
  release: () => void;
  /** Told its standard output as it comes, besides this process's. */
  tap?: (chunk: Buffer) => void;
}

/**
 * Starts a stage's child before its turn, with its standard input a pipe: with `preload` loaded first (`node
 * --import`), it loads its modules while the stage before runs and goes on only when released; without, the child
 * itself reads its input. If this process ends first, that input closes and the child ends too. With `extraPipe`,
 * the child's file descriptor 3 is a pipe too (`child.stdio[3]`).
 */
function startEarly(
  args: string[],
  preload: string | undefined,
  env: NodeJS.ProcessEnv = {},
  extraPipe = false,
): Waiting {
  const [flags, rest] = splitFlags(args);
  const child = spawn(process.execPath, [...flags, ...(preload ? ['--import', preload] : []), ...rest], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe', ...(extraPipe ? ['pipe' as const] : [])],
    env: childEnv(env),
  });
  // A child that ended early (a failed preload) has closed its input; writing to it must not stop the build.
  child.stdin?.on('error', () => {});
  return { child, ...watch(child), release: () => child.stdin?.end('go\n') };
}

/** A child's exit code once it has ended and its output has been read to the end, and its output, held (`holdOutput`). */
function watch(child: ChildProcess): Pick<Waiting, 'closed' | 'output'> {
  return { closed: new Promise((done) => child.on('close', (code) => done(code))), output: holdOutput(child) };
}

/** A child's standard output and error, held until a stage takes them (`take`), then passed on as they come. */
interface Output {
  take: (out: (chunk: Buffer) => void, err: (chunk: Buffer) => void) => void;
}

/**
 * Reads a child's output from its start and holds it until it is taken. A child started early may end before its
 * turn (a failed preload), and Node drops what such a child printed unless it is read: its error must be shown.
 */
function holdOutput(child: ChildProcess): Output {
  const held: [0 | 1, Buffer][] = [];
  let sinks: [(chunk: Buffer) => void, (chunk: Buffer) => void] | undefined;
  const hold = (which: 0 | 1) => (chunk: Buffer) => {
    if (sinks) sinks[which](chunk);
    else held.push([which, chunk]);
  };
  child.stdout?.on('data', hold(0));
  child.stderr?.on('data', hold(1));
  return {
    take: (out, err) => {
      sinks = [out, err];
      for (const [which, chunk] of held.splice(0)) sinks[which](chunk);
    },
  };
}

/** Node's own options at the head of `args`, and the rest (the script and its arguments). */
function splitFlags(args: string[]): [string[], string[]] {
  const first = args.findIndex((arg) => !arg.startsWith('-'));
  return first < 0 ? [args, []] : [args.slice(0, first), args.slice(first)];
}

/**
 * Runs one stage: `args` on this process's Node, or a child started early (`startEarly`), released now. The stage's
 * wall time counts from here; its CPU time is all its child's, the early part included.
 */
async function run(
  stage: number,
  key: string,
  label: string,
  what: string[] | Waiting,
  env: NodeJS.ProcessEnv = {},
): Promise<void> {
  const name = `build [${stage}/${STAGES}] ${label}`;
  const began = performance.now();
  const cpuBefore = childrenCpu();
  console.log(`${name}…`);
  // Lines, not a redrawn line, since the child's own output comes between them.
  const progress = new Progress({
    label: name,
    stream: { write: (text) => process.stdout.write(text) },
    every: SILENCE,
  });
  const stopBeating = progress.heartbeat();
  let watched: Pick<Waiting, 'closed' | 'output'>;
  if (Array.isArray(what)) {
    watched = watch(
      spawn(process.execPath, what, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv(env) }),
    );
  } else {
    watched = what;
    what.release();
  }
  const { closed, output } = watched;
  const tap = Array.isArray(what) ? undefined : what.tap;
  output.take(
    (chunk) => {
      process.stdout.write(chunk);
      tap?.(chunk);
      progress.heard();
    },
    (chunk) => {
      process.stderr.write(chunk);
      progress.heard();
    },
  );
  const status = await closed;
  stopBeating();
  stages[key] = (performance.now() - began) / 1000;
  const cpuAfter = childrenCpu();
  if (cpuBefore !== undefined && cpuAfter !== undefined) cpu[key] = cpuAfter - cpuBefore;
  if (status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(
      `\nThe build stopped at "${label}"; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}.`,
    );
    process.exit(status ?? 1);
  }
  progress.end();
}

const start = performance.now();
rmSync(fresh, { recursive: true, force: true });
// The site the last build replaced is removed alongside the stages (the children run on their own cores, and this
// process only passes their output on); renamed first, so the swap below can take its name at once.
rmSync(discarded, { recursive: true, force: true });
if (existsSync(previous)) renameSync(previous, discarded);
const discarding = rm(discarded, { recursive: true, force: true });
// Astro starts now: it loads its modules, reads its configuration and starts its content layer while the ingest runs,
// and its loaders of what the ingest writes wait until the ingest is done (scripts/astro-preload.ts,
// src/lib/content-ready.ts): a rebuild's ingest keeps one core busy, and Astro's start takes the other.
const astro = startEarly(
  [...ASTRO_NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build'],
  pathToFileURL(resolve(root, 'scripts', 'astro-preload.ts')).href,
  {
    ASTRO_OUT_DIR: fresh,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Each article's reference in words, kept between builds (src/lib/cite.ts).
    CITATION_CACHE: resolve(root, '.cache', 'citations'),
    // The pages Astro keeps, named on descriptor 3 as soon as their keys are made (src/lib/kept-pages.ts).
    KEPT_PAGES_FD: '3',
    KEPT_PAGES_MANIFEST: manifest,
  },
  true,
);
// The search index is begun as Astro builds: a page Astro copies from its last build is final once Astro names the
// copy, one it renders once Astro's output shows it written (astro-pages.ts), and Pagefind is given those that come
// first in the order of the last site's pages (scripts/search/cli.ts, `--stream`; index-site.ts, `startIndexing`);
// the rest once Astro is done. The index is the same as one made after.
// The last site, if it is what the records of its build say; its pages are linked into the new one below.
const last = lastSite(dist, { manifest, order }, stamp);
const search = startEarly(
  ['scripts/search/cli.ts', fresh, '--stream', '--order', order, ...(last ? ['--last', last.site] : [])],
  undefined,
);
astro.tap = finishedPages((page) => search.child.stdin?.write(`written ${page}\n`));
// The last site's pages are linked into the new site's folder while the ingest runs, so that Astro finds those whose
// key did not change in place instead of copying them (scripts/last-pages.ts); it must be done before Astro builds.
const code = siteCode(root);
const sameCode = last?.code === code;
const linking = last ? linkLastPages(last, fresh, manifest) : Promise.resolve(undefined);
// Astro's process tells the search index what it will be given on its descriptor 3 (src/lib/kept-pages.ts): before
// Astro writes anything, the pages for search, route by route, and so their order; and each page the site says Astro
// keeps, which is final already when it is linked and the last site was built by the same code; then each page Astro
// writes, once written. The search index may take the final ones at once, in that order.
let kept: Awaited<typeof linking>;
let named = 0;
const told = astro.child.stdio[3];
if (told instanceof Readable) {
  createInterface({ input: told, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    const what = /^(plan|planned|kept|written) /.exec(line)?.[1];
    if (what === 'kept' && kept && sameCode) named += 1;
    else if (what === 'kept' || what === undefined) return;
    search.child.stdin?.write(`${line}\n`);
  });
}
await run(1, 'ingest', 'ingest', ['scripts/ingest/cli.ts']);
kept = await linking;
await run(2, 'astro', 'astro build', astro);
if (kept) {
  try {
    const removed = pruneLastPages(kept, manifest);
    console.log(
      `Kept ${kept.linked.length - removed.length} pages of the last site where they were${removed.length > 0 ? `; removed ${removed.length} it no longer has` : ''}; the site named ${named} of them before Astro generated them.`,
    );
  } catch (error) {
    search.child.stdin?.destroy();
    rmSync(fresh, { recursive: true, force: true });
    console.error(`\nThe build stopped after "astro build": ${(error as Error).message}.`);
    process.exit(1);
  }
}
await run(3, 'search', 'search index', { ...search, release: () => search.child.stdin?.end('\n') });
await discarding;
if (existsSync(dist)) renameSync(dist, previous);
renameSync(fresh, dist);
stampLastPages(dist, { manifest, order }, stamp, code);
const total = (performance.now() - start) / 1000;
const seconds = (value: number | undefined) => formatDuration((value ?? 0) * 1000);
console.log(
  `\nBuilt ${dist} in ${seconds(total)}: ingest ${seconds(stages.ingest)}, astro build ${seconds(stages.astro)}, search index ${seconds(stages.search)}.`,
);
if (process.env.BUILD_TIMINGS) {
  writeFileSync(process.env.BUILD_TIMINGS, `${JSON.stringify({ stages, cpu, total }, null, 2)}\n`);
}
