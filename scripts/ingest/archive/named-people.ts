/**
 * The people the articles of an archive name in full, in Latin letters (annotate.ts, `namedInFull`), with when: what
 * archive/people.ts lends the articles that name them only in part. Looked up by surname, by the sound of a surname, and
 * by the word a full name ends in; each person once, with the articles that name them, so that a look-up costs the
 * people who bear a surname, not the articles that print it.
 */

import { earliest } from '../../../src/lib/dates.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { beforeTheirTime, holds } from '../annotate/homonyms.ts';
import { soundKeys } from '../annotate/sound-alike.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { type Candidate, fullNames, surnamesOf } from './name-candidates.ts';

/**
 * How many years apart two articles may be for a surname in one to mean the person the other names in full, when the
 * person held no office the gazetteer lists at the time: two presidential terms, set beforehand. Measured on the 130
 * development articles, 8 to 40 years give the same links, 2 and 4 one name fewer (test/eval/README.md).
 */
export const YEARS_APART = 8;

const YEAR = 365.25 * 24 * 3600 * 1000;

/** A person some articles name in full: the articles, and the dates of those that have one, in order. */
export interface Named {
  entry: KindedEntry;
  articles: Set<number>;
  dates: number[];
}

/**
 * A table of the index as archive/people.ts asks it: by key alone, never walked through, so that a view which records
 * each key asked (cache/people-memo.ts) can stand in for it.
 */
export type Lookup<T> = Pick<ReadonlyMap<string, T>, 'get' | 'has'>;

/** The people an archive names in full, looked up three ways (see the module's comment). */
export interface NamedPeople {
  /** Each person by id. */
  byId: Lookup<Named>;
  bySurname: Lookup<Named[]>;
  bySound: Lookup<Named[]>;
  /** By the first word of a full name ("Saddam" of "Saddam Hussein"), for a person the news calls by that alone. */
  byFirstWord: Lookup<Named[]>;
  /** Their full names by the word they end in, longest first. */
  printed: Lookup<string[]>;
}

/** The publication date of an article, as the earliest instant its EDTF allows. */
export function dateOf(article: IngestedArticle): number | undefined {
  const edtf = article.frontmatter.published?.edtf;
  return edtf ? earliest(edtf) : undefined;
}

/** The people the articles name in full, `known` giving the gazetteer's entries by id. */
export function namedPeople(articles: IngestedArticle[], known: Map<string, KindedEntry>): NamedPeople {
  const people = new Map<string, Named>();
  articles.forEach((article, i) => {
    const when = dateOf(article);
    for (const id of article.namedInFull) {
      const entry = known.get(id) ?? article.automatic.find((each) => each.id === id);
      if (entry?.kind !== 'person' || fullNames(entry).length === 0) continue;
      const named = people.get(id) ?? { entry, articles: new Set(), dates: [] };
      named.articles.add(i);
      if (when !== undefined) named.dates.push(when);
      people.set(id, named);
    }
  });
  const index = {
    byId: people,
    bySurname: new Map<string, Named[]>(),
    bySound: new Map<string, Named[]>(),
    byFirstWord: new Map<string, Named[]>(),
    printed: new Map<string, string[]>(),
  };
  const put = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const named of people.values()) {
    named.dates.sort((a, b) => a - b);
    for (const surname of surnamesOf(named.entry)) {
      put(index.bySurname, surname, named);
      for (const key of soundKeys(surname)) put(index.bySound, key, named);
    }
    for (const name of fullNames(named.entry)) {
      put(index.printed, name.split(' ').at(-1) ?? '', name);
      put(index.byFirstWord, name.split(' ')[0] ?? '', named);
    }
  }
  for (const names of index.printed.values()) names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return index;
}

/**
 * When an article that gives no date was most likely written: the median date of the other articles that name in full
 * the people it names in full, each spelt as it spells them or another way (`same`): an article naming Boris Yeltsin
 * and Warren Christopher is of their time. Undefined when none of them is named in a dated article.
 */
export function timeOfPeople(
  article: IngestedArticle,
  index: NamedPeople,
  same: (a: string, b: string) => boolean,
): number | undefined {
  const dates: number[] = [];
  for (const id of article.namedInFull) {
    const named = index.byId.get(id);
    if (!named) continue;
    for (const surname of surnamesOf(named.entry).slice(0, 1)) {
      for (const other of index.bySurname.get(surname) ?? []) {
        if (other === named || same(other.entry.name, named.entry.name)) dates.push(...other.dates);
      }
    }
  }
  dates.sort((a, b) => a - b);
  return dates[Math.floor(dates.length / 2)];
}

/** The people a candidate is looked up by whom some article other than `article` names in full. */
export function poolOf(
  { surname, sounds = [], firstWord }: Pick<Candidate, 'surname' | 'sounds' | 'firstWord'>,
  index: NamedPeople,
  article: number,
): Named[] {
  const pool = new Set([
    ...(surname ? (index.bySurname.get(surname) ?? []) : []),
    ...sounds.flatMap((key) => index.bySound.get(key) ?? []),
    ...(firstWord ? (index.byFirstWord.get(firstWord) ?? []) : []),
  ]);
  return [...pool].filter((named) => named.articles.size > (named.articles.has(article) ? 1 : 0));
}

/**
 * Whether a person may be the one article `at`, published `when`, means: not before their time (homonyms.ts), and in
 * office then, or named in full in another article at most {@link YEARS_APART} years away, or in other articles with
 * no date only.
 */
export function fits(named: Named, at: number, when: number): boolean {
  if (beforeTheirTime(named.entry, when)) return false;
  if (named.entry.roles.some((role) => holds(role, when))) return true;
  const own = named.articles.has(at) ? 1 : 0;
  if (named.dates.length - own <= 0) return true;
  const within = below(named.dates, when + YEARS_APART * YEAR + 1) - below(named.dates, when - YEARS_APART * YEAR);
  return within - own > 0;
}

/** How many of the sorted numbers are below `limit`. */
function below(sorted: number[], limit: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
