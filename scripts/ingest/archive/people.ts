/**
 * People one article names only in part, known by the names other articles of the archive give in full: a surname alone
 * ("Tillerson", "Kremlin spokesman Peskov", "the Trump administration") is the one person the archive names in full
 * with that surname at about that time; a name printed without its first given name ("Javad Zarif") the one whose full
 * name ends in it; an English name printed in Russian ("Джона Керри", romanised "Dzhona Kerri") the one whose English
 * name it sounds like (sound-alike.ts). A surname two people of the time share is left as it is. Only what other
 * articles print counts: a name is lent by the text of an article (annotate.ts, `namedInFull`), never by a gazetteer
 * alias it did not print.
 */

import { distance } from 'fastest-levenshtein';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { beforeTheirTime, heldTitle, titleAround } from '../annotate/homonyms.ts';
import { automaticId, isAutomaticId } from '../annotate/people-nlp.ts';
import { restoreCase } from '../annotate/restore-case.ts';
import { isCyrillic } from '../annotate/russian/forms.ts';
import {
  isEnglishGivenName,
  soundAlike,
  soundKeys,
  soundLikeOnePerson,
  untranscribed,
} from '../annotate/sound-alike.ts';
import { memoisedPass, type PeopleMemo } from '../cache/people-memo.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { blockText } from '../text/document.ts';
import {
  type Candidate,
  fullNames,
  initialsIn,
  russianNamesIn,
  russianSurnamesIn,
  samePerson,
  surnamed,
  surnamesIn,
  surnamesOf,
} from './name-candidates.ts';
import { dateOf, fits, type Named, type NamedPeople, namedPeople, poolOf, timeOfPeople } from './named-people.ts';
import { type Added, cannotMark, type Relinks, relink } from './relink.ts';
import { speakersFound, withSpeakers } from './speakers.ts';

/** The one-word names of the gazetteer's places, organisations and agreements. */
function places(known: Map<string, KindedEntry>): string[] {
  return [...known.values()]
    .filter((entry) => entry.kind !== 'person')
    .flatMap((entry) => [entry.name, ...entry.aliases])
    .filter((name) => !name.includes(' '));
}

/**
 * Every article with the people it names in part linked to those the other articles name in full (see above). `memo`
 * gives the relinks an earlier run found for articles that ask the index what they asked then and are answered the
 * same (cache/people-memo.ts); the articles are the same with it or without.
 */
export function linkAcrossArchive(
  articles: IngestedArticle[],
  gazetteer: KindedEntry[],
  memo: PeopleMemo = {},
): IngestedArticle[] {
  const known = new Map(gazetteer.map((entry) => [entry.id, entry]));
  const index = namedPeople(articles, known);
  const placeNames = places(known);
  const told = memoisedPass(memo, index, known, articles.length, (at, view) => {
    const article = articles[at] as IngestedArticle;
    const relinks = relinksOf(article, at, view, known, placeNames);
    // A name the archive marks may be the speaker a quotation lacked.
    return { relinks, speakers: relinks.added.length > 0 ? speakersFound(relink(article, relinks)) : [] };
  });
  return articles.map((article, i) => {
    const { relinks, speakers } = told[i] ?? { relinks: { renamed: new Map(), added: [] }, speakers: [] };
    return withSpeakers(relink(article, relinks), speakers);
  });
}

/**
 * The one person of `pool` who passes `test` and fits the article's time (`fits`); any, for an article with no date.
 * Names of one person spelt or shortened in different ways ("James Baker", "James A. Baker"; `samePerson`) are one
 * person, named as the gazetteer names them, else in full before by initials, else as the most articles of the archive
 * print them, else by the shorter
 * spelling (the plainer romanisation, "Zelensky" before "Zelenskyy"). A name the article itself prints in full (`self`)
 * competes for that too, so that every article of the archive settles on the same spelling. Undefined when nobody, or
 * several people, fit.
 */
function onlyOne(
  pool: Named[],
  at: number,
  when: number | undefined,
  test: (entry: KindedEntry) => boolean,
  index: NamedPeople,
  self?: KindedEntry,
): KindedEntry | undefined {
  const people = pool.filter((named) => test(named.entry) && (when === undefined || fits(named, at, when)));
  const entries = people.map(({ entry }) => entry);
  const [first] = entries;
  if (!first || !entries.every((entry) => entry.id === first.id || samePerson(entry.name, first.name)))
    return undefined;
  if (self && !entries.some(({ id }) => id === self.id)) entries.push(self);
  // A name spelt out outranks the same name's initials ("Leonid Brezhnev" over "L. I. Brezhnev").
  const rank = (entry: KindedEntry) =>
    (isAutomaticId(entry.id) ? 0 : 1_000_000) +
    (initialsIn(entry.name).length > 0 ? 0 : 1_000) +
    (index.byId.get(entry.id)?.articles.size ?? 0);
  return entries.sort((a, b) => rank(b) - rank(a) || a.name.length - b.name.length || a.name.localeCompare(b.name))[0];
}

/** What the archive tells one article (see the module's comment). */
function relinksOf(
  article: IngestedArticle,
  at: number,
  index: NamedPeople,
  known: Map<string, KindedEntry>,
  placeNames: string[],
): Relinks {
  // An article with no date is taken to be of the time of the people it names in full.
  const when = dateOf(article) ?? timeOfPeople(article, index, samePerson);
  const mentioned = new Set((article.frontmatter.mentions ?? []).map(({ id }) => id));
  const own = [...article.personIds].flatMap(
    (id) => known.get(id) ?? article.automatic.filter((each) => each.id === id),
  );
  const renamed = new Map<string, KindedEntry>();
  const ends = article.blocks.map((block) => blockText(block).trimEnd());
  for (const entry of article.automatic.filter(({ id }) => mentioned.has(id))) {
    const cut = ends.some((end) => cutAtEnd(end, entry.name));
    const how = cut ? completing(entry) : renaming(entry);
    // A name maybe cut short does not compete for the spelling the archive settles on.
    const self = !cut && entry.name.includes(' ') && !entry.aliases.some(isCyrillic) ? entry : undefined;
    const same = onlyOne(poolOf(how, index, at), at, when, how.test, index, self);
    if (same && same.id !== entry.id) renamed.set(entry.id, same);
    else if (!same && entry.aliases.some(isCyrillic)) {
      const spelt = respelt(entry, index);
      if (spelt) renamed.set(entry.id, spelt);
    }
  }
  // The surnames of the people the article links already, which its own linking has seen to, and the one-word names of
  // the gazetteer's places and bodies, marked here or not.
  const ownSurnames = new Set([...own.flatMap(surnamesOf), ...placeNames]);
  const added: Added[] = [];
  const titles = titlesOfSurnames([...ends, article.frontmatter.title]);
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
      const surname = candidate.surname;
      const test = surname
        ? (entry: KindedEntry) => candidate.test(entry) && !titles.unfit(surname, entry)
        : candidate.test;
      const entry = onlyOne(poolOf(candidate, index, at), at, when, test, index);
      // Nor another spelling of someone the article names itself ("E. Gershkovich" where it prints Evan Gershkovich).
      const spelt = (name: string) => own.some((person) => person.name.includes(' ') && samePerson(person.name, name));
      if (entry && !mentioned.has(entry.id) && !spelt(entry.name)) added.push({ block, start, end, entry });
    }
  };
  // Text in capitals or in lower case is read with the archive's surnames as names (restore-case.ts).
  const printedSurname = (word: string) => index.printed.has(word);
  for (const [i, block] of article.blocks.entries()) find(i, restoreCase(blockText(block), printedSurname));
  find(undefined, article.frontmatter.title);
  // A gazetteer person the article calls by surname alone, though it comes years before their time: someone else.
  const named = new Set(article.namedInFull);
  const removed = new Set(
    own
      .filter(({ id }) => known.has(id) && !named.has(id))
      .flatMap((entry) => (when !== undefined && beforeTheirTime(entry, when) ? [entry.id] : [])),
  );
  return { renamed, added, removed };
}

/**
 * The titles an article gives each surname ("President Clinton", "the Clinton administration"; homonyms.ts), and a test
 * of whether they rule a person out for that surname throughout the article: one of them is an office the person never
 * held and none is one they held. A person whose offices are unknown is never ruled out. One surname means one person
 * through an article, as entities.ts has it for the gazetteer's people.
 */
function titlesOfSurnames(texts: string[]): { unfit: (surname: string, entry: KindedEntry) => boolean } {
  const titles = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])/gu)) {
      const title = titleAround(text, match.index, match.index + match[0].length);
      if (!title) continue;
      const set = titles.get(match[0]) ?? new Set<string>();
      set.add(title);
      titles.set(match[0], set);
    }
  }
  return {
    unfit: (surname, entry) => {
      const given = titles.get(surname);
      if (!given || entry.roles.length === 0) return false;
      return ![...given].some((title) => heldTitle(entry, title));
    },
  };
}

/**
 * An English name read in Russian text whose surname the archive prints, for someone else, spelt as English spells it:
 * the romanisation guesses the vowels Russian transcription changed ("Салливан" gives "Sallivan" for Sullivan), and a
 * surname of the archive's that sounds alike (sound-alike.ts) and is at most two letters away settles them. The name
 * is respelt, not taken for that other person: only a given name of the English lists makes it an English name, and
 * only one such spelling may fit.
 */
function respelt(entry: KindedEntry, index: NamedPeople): KindedEntry | undefined {
  const [given = '', ...rest] = entry.name.split(' ');
  const last = rest.at(-1);
  if (!last || rest.length !== 1 || !isEnglishGivenName(given)) return undefined;
  const spelt = untranscribed(last).toLowerCase();
  const spellings = new Set(
    soundKeys(last)
      .flatMap((key) => index.bySound.get(key) ?? [])
      .flatMap(({ entry: other }) => surnamesOf(other))
      .filter(
        (surname) => surname !== last && soundAlike(surname, last) && distance(surname.toLowerCase(), spelt) <= 2,
      ),
  );
  const [only] = spellings;
  if (spellings.size !== 1 || !only) return undefined;
  const name = `${given} ${only}`;
  return { ...entry, id: automaticId(name), name };
}

/**
 * Whether a block ends in a name of two words or more with no full stop after it: a page cut short in the middle of
 * a word ("… wanted ex-marine Paul Whe"), as copied and scanned texts are, may have cut the name.
 */
function cutAtEnd(text: string, name: string): boolean {
  return name.includes(' ') && text.endsWith(name) && !/[\p{L}\p{N}'’-]$/u.test(text.slice(0, -name.length).slice(-1));
}

/**
 * How a name the text cuts short at a block's end is looked up: by its first word, for the one person of the archive
 * whose full name begins with it, its last word a part of theirs ("Paul Whe" is Paul Whelan). The cut word must keep
 * two letters at least.
 */
function completing(entry: KindedEntry): Pick<Candidate, 'surname' | 'sounds' | 'firstWord' | 'test'> {
  const words = entry.name.split(' ');
  const last = words.at(-1) ?? '';
  const test = (other: KindedEntry) =>
    last.length >= 2 && fullNames(other).some((name) => name.length > entry.name.length && name.startsWith(entry.name));
  // Else it is looked up as any name is: the name may be whole.
  const whole = renaming(entry);
  return { ...whole, firstWord: words[0] ?? '', test: (other) => test(other) || whole.test(other) };
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
