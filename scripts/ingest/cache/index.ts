import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseImports } from 'es-module-lexer';
import { writeWhole } from '../../../src/lib/write-whole.ts';
import type { Lexicon, SeedEditorial } from '../../../src/schemas/editorial.ts';
import type { Theme } from '../../../src/schemas/theme.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import type { IngestedArticle } from '../pipeline.ts';

/**
 * The ingest's cache: each seed's article, kept under a key made of everything that can change it — the seed's
 * name and bytes, its editorial file, the lexicon, the gazetteer entries and themes relevant to its text
 * (relevance.ts), and the ingest's own code and the libraries it runs on. A rebuild after one seed changed
 * re-ingests that seed alone; after a gazetteer entry or a theme changed, the seeds that name it; after a rule
 * changed, all of them. The archive-wide steps (entities, stories, events) always run, on every article; the stories
 * take the similar pairs of unchanged articles, and average linkage's verdicts on unchanged groups, from the run before
 * (`readFile`, archive/stories.ts), and the people pass what it told articles whose look-ups are answered as before
 * (cache/people-memo.ts).
 */

/**
 * The folders whose code makes the ingest's output, taken whole, data files included (the fitted weights of the
 * furniture and headline models are read, not imported); tests excluded, since they make none.
 */
const CODE = [join('scripts', 'ingest'), join('src', 'schemas')];

/** Every file under `dir`, relative to `root`, sorted. */
function files(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((name) => /\.(?:ts|json|ya?ml)$/.test(name) && !/\.test\.ts$/.test(name))
    .sort();
}

/** A digest of the files `names` (relative to `root`) and of the installed libraries' versions (package-lock.json). */
function digestOfFiles(root: string, names: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of [...names, 'package-lock.json']) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * A digest of the code in `folders`, read whole, and of the installed libraries' versions: a change to any file there
 * or any dependency changes it. For the site's article renderer and schemas (src/lib/article-loader.ts,
 * records-loader.ts); the ingest's own is `ingestVersion`.
 */
export function codeVersion(root: string, folders: readonly string[]): string {
  return digestOfFiles(
    root,
    folders.flatMap((dir) => files(root, dir)),
  );
}

/**
 * The version of the ingest's code, part of every seed's key: a change to any rule or any dependency changes every
 * seed's key. It is a digest of `ingestCode` and package-lock.json.
 */
export function ingestVersion(root: string): string {
  return digestOfFiles(root, ingestCode(root));
}

/**
 * The files of the ingest's code, relative to `root`, sorted: its folders (`CODE`) whole, and every other file of the
 * project they import, followed import by import: the helpers of src/lib the ingest shares with the site (dates,
 * slugs, names), and not the site's own code, so that a change to a page or to the site's loaders does not make the
 * whole archive ingested again (at 1,000 articles, 34 s of a rebuild). Imports are read with es-module-lexer, which
 * reads TypeScript's import statements as JavaScript's; a worker started from a file (`new URL('./job.ts',
 * import.meta.url)`) counts as an import. Should a file not lex, the whole of src/lib is taken, as before: a change
 * to a file the ingest does not use may cost a needless re-ingest, never a stale article.
 */
export function ingestCode(root: string): string[] {
  const found = new Set(CODE.flatMap((dir) => files(root, dir)));
  const waiting = [...found].filter((name) => name.endsWith('.ts'));
  try {
    for (let name = waiting.pop(); name !== undefined; name = waiting.pop()) {
      for (const target of importsOf(root, name)) {
        if (found.has(target)) continue;
        found.add(target);
        if (target.endsWith('.ts')) waiting.push(target);
      }
    }
  } catch {
    for (const name of files(root, join('src', 'lib'))) found.add(name);
  }
  return [...found].sort();
}

/** A worker started from a file next to the code: `new Worker(new URL('./job.ts', import.meta.url))`. */
const WORKER_FILE = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The project's files the file `name` imports (relative specifiers only: packages stand in package-lock.json). */
function importsOf(root: string, name: string): string[] {
  const text = readFileSync(join(root, name), 'utf8');
  const [imports] = parseImports(text, name);
  const specifiers = [
    ...imports.flatMap((each) => (typeof each.specifier === 'string' ? [each.specifier] : [])),
    ...[...text.matchAll(WORKER_FILE)].map((match) => match[2] ?? ''),
  ];
  return specifiers
    .filter((specifier) => /^\.{1,2}\//.test(specifier))
    .map((specifier) => relative(root, resolve(dirname(join(root, name)), specifier)))
    .filter((target) => existsSync(join(root, target)));
}

/** What a seed's key is made of. */
export interface KeyParts {
  code: string;
  file: string;
  bytes: Uint8Array;
  editorial: SeedEditorial;
  lexicon: Lexicon;
  entries: KindedEntry[];
  themes: Theme[];
}

/**
 * The seed's key: a digest of its parts, each in a stable form. The lexicon, the entries and the themes stand in it by
 * their own digests, made once a run for each (they are never changed once loaded), not written out again for each of
 * thousands of seeds.
 */
export function seedKey({ code, file, bytes, editorial, lexicon, entries, themes }: KeyParts): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        code,
        file,
        editorial,
        lexicon: digestOf(lexicon),
        entries: entries.map(digestOf),
        themes: themes.map(digestOf),
      }),
    )
    .update('\0')
    .update(bytes)
    .digest('hex');
}

const digests = new WeakMap<object, string>();

/** The SHA-256 of an object's JSON, remembered for the object. */
function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(value)).digest('hex');
    digests.set(value, digest);
  }
  return digest;
}

/**
 * A digest of everything a seed's key is made of, the whole gazetteer and all the themes standing for the entries and
 * themes relevant to it: `shared` is that digest of the code, the lexicon, the gazetteer and the themes, made once.
 */
export function quickKey(shared: string, file: string, editorial: SeedEditorial, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(JSON.stringify({ shared, file, editorial }))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

/** An article as stored: its one Set as a list. */
type Stored = Omit<IngestedArticle, 'personIds'> & { personIds: string[] };

/** The cache in a folder, one JSON file a key; keys not used by a run are removed at its end. */
export class IngestCache {
  readonly #dir: string;
  readonly #used = new Set<string>();
  /** Whether the folder held nothing when the run began (a first run): no key can be found in it, nor need be asked. */
  readonly empty: boolean;

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
    this.empty = readdirSync(dir).length === 0;
  }

  /** The article stored under `key`, or undefined; an unreadable entry is a miss, never an error. */
  get(key: string): IngestedArticle | undefined {
    this.#used.add(key);
    const path = join(this.#dir, `${key}.json`);
    if (!existsSync(path)) return undefined;
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
      return { ...stored, personIds: new Set(stored.personIds) };
    } catch {
      return undefined;
    }
  }

  /** Stores `article` under `key`, written whole or not at all (a rename), so a stopped run leaves no half file. */
  set(key: string, article: IngestedArticle): void {
    this.#used.add(key);
    const stored: Stored = { ...article, personIds: [...article.personIds] };
    const path = join(this.#dir, `${key}.json`);
    writeWhole(path, JSON.stringify(stored));
  }

  /**
   * The key a seed had when its quick key (`quickKey`) was last `remember`ed, or undefined. Finding a seed's key
   * means finding which gazetteer entries and themes its text can call on (relevance.ts), which takes seconds over a
   * thousand seeds; while neither the seed nor the editors' files nor the code changed, the answer is the same.
   */
  recall(quick: string): string | undefined {
    this.#used.add(quick);
    const path = join(this.#dir, `${quick}.key`);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  /** Keeps `key` as the key of the seed whose quick key is `quick`. */
  remember(quick: string, key: string): void {
    this.#used.add(quick);
    writeFileSync(join(this.#dir, `${quick}.key`), key);
  }

  /**
   * The archive-wide file kept under `name` (e.g. the stories' links, archive/stories.ts), or undefined when there is
   * none or it cannot be read; its content is the caller's to check.
   */
  readFile(name: string): string | undefined {
    this.#used.add(name);
    try {
      return readFileSync(join(this.#dir, `${name}.json`), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Keeps `text` as the archive-wide file `name`, written whole or not at all, as `set` does. */
  writeFile(name: string, text: string): void {
    this.#used.add(name);
    const path = join(this.#dir, `${name}.json`);
    writeWhole(path, text);
  }

  /** Removes every entry this run did not ask for: seeds gone or changed, rules replaced. */
  prune(): void {
    for (const name of readdirSync(this.#dir))
      if (!this.#used.has(name.replace(/\.(?:json|key)(?:\.partial)?$/, '')))
        rmSync(join(this.#dir, name), { force: true });
  }
}
