import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** The folders whose code makes the ingest's output; tests excluded, since they make none. */
const CODE = [join('scripts', 'ingest'), join('src', 'schemas'), join('src', 'lib')];

/** Every file under `dir`, relative to `root`, sorted. */
function files(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((name) => /\.(?:ts|json|ya?ml)$/.test(name) && !/\.test\.ts$/.test(name))
    .sort();
}

/**
 * A digest of the ingest's code and the installed libraries' versions (package-lock.json): a change to any rule
 * or any dependency changes every seed's key. The code folders are read whole, not followed import by import: a
 * change to a file the ingest does not use costs a needless re-ingest, never a stale article. `folders` names other
 * code to digest the same way (the site's article renderer, src/lib/article-loader.ts).
 */
export function codeVersion(root: string, folders: readonly string[] = CODE): string {
  const hash = createHash('sha256');
  for (const name of [...folders.flatMap((dir) => files(root, dir)), 'package-lock.json']) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
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
