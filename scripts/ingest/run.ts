import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { RedirectsFileSchema } from '../../src/schemas/data.ts';
import type { Lexicon } from '../../src/schemas/editorial.ts';
import type { Published } from './archive/redirects.ts';
import type { KnownLinks, StoryLinkCache } from './archive/stories.ts';
import { IngestCache, ingestVersion, quickKey, seedKey } from './cache/index.ts';
import type { MdxMemo } from './cache/mdx-memo.ts';
import type { PeopleMemo, Remembered } from './cache/people-memo.ts';
import { type RelevanceIndex, relevanceIndex } from './cache/relevance.ts';
import { type Content, loadContent } from './content/index.ts';
import { keepParsedYaml, pruneParsedYaml } from './content/yaml.ts';
import { InputError } from './errors.ts';
import type { IngestedArticle } from './pipeline.ts';
import { readSeed } from './read.ts';
import { render } from './render.ts';
import { type Job, type Outcome, type Shared, startWorkers } from './workers.ts';
import { type Synced, sync } from './write/files.ts';

/** Where the ingest reads and writes, relative to the project root. */
export interface IngestPaths {
  /** Raw seeds, `*.txt`. */
  seeds: string;
  /** The content folder: editorial files are read from it, `articles/` is written in it. */
  content: string;
}

/** What an ingest run did. */
export interface IngestReport {
  /** Files under `content/articles/` that were written, or in check mode would be. */
  changed: string[];
  /** Files under `content/articles/` that were removed, or in check mode would be. */
  removed: string[];
  /** The same for `content/data/`. */
  data: Synced;
  /** How many seeds became articles. */
  articles: number;
  /** The seeds that were run through the stages, every one unless a cache served the others. */
  ingested: string[];
  /**
   * The seeds whose articles the people pass across the archive was run on (archive/people.ts), every one unless the
   * cache served the others (cache/people-memo.ts).
   */
  linked: string[];
  warnings: string[];
  /** How many worker threads the run started (runIngestOnWorkers), used or not; 0 when it ran on its own thread. */
  workers?: number;
}

/** How a run goes. */
export interface IngestOptions {
  /** Write nothing; the report says what would change. */
  check?: boolean;
  /** Called before the first seed with 0 and after each seed, with how many seeds are done and how many there are. */
  progress?: (done: number, total: number) => void;
  /** The folder of the ingest's cache (cache/index.ts); without it, every seed is ingested. */
  cache?: string;
  /** The ingest's code version in cache keys; tests set it to stand for a changed rule. */
  code?: string;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The seeds to ingest and everything they are ingested with, read before any seed is. */
interface Inputs {
  jobs: Job[];
  shared: Shared;
  content: Content;
  /** Files in seeds/ that are not read, each with why. */
  skipped: string[];
  /**
   * The cache, when the run has one, and each job's key in it, by the job's index, found when first asked (undefined
   * for a seed that cannot be read): an empty cache answers nothing, so a first run needs the keys only to store its
   * articles, and finds them while the workers ingest (`runIngestOnWorkers`).
   */
  cache?: { store: IngestCache; key: (index: number) => string | undefined; code: string };
}

/** The jobs' outcomes the cache holds, by job, and the indices of the jobs it does not. */
function lookUp({ jobs, cache }: Inputs): { outcomes: (Outcome | undefined)[]; pending: number[] } {
  const outcomes = jobs.map((_, i) => {
    if (!cache || cache.store.empty) return undefined;
    const key = cache.key(i);
    return key ? cache.store.get(key) : undefined;
  });
  return { outcomes, pending: jobs.flatMap((_, i) => (outcomes[i] ? [] : [i])) };
}

/**
 * Finds the keys of the jobs at `indices` a few at a time, letting the event loop answer the workers in between, so
 * that this thread, idle while they ingest, does it then without keeping them waiting for their next seed.
 */
async function findKeys(inputs: Inputs, indices: number[]): Promise<void> {
  for (const [n, index] of indices.entries()) {
    inputs.cache?.key(index);
    if (n % 8 === 7) await new Promise((next) => setImmediate(next));
  }
}

/** Puts the pending jobs' outcomes in place and keeps their articles in the cache. */
function settle(inputs: Inputs, outcomes: (Outcome | undefined)[], pending: number[], results: Outcome[]): Outcome[] {
  pending.forEach((index, i) => {
    const outcome = results[i];
    outcomes[index] = outcome;
    const key = inputs.cache?.key(index);
    // The article comes with its MDX and signature (ingestJob), which the cache keeps with it.
    if (key && outcome && !(outcome instanceof InputError)) inputs.cache?.store.set(key, outcome);
  });
  return outcomes as Outcome[];
}

/**
 * Ingests every seed and writes `content/articles/` and `content/data/` (write/files.ts). Nothing is written unless every seed succeeds;
 * then only files whose bytes differ are written, and articles whose seed is gone are removed. With
 * `check`, nothing is written and the report says what would change. Seeds are ingested one after another on this
 * thread; `runIngestOnWorkers` shares them out over the cores and writes the same bytes.
 */
export async function runIngest(paths: IngestPaths, options: IngestOptions = {}): Promise<IngestReport> {
  const { check = false, progress } = options;
  const inputs = prepare(paths, options);
  const { outcomes, pending } = lookUp(inputs);
  const jobs = pending.map((index) => inputs.jobs[index] as Job);
  progress?.(0, jobs.length);
  const results = await ingestHere(jobs, inputs.shared, progress);
  return finish(paths, inputs, settle(inputs, outcomes, pending, results), pending, check);
}

/**
 * The jobs ingested one after another on this thread, `progress` told after each. The ingest's rules (job.ts) are
 * loaded only then: a run that shares its seeds out to workers, or takes them all from the cache, never loads them here.
 */
async function ingestHere(jobs: Job[], shared: Shared, progress: IngestOptions['progress']): Promise<Outcome[]> {
  if (jobs.length === 0) return [];
  const { ingestJob } = await import('./job.ts');
  return jobs.map((job, i) => {
    const outcome = ingestJob(job, shared);
    progress?.(i + 1, jobs.length);
    return outcome;
  });
}

/**
 * Below this many seeds, starting workers costs more than it saves: each loads the ingest's modules and warms its own
 * JIT and caches, which cost two workers 5–8 CPU-seconds more than one thread on 200 seeds (README, "Performance"),
 * some 50 seeds' work; two workers gain only well past that.
 */
export const WORKERS_FROM = 150;

/**
 * `runIngest` with the seeds shared out over `threads` worker threads (workers.ts), by default one per core the
 * machine offers; the output does not depend on which worker ingests which seed, or when. With one thread or fewer
 * than `workersFrom` seeds to ingest (`WORKERS_FROM` unless a test says) it runs on this thread, as `runIngest`.
 */
export async function runIngestOnWorkers(
  paths: IngestPaths,
  {
    threads = availableParallelism(),
    workersFrom = WORKERS_FROM,
    ...options
  }: IngestOptions & { threads?: number; workersFrom?: number } = {},
): Promise<IngestReport> {
  const { check = false, progress } = options;
  const count = existsSync(paths.seeds) ? seedFiles(readdirSync(paths.seeds)).length : 0;
  // Workers take seconds of CPU to load the ingest's modules. Where the cache holds too few entries to answer all but
  // a few seeds (a first run), they are started at once, while this thread reads content/ and the cache; otherwise
  // only once the cache has been asked, and only if it left enough seeds: a rebuild after a typo starts none.
  const stored = options.cache && existsSync(options.cache) ? readdirSync(options.cache).length : 0;
  const parallel = (seeds: number) => threads > 1 && seeds >= workersFrom;
  let workers = parallel(count - stored) ? Math.min(threads, count) : 0;
  let pool = workers > 0 ? startWorkers(workers) : undefined;
  let inputs: Inputs;
  try {
    inputs = prepare(paths, options);
  } catch (error) {
    pool?.stop();
    throw error;
  }
  const { outcomes, pending } = lookUp(inputs);
  const jobs = pending.map((index) => inputs.jobs[index] as Job);
  const total = jobs.length;
  progress?.(0, total);
  let done = 0;
  if (pool && !parallel(total)) {
    pool.stop();
    pool = undefined;
  } else if (!pool && parallel(total)) {
    workers = Math.min(threads, total);
    pool = startWorkers(workers);
  }
  let results: Outcome[];
  if (pool) {
    const running = pool.run(jobs, inputs.shared, () => progress?.(++done, total));
    await findKeys(inputs, pending);
    results = await running;
  } else results = await ingestHere(jobs, inputs.shared, progress);
  return { ...finish(paths, inputs, settle(inputs, outcomes, pending, results), pending, check), workers };
}

/** The names of seeds among a folder's files: the .txt files. */
function seedFiles(entries: string[]): string[] {
  return entries.filter((file) => file.toLowerCase().endsWith('.txt'));
}

/**
 * The seeds in seeds/, sorted by name, the editors' content and, with a cache, the way to each seed's key; throws when
 * there is no seed or the content is wrong.
 */
function prepare(paths: IngestPaths, { cache, code }: IngestOptions): Inputs {
  const entries = readdirSync(paths.seeds).sort();
  const files = seedFiles(entries);
  // Nothing in seeds/ is passed over in silence: an article saved as .md, .html or .docx would otherwise vanish.
  const skipped = entries
    .filter((file) => !file.toLowerCase().endsWith('.txt'))
    .map(
      (file) =>
        `seeds/${file}: not read, since the ingest reads only .txt files; save the article as plain text with a .txt name, or move the file out of seeds/.`,
    );
  if (files.length === 0) {
    throw new InputError(paths.seeds, 'holds no .txt seeds', 'add raw articles as .txt files to seeds/');
  }
  // The editorial files' YAML parsed in an earlier run is read back, from a folder beside the cache's (content/yaml.ts).
  keepParsedYaml(cache ? `${cache}-yaml` : undefined);
  const content = loadContent(paths.content, files);
  pruneParsedYaml();
  const { lexicon, gazetteer, themes, editorial } = content;
  const jobs = files.map((file) => ({ file, path: join(paths.seeds, file), editorial: editorial.get(file) ?? {} }));
  const inputs: Inputs = { jobs, shared: { lexicon, gazetteer, themes }, content, skipped };
  if (!cache) return inputs;
  const version = code ?? ingestVersion(ROOT);
  const store = new IngestCache(cache);
  const shared = createHash('sha256').update(JSON.stringify({ version, lexicon, gazetteer, themes })).digest('hex');
  let index: RelevanceIndex | undefined;
  const relevant = () => {
    index ??= relevanceIndex(gazetteer, themes);
    return index;
  };
  const keys: (string | undefined)[] = [];
  const found: boolean[] = [];
  const key = (index: number): string | undefined => {
    const job = jobs[index];
    if (!found[index] && job) {
      keys[index] = keyOf(job, { code: version, lexicon, shared, store, relevant });
      found[index] = true;
    }
    return keys[index];
  };
  return { ...inputs, cache: { store, key, code: version } };
}

/** The archive-wide steps on every seed's article (render.ts), and the writing; throws every seed's input error at once. */
function finish(
  paths: IngestPaths,
  inputs: Inputs,
  outcomes: Outcome[],
  pending: number[],
  check: boolean,
): IngestReport {
  const errors = outcomes.filter((outcome): outcome is InputError => outcome instanceof InputError);
  if (errors.length > 0) throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));
  // Read before the cache is pruned of what this run did not ask for.
  const links = storyLinks(inputs);
  const memo = mdxMemo(inputs);
  let ran: number[] = [];
  const people = peopleMemo(inputs, (done) => {
    ran = done;
  });
  inputs.cache?.store.prune();
  const articles = outcomes as IngestedArticle[];
  const { editorial, gazetteer, events } = inputs.content;
  const outputs = render(articles, editorial, gazetteer, events, published(paths.content), links, memo, people);
  const written = sync(join(paths.content, 'articles'), '.mdx', outputs.articles, check);
  const data = sync(join(paths.content, 'data'), '.json', outputs.data, check);
  return {
    ...written,
    data,
    articles: articles.length,
    ingested: pending.map((index) => inputs.jobs[index]?.file ?? ''),
    linked: ran.map((index) => inputs.jobs[index]?.file ?? ''),
    warnings: [...inputs.skipped, ...articles.flatMap((article) => article.warnings), ...outputs.warnings],
  };
}

/** The file of the cache that keeps the stories' similar pairs between runs (archive/stories.ts, `KnownLinks`). */
const STORY_LINKS = 'story-links';

/**
 * The similar pairs of the last run, from the cache, for the stories to take again where both articles are unchanged,
 * and where this run's go; nothing without a cache. A file that cannot be read or parsed is no file: the stories are
 * found afresh.
 */
function storyLinks({ cache }: Inputs): StoryLinkCache {
  if (!cache) return {};
  const { store, code } = cache;
  let known: KnownLinks | undefined;
  try {
    const parsed = JSON.parse(store.readFile(STORY_LINKS) ?? 'null') as KnownLinks | null;
    if (parsed && Array.isArray(parsed.signatures) && Array.isArray(parsed.links)) known = parsed;
  } catch {
    known = undefined;
  }
  return {
    code,
    ...(known ? { known } : {}),
    found: (links) => store.writeFile(STORY_LINKS, JSON.stringify(links)),
  };
}

/**
 * A file of the cache holding one JSON object, by name; undefined when there is none, or it cannot be read or parsed
 * as an object: what it held is then made afresh.
 */
function readRecord<T>(store: IngestCache, name: string): Record<string, T> | undefined {
  try {
    const parsed = JSON.parse(store.readFile(name) ?? 'null') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, T>) : undefined;
  } catch {
    return undefined;
  }
}

/** The file of the cache that keeps the MDX of articles the archive-wide steps changed (cache/mdx-memo.ts). */
const RELINKED_MDX = 'relinked-mdx';

/**
 * The MDX the last run wrote for articles the people pass changed, from the cache, and where this run's goes; nothing
 * without a cache. A file that cannot be read or parsed is no file: those articles are written afresh.
 */
function mdxMemo({ cache }: Inputs): MdxMemo {
  if (!cache) return {};
  const { store, code } = cache;
  const known = readRecord<string>(store, RELINKED_MDX);
  return {
    code,
    ...(known ? { known } : {}),
    found: (kept) => store.writeFile(RELINKED_MDX, JSON.stringify(kept)),
  };
}

/** The file of the cache that keeps the people pass's relinks of each article (cache/people-memo.ts). */
const PEOPLE_RELINKS = 'people-relinks';

/**
 * The relinks the people pass found for each article in the last run, from the cache, under the code's version and the
 * gazetteer, with each article's key; where this run's go, and `ran` told the articles the pass was run on. Without a
 * cache, nothing: the pass runs on every article. A file that cannot be read or parsed is no file.
 */
function peopleMemo({ cache, jobs, content }: Inputs, ran: (indices: number[]) => void): PeopleMemo {
  if (!cache) return { found: (_, indices) => ran(indices) };
  const { store, code, key } = cache;
  const known = readRecord<Remembered>(store, PEOPLE_RELINKS);
  return {
    version: createHash('sha256')
      .update(JSON.stringify({ code, gazetteer: content.gazetteer }))
      .digest('hex'),
    keys: jobs.map((_, index) => key(index)),
    ...(known ? { known } : {}),
    found: (kept, indices) => {
      store.writeFile(PEOPLE_RELINKS, JSON.stringify(kept));
      ran(indices);
    },
  };
}

/** What finding a seed's key takes: the code's version, the lexicon, a digest of all the editors' files, the cache. */
interface KeyInputs {
  code: string;
  lexicon: Lexicon;
  shared: string;
  store: IngestCache;
  relevant: () => RelevanceIndex;
}

/**
 * A seed's cache key (cache/index.ts), from the text it decodes to; undefined for a seed that cannot be read. The key
 * found last time is taken again while the seed and every file and rule it could depend on are unchanged.
 */
function keyOf(
  { file, path, editorial }: Job,
  { code, lexicon, shared, store, relevant }: KeyInputs,
): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined; // ingestJob reports it
  }
  const quick = quickKey(shared, file, editorial, bytes);
  const known = store.recall(quick);
  if (known) return known;
  let text: string;
  try {
    text = readSeed(file, bytes).text;
  } catch {
    return undefined;
  }
  const key = seedKey({ code, lexicon, file, bytes, editorial, ...relevant().relevant([text]) });
  store.remember(quick, key);
  return key;
}

/**
 * What the committed content published: each seed's slug, read from the articles' frontmatter, and the redirects
 * kept so far. A missing folder or file is an archive published for the first time.
 */
function published(content: string): Published {
  const articles = join(content, 'articles');
  const slugs = new Map<string, string>();
  for (const name of existsSync(articles) ? readdirSync(articles).filter((file) => file.endsWith('.mdx')) : []) {
    const seed = /^seed:\n {2}file: "([^"]+)"/m.exec(readFileSync(join(articles, name), 'utf8'))?.[1];
    if (seed) slugs.set(seed, name.replace(/\.mdx$/, ''));
  }
  const file = join(content, 'data', 'redirects.json');
  const redirects = existsSync(file) ? RedirectsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
  return { slugs, redirects };
}
