import { createHash, randomUUID } from 'node:crypto';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import type { Lookup, Named, NamedPeople } from '../archive/named-people.ts';
import type { Added, Relinks } from '../archive/relink.ts';

/**
 * The people pass across the archive (archive/people.ts) in a rebuild. What the pass tells one article (its relinks,
 * and the speakers its quotations gain from them) depends on the article, on the gazetteer and the code, and on what
 * the index of the people the archive names in full (archive/named-people.ts) answers to the keys the article looks
 * up. So what it tells each article is kept with the look-ups that made it and a digest of the answers, under a key
 * made of the article's key in the ingest's cache (which stands for the article), the code's version and the
 * gazetteer (`version`). An unchanged article whose look-ups the index answers as before is told the same: the pass
 * would take the same path through the same answers to the same result, and ask nothing else. Any other article is
 * run again.
 *
 * What the pass reads of a person the index gives is their entry, their dates, how many articles name them in full,
 * and whether the article at hand is one of those: the answer's digest holds the first three, and the fourth is the
 * article's own doing (its `namedInFull`, read against the gazetteer, both in the key), so the digest does not depend
 * on where the article stands in the archive, and serves it when seeds are added or removed around it.
 *
 * Written by hand: this is build-system memoisation with dependencies found while running (as Shake and Salsa do),
 * over one function and one in-memory index, which no npm package offers in a form that fits.
 */
export interface PeopleMemo {
  /**
   * A digest of what the pass depends on beside the article and the index: the code's version and the gazetteer.
   * Without it, every article is run and nothing is kept.
   */
  version?: string;
  /** Each article's key in the ingest's cache, by position; an article without one is run. */
  keys?: readonly (string | undefined)[];
  /** What the last run kept, by `memoKey`. */
  known?: Record<string, Remembered>;
  /** Told what this run kept (its own articles' only) and which articles, by position, the pass was run on. */
  found?: (kept: Record<string, Remembered>, ran: number[]) => void;
}

/** What the people pass tells one article: its relinks, and the speakers its quotations gain (archive/speakers.ts). */
export interface Told {
  relinks: Relinks;
  speakers: [number, string][];
}

/** What the pass told one article, as kept: the look-ups that made it, a digest of the answers, and what it told. */
export interface Remembered {
  /** Each look-up once, as `table:key`, in the order first asked. */
  asked: string[];
  answers: string;
  relinks: StoredRelinks;
  speakers: [number, string][];
}

/** An entry as kept: a gazetteer entry by its id alone, any other (found automatically) whole. */
type StoredEntry = string | KindedEntry;

/** Relinks (archive/relink.ts) as JSON holds them. */
interface StoredRelinks {
  renamed: [string, StoredEntry][];
  added: (Omit<Added, 'entry' | 'block'> & { block?: number; entry: StoredEntry })[];
  removed: string[];
}

/** The tables of the index, as the look-ups name them. */
const TABLES = ['byId', 'bySurname', 'bySound', 'byFirstWord', 'printed'] as const;
type Table = (typeof TABLES)[number];

/**
 * What the pass tells each of `count` articles: `run(at, index)` for those the memo cannot answer, given a view of
 * `index` that records what it is asked; the last run's for the others. `known` is the gazetteer by id. What it tells
 * them is the same with the memo or without it.
 */
export function memoisedPass(
  memo: PeopleMemo,
  index: NamedPeople,
  known: Map<string, KindedEntry>,
  count: number,
  run: (at: number, index: NamedPeople) => Told,
): Told[] {
  const { version, keys = [], known: last = {} } = memo;
  const answer = answers(index);
  const kept: Record<string, Remembered> = {};
  const ran: number[] = [];
  const told = Array.from({ length: count }, (_, at) => {
    const key = version === undefined ? undefined : keys[at];
    if (version === undefined || key === undefined) {
      ran.push(at);
      return run(at, index);
    }
    const id = memoKey(version, key);
    const before = Object.hasOwn(last, id) ? last[id] : undefined;
    const relinks =
      before && Array.isArray(before.asked) && digestOf(before.asked, answer) === before.answers
        ? revived(before.relinks, known)
        : undefined;
    if (before && relinks && Array.isArray(before.speakers)) {
      kept[id] = before;
      return { relinks, speakers: before.speakers };
    }
    const { view, asked } = recording(index);
    const found = run(at, view);
    kept[id] = {
      asked: [...asked],
      answers: digestOf([...asked], answer),
      relinks: stored(found.relinks, known),
      speakers: found.speakers,
    };
    ran.push(at);
    return found;
  });
  memo.found?.(kept, ran);
  return told;
}

/** Where an article's relinks are kept: its key under the version, so that nothing kept under other code is taken. */
function memoKey(version: string, key: string): string {
  return createHash('sha256').update(version).update('\0').update(key).digest('hex');
}

/** A view of the index that notes every key it is asked, with its table, in `asked`. */
function recording(index: NamedPeople): { view: NamedPeople; asked: Set<string> } {
  const asked = new Set<string>();
  const table = <T>(name: Table, lookup: Lookup<T>): Lookup<T> => ({
    get: (key) => {
      asked.add(`${name}:${key}`);
      return lookup.get(key);
    },
    has: (key) => {
      asked.add(`${name}:${key}`);
      return lookup.has(key);
    },
  });
  const view = {
    byId: table('byId', index.byId),
    bySurname: table('bySurname', index.bySurname),
    bySound: table('bySound', index.bySound),
    byFirstWord: table('byFirstWord', index.byFirstWord),
    printed: table('printed', index.printed),
  };
  return { view, asked };
}

/**
 * The digest of what `index` answers to a look-up (`table:key`), made once a run for each: for a person, their entry,
 * dates and how many articles name them (see the module's comment); for full names, the names. A look-up of no table
 * the index has (a file altered by hand) gets an answer no earlier run can have had.
 */
function answers(index: NamedPeople): (lookup: string) => string {
  const digests = new Map<string, string>();
  const people = new WeakMap<Named, string>();
  const person = (named: Named) => {
    let text = people.get(named);
    if (text === undefined) {
      text = JSON.stringify([named.entry, named.dates, named.articles.size]);
      people.set(named, text);
    }
    return text;
  };
  return (lookup) => {
    let digest = digests.get(lookup);
    if (digest !== undefined) return digest;
    const colon = lookup.indexOf(':');
    const table = lookup.slice(0, colon) as Table;
    const key = lookup.slice(colon + 1);
    let text: string;
    if (!TABLES.includes(table)) text = randomUUID();
    else if (table === 'printed') text = JSON.stringify(index.printed.get(key) ?? null);
    else if (table === 'byId') {
      const named = index.byId.get(key);
      text = named ? person(named) : 'null';
    } else text = `[${(index[table].get(key) ?? []).map(person).join(',')}]`;
    digest = createHash('sha256').update(text).digest('base64');
    digests.set(lookup, digest);
    return digest;
  };
}

/** One digest of the answers to every look-up in `asked`, in order. */
function digestOf(asked: unknown[], answer: (lookup: string) => string): string {
  return createHash('sha256')
    .update(asked.map((lookup) => (typeof lookup === 'string' ? answer(lookup) : randomUUID())).join(''))
    .digest('base64');
}

/** Relinks as kept: entries of the gazetteer by id, since the gazetteer is in the key; others whole. */
function stored({ renamed, added, removed = new Set() }: Relinks, known: Map<string, KindedEntry>): StoredRelinks {
  const entry = (each: KindedEntry): StoredEntry => (known.get(each.id) === each ? each.id : each);
  return {
    renamed: [...renamed].map(([id, each]) => [id, entry(each)]),
    added: added.map(({ block, start, end, entry: each }) => ({
      ...(block === undefined ? {} : { block }),
      start,
      end,
      entry: entry(each),
    })),
    removed: [...removed],
  };
}

/**
 * Kept relinks made whole again, gazetteer entries taken from `known`; undefined when one is not there or the lists
 * are not lists (the gazetteer is in the key, so only a file altered by hand gets there), and the article is run again.
 */
function revived(relinks: StoredRelinks | undefined, known: Map<string, KindedEntry>): Relinks | undefined {
  const { renamed, added, removed } = relinks ?? {};
  if (!Array.isArray(renamed) || !Array.isArray(added) || !Array.isArray(removed)) return undefined;
  const entry = (each: StoredEntry) => (typeof each === 'string' ? known.get(each) : each);
  const names = renamed.map(([id, each]) => [id, entry(each)] as const);
  const marks = added.map(({ block, start, end, entry: each }) => ({ block, start, end, entry: entry(each) }));
  if (names.some(([, each]) => !each) || marks.some(({ entry: each }) => !each)) return undefined;
  return {
    renamed: new Map(names.flatMap(([id, each]) => (each ? [[id, each] as const] : []))),
    added: marks.flatMap((mark) => (mark.entry ? [{ ...mark, entry: mark.entry }] : [])),
    removed: new Set(removed),
  };
}
