/**
 * People one article names only in part, known by the names other articles of the archive give in full: a surname alone
 * ("Tillerson", "Kremlin spokesman Peskov", "the Trump administration") is the one person the archive names in full
 * with that surname at about that time; a name printed without its first given name ("Javad Zarif") the one whose full
 * name ends in it; an English name printed in Russian ("Джона Керри", romanised "Dzhona Kerri") the one whose English
 * name it sounds like (sound-alike.ts). A surname two people of the time share is left as it is. Only what other
 * articles print counts: a name is lent by the text of an article (annotate.ts, `namedInFull`), never by a gazetteer
 * alias it did not print.
 */

import { earliest } from '../../../src/lib/dates.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { beforeTheirTime, holds } from '../annotate/homonyms.ts';
import { isAutomaticId } from '../annotate/people-nlp.ts';
import { isCyrillic } from '../annotate/russian/forms.ts';
import { soundKeys, soundLikeOnePerson } from '../annotate/sound-alike.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { blockText } from '../text/document.ts';
import {
  type Candidate,
  fullNames,
  russianNamesIn,
  russianSurnamesIn,
  samePerson,
  surnamed,
  surnamesIn,
  surnamesOf,
} from './name-candidates.ts';
import { type Added, cannotMark, type Relinks, relink } from './relink.ts';

/**
 * How many years apart two articles may be for a surname in one to mean the person the other names in full, when the
 * person held no office the gazetteer lists at the time: two presidential terms, set beforehand.
 */
export const YEARS_APART = 8;

const YEAR = 365.25 * 24 * 3600 * 1000;

/** A person an article names in full (in Latin letters), and when that article was published. */
interface Named {
  entry: KindedEntry;
  article: number;
  when: number | undefined;
}

/** The people the archive names in full, by surname and by the sound keys of their surnames. */
interface Index {
  bySurname: Map<string, Named[]>;
  bySound: Map<string, Named[]>;
  /** Their full names by the word they end in, longest first. */
  printed: Map<string, string[]>;
  /** How many articles name each of them in full. */
  count: Map<string, number>;
}

/** Every article with the people it names in part linked to those the other articles name in full (see above). */
export function linkAcrossArchive(articles: IngestedArticle[], gazetteer: KindedEntry[]): IngestedArticle[] {
  const known = new Map(gazetteer.map((entry) => [entry.id, entry]));
  const index: Index = { bySurname: new Map(), bySound: new Map(), printed: new Map(), count: new Map() };
  const put = (map: Map<string, Named[]>, key: string, named: Named) => map.set(key, [...(map.get(key) ?? []), named]);
  articles.forEach((article, i) => {
    const when = dateOf(article);
    for (const id of article.namedInFull) {
      const entry = known.get(id) ?? article.automatic.find((each) => each.id === id);
      if (entry?.kind !== 'person') continue;
      const named = { entry, article: i, when };
      index.count.set(id, (index.count.get(id) ?? 0) + 1);
      for (const surname of surnamesOf(entry)) put(index.bySurname, surname, named);
      for (const key of new Set(surnamesOf(entry).flatMap(soundKeys))) put(index.bySound, key, named);
      for (const name of fullNames(entry)) {
        const last = name.split(' ').at(-1) ?? '';
        index.printed.set(last, [...new Set([...(index.printed.get(last) ?? []), name])]);
      }
    }
  });
  for (const names of index.printed.values()) names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return articles.map((article, i) => relink(article, relinksOf(article, i, index, known)));
}

function dateOf(article: IngestedArticle): number | undefined {
  const edtf = article.frontmatter.published?.edtf;
  return edtf ? earliest(edtf) : undefined;
}

/** The people of the index a candidate is looked up by, other articles' only. */
function poolOf({ surname, sounds = [] }: Pick<Candidate, 'surname' | 'sounds'>, index: Index, article: number) {
  const pool = [
    ...(surname ? (index.bySurname.get(surname) ?? []) : []),
    ...sounds.flatMap((key) => index.bySound.get(key) ?? []),
  ];
  return pool.filter((named) => named.article !== article);
}

/**
 * The one person of `pool` who passes `test` and fits the article's time (`fits`); any, for an article with no date.
 * Names of one person spelt or shortened in different ways ("James Baker", "James A. Baker"; `samePerson`) are one
 * person, named as the gazetteer names them, else as the most articles of the archive print them, else by the shorter
 * spelling (the plainer romanisation, "Zelensky" before "Zelenskyy"). A name the article itself prints in full (`self`)
 * competes for that too, so that every article of the archive settles on the same spelling. Undefined when nobody, or
 * several people, fit.
 */
function onlyOne(
  pool: Named[],
  when: number | undefined,
  test: (entry: KindedEntry) => boolean,
  count: Map<string, number>,
  self?: KindedEntry,
): KindedEntry | undefined {
  const byId = new Map<string, Named[]>();
  for (const named of pool) {
    if (test(named.entry)) byId.set(named.entry.id, [...(byId.get(named.entry.id) ?? []), named]);
  }
  const fitting = [...byId.values()].filter((records) => when === undefined || fits(records, when));
  const people = fitting.flatMap((records) => (records[0] ? [records[0].entry] : []));
  const [first] = people;
  if (!first || !people.every((entry) => entry.id === first.id || samePerson(entry.name, first.name))) return undefined;
  if (self && !people.some(({ id }) => id === self.id)) people.push(self);
  const rank = (entry: KindedEntry) => (isAutomaticId(entry.id) ? 0 : 1_000_000) + (count.get(entry.id) ?? 0);
  return people.sort((a, b) => rank(b) - rank(a) || a.name.length - b.name.length || a.name.localeCompare(b.name))[0];
}

/**
 * Whether a person named in full in `records` may be the one meant at `when`: not before their time (homonyms.ts), and
 * in office then, or named in an article at most {@link YEARS_APART} years away, or only in articles with no date.
 */
function fits(records: Named[], when: number): boolean {
  const entry = records[0]?.entry;
  if (!entry || beforeTheirTime(entry, when)) return false;
  if (entry.roles.some((role) => holds(role, when))) return true;
  const dated = records.flatMap(({ when: then }) => (then === undefined ? [] : [then]));
  return dated.length === 0 || dated.some((then) => Math.abs(then - when) <= YEARS_APART * YEAR);
}

/** What the archive tells one article (see the module's comment). */
function relinksOf(article: IngestedArticle, at: number, index: Index, known: Map<string, KindedEntry>): Relinks {
  const when = dateOf(article);
  const mentioned = new Set((article.frontmatter.mentions ?? []).map(({ id }) => id));
  const own = [...known.values(), ...article.automatic].filter(({ id }) => article.personIds.has(id));
  const renamed = new Map<string, KindedEntry>();
  for (const entry of article.automatic.filter(({ id }) => mentioned.has(id))) {
    const how = renaming(entry);
    const self = entry.name.includes(' ') && !entry.aliases.some(isCyrillic) ? entry : undefined;
    const same = onlyOne(poolOf(how, index, at), when, how.test, index.count, self);
    if (same && same.id !== entry.id) renamed.set(entry.id, same);
  }
  const ownSurnames = new Set(own.flatMap(surnamesOf));
  const added: Added[] = [];
  const find = (block: number | undefined, text: string) => {
    const candidates = [
      ...surnamesIn(text, ownSurnames, (word) => index.printed.get(word) ?? []),
      ...russianNamesIn(text),
      ...russianSurnamesIn(text),
    ];
    for (const candidate of candidates) {
      const { start, end } = candidate;
      const taken = added.some((other) => other.block === block && other.start < end && start < other.end);
      const body = block === undefined ? undefined : article.blocks[block];
      if (taken || (body && cannotMark(body, start, end))) continue;
      const entry = onlyOne(poolOf(candidate, index, at), when, candidate.test, index.count);
      if (entry && !mentioned.has(entry.id)) added.push({ block, start, end, entry });
    }
  };
  for (const [i, block] of article.blocks.entries()) find(i, blockText(block));
  find(undefined, article.frontmatter.title);
  return { renamed, added };
}

/**
 * How a person found in the article alone is looked up: a surname alone by surname; a name of several words by the
 * longer names ending in it ("Javad Zarif") and the same name spelt or shortened another way ("Tony Blinken",
 * "Volodymyr Zelenskyy"), which the spelling most articles print replaces; one read in Russian text, by how its
 * English name would sound.
 */
function renaming(entry: KindedEntry): Pick<Candidate, 'surname' | 'sounds' | 'test'> {
  const words = entry.name.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length === 1) return { surname: last, test: surnamed(last) };
  if (entry.aliases.some(isCyrillic)) {
    return {
      sounds: soundKeys(last),
      test: (other) => fullNames(other).some((name) => soundLikeOnePerson(entry.name, name)),
    };
  }
  const test = (other: KindedEntry) =>
    fullNames(other).some((name) => name.endsWith(` ${entry.name}`) || samePerson(entry.name, name));
  return { surname: last, sounds: soundKeys(last), test };
}
