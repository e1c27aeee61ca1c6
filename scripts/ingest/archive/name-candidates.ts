/**
 * Stretches of an article's text that may name, in part, a person another article names in full (archive/people.ts):
 * a surname alone, a full name its own linking missed, an English name printed in Russian. Each comes with the keys it
 * is looked up by (a surname, or the Double Metaphone keys of one) and the test a person must pass.
 */

import iuliia from 'iuliia';
import { lastName, surname } from '../../../src/lib/people.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { isGivenName, isPlaceName } from '../annotate/name-words.ts';
import { endsWithOffice, NOT_A_SURNAME } from '../annotate/people-nlp.ts';
import { isCyrillic } from '../annotate/russian/forms.ts';
import { GIVEN_NAMES } from '../annotate/russian/given-names.ts';
import { isShortFormOf } from '../annotate/short-names.ts';
import { isEnglishGivenName, soundKeys, soundLikeOnePerson, untranscribed } from '../annotate/sound-alike.ts';
import { isCommonWord, isFunctionWord } from '../text/english.ts';

/** A stretch of text that may name a person: looked up by `surname` or by `sounds`, kept if the person passes `test`. */
export interface Candidate {
  start: number;
  end: number;
  surname?: string;
  sounds?: string[];
  /** The first word of the full name looked for: a name the news calls someone by alone ("Saddam"). */
  firstWord?: string;
  test: (entry: KindedEntry) => boolean;
}

/** A person's names of several words in Latin letters. */
export function fullNames(entry: KindedEntry): string[] {
  return [entry.name, ...entry.aliases].filter((name) => name.includes(' ') && !isCyrillic(name));
}

/** The surnames a person's full names end in, with and without a particle ("al-Assad", "Assad"). */
export function surnamesOf(entry: KindedEntry): string[] {
  return [...new Set(fullNames(entry).flatMap((name) => [lastName(name), surname(name)]))];
}

/**
 * Whether two full names are one person's: they sound alike (sound-alike.ts), or share the surname and one given name
 * is the other cut short, as English shortens given names ("Ron" and "Ronald", "Tony" and "Antony"), three letters at
 * least, or one of its other short forms ("Bill" and "William", short-names.ts).
 */
export function samePerson(a: string, b: string): boolean {
  if (soundLikeOnePerson(a, b) || initialsOf(a, b) || initialsOf(b, a)) return true;
  const [one, other] = [a, b]
    .map((name) => (name.split(' ')[0] ?? '').toLowerCase())
    .sort((x, y) => x.length - y.length);
  if (!one || !other || one.length < 3 || one === other || lastName(a) !== lastName(b)) return false;
  return other.startsWith(one) || other.endsWith(one) || isShortFormOf(one, other);
}

/** The initials a name gives for its given names ("L. I. Brezhnev", "A.M. Aleksandrov"), or none when it spells one out. */
export function initialsIn(name: string): string[] {
  const given = name.slice(0, name.length - lastName(name).length).trim();
  return /^(?:\p{Lu}\.\s?)+$/u.test(given) ? [...given.matchAll(/\p{Lu}/gu)].map(([letter]) => letter) : [];
}

/**
 * Whether `short` writes `full`'s given names as initials, as official and Soviet usage does: the same surname, and
 * each initial the first letter of a given name of `full` in order ("L. I. Brezhnev" is "Leonid Ilyich Brezhnev" and,
 * its patronymic not printed, "Leonid Brezhnev"), the first at least.
 */
export function initialsOf(short: string, full: string): boolean {
  const initials = initialsIn(short);
  if (initials.length === 0 || initialsIn(full).length > 0 || lastName(short) !== lastName(full)) return false;
  const given = full
    .slice(0, full.length - lastName(full).length)
    .trim()
    .split(/\s+/);
  return initials.every((letter, i) => i >= given.length || given[i]?.startsWith(letter));
}

/** Whether a person's surname, as a full name of theirs ends, is `word`. */
export const surnamed = (word: string) => (entry: KindedEntry) => surnamesOf(entry).includes(word);

/** A capitalised word, hyphenated parts and all ("Peskov", "Amir-Abdollahian"). */
const WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*(?![\p{L}\p{N}-])/gu;

/**
 * Capitalised words that may be a surname: a full name printed before it that a person bears ("Xi Jinping" where the
 * tagger saw none), else the surname alone. No place compromise knows ("Berlin") is one. Alone it must not be next to another capitalised word (then it belongs to
 * another name, "Michael Sullivan", or a body's, "Kennedy Center"), unless a title before or "Administration" after;
 * not be the surname of someone the article links already (`own`), whom its own linking has seen to; and when it is
 * also common English ("Baker", "Trump", "Rice"), stand where a capital cannot be the sentence's: within a sentence,
 * after a title, or as a transcript's label ("Baker: …").
 */
export function surnamesIn(text: string, own: Set<string>, printedBefore: (surname: string) => string[]): Candidate[] {
  return [...text.matchAll(WORD)].flatMap((match): Candidate[] => {
    const word = match[0];
    const [start, end] = [match.index, match.index + word.length];
    if (own.has(word) || word.length < 3 || isPlaceName(word)) return [];
    const before = text.slice(0, start);
    const upTo = text.slice(0, end);
    const full = printedBefore(word)
      .flatMap(tails)
      .find((tail) => upTo.endsWith(tail) && !/[\p{L}.]/u.test(upTo.charAt(end - tail.length - 1)));
    if (full) {
      const test = (entry: KindedEntry) => fullNames(entry).some((name) => name === full || name.endsWith(` ${full}`));
      return [{ start: end - full.length, end, surname: word, test }];
    }
    const titled = endsWithOffice(before);
    const previous = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
    // An acronym beside it ("SEC ALBRIGHT APNSA BERGER", an office's in a memo) is no part of a name.
    const acronym = (word: string) => /^\p{Lu}{2,}$/u.test(word);
    if (
      /^\p{Lu}/u.test(previous) &&
      !titled &&
      !acronym(previous) &&
      !isFunctionWord(previous.toLowerCase()) &&
      !/[.!?:;]$/.test(previous)
    )
      return [];
    const next = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(end))?.[1];
    if (next && !NOT_A_SURNAME.test(next) && !acronym(next)) return [];
    const label = before.trim() === '' && /^\s*:/.test(text.slice(end));
    // An initial's full stop ("V.A.Bout", "K. Smith") ends no sentence: the word after it is a surname.
    const initialled = INITIALS_BEFORE.test(before);
    const sentenceStart = !initialled && (before.trim() === '' || /[.!?:;"“”(]$/u.test(before.trimEnd()));
    if (isCommonWord(word) && !titled && !label && sentenceStart) return [];
    return [{ start, end, surname: word, test: surnamed(word) }, ...calledBy(word, start, end)];
  });
}

/** One or two initials just before a word, run together or spaced ("V.A.", "K. "), after no other letter. */
const INITIALS_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}$/u;

/** Russian given names in Latin letters ("Sergey", "Vladimir"): words that many people of the archive share. */
const RUSSIAN_GIVEN = new Set(
  [...GIVEN_NAMES.male, ...GIVEN_NAMES.female].map((name) => iuliia.translate(name, iuliia.WIKIPEDIA)),
);

/**
 * A word alone that is the first word of a full name the archive prints, for someone the news calls by it alone as it
 * does some leaders ("Saddam", «Саддама»). Not a given name many people share: none English (`@stdlib` lists,
 * compromise) or Russian, and no common English word; the person must be the only one the archive names so at the
 * time (people.ts `onlyOne`).
 */
function calledBy(word: string, start: number, end: number): Candidate[] {
  if (word.length < 3 || isCommonWord(word) || isGivenName(word) || isEnglishGivenName(word)) return [];
  if (RUSSIAN_GIVEN.has(word)) return [];
  const test = (entry: KindedEntry) => fullNames(entry).some((name) => name.split(' ')[0] === word);
  return [{ start, end, firstWord: word, test }];
}

/** A full name and its shorter ends of two words or more, longest first: "Mohammad Javad Zarif", "Javad Zarif". */
function tails(name: string): string[] {
  const words = name.split(' ');
  return words.slice(0, -1).map((_, i) => words.slice(i).join(' '));
}

/** Two capitalised Cyrillic words together, which may be a foreign person's given name and surname in any case. */
const RUSSIAN_PAIR = /(?<![\p{L}-])(?=(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}-]))/gu;

/** A Cyrillic word in Latin letters, by iuliia's Wikipedia schema, the romanisation English reference works use. */
const latin = (word: string) => iuliia.translate(word, iuliia.WIKIPEDIA);

/**
 * Pairs of words in Russian text that may be an English name: romanised, both words must sound like those of the
 * person's English name (sound-alike.ts undoes what Russian transcription does to English sounds, and its Double
 * Metaphone keys drop the vowels that Russian case endings change: "Пола Уилана" is Paul Whelan).
 */
export function russianNamesIn(text: string): Candidate[] {
  if (!isCyrillic(text)) return [];
  return [...text.matchAll(RUSSIAN_PAIR)].flatMap((match): Candidate[] => {
    const [given = '', family = ''] = [match[1], match[2]];
    if (!isCyrillic(given) || !isCyrillic(family)) return [];
    // Russian declines a foreign name: "Джоном Керри" is John Kerry in the instrumental, its ending a consonant's sound.
    const names = [given, given.replace(CASE_ENDING, '')].flatMap((first) =>
      [family, family.replace(CASE_ENDING, '')].map((last) => `${latin(first)} ${latin(last)}`),
    );
    const test = (entry: KindedEntry) =>
      fullNames(entry).some((each) => names.some((name) => soundLikeOnePerson(name, each)));
    const sounds = [...new Set(names.flatMap((name) => soundKeys(name.split(' ')[1] ?? '')))];
    return [{ start: match.index, end: match.index + given.length + 1 + family.length, sounds, test }];
  });
}

/** Case endings a foreign surname takes in Russian ("Байдена", "Байдену", "Байденом", "Байдене"). */
const CASE_ENDING = /(?:а|у|ом|е|ым)$/u;

/**
 * Cyrillic words that spell an English surname exactly once romanised and untranscribed ("Байден" → "Bayden" →
 * "Biden"), in the nominative or with a case ending: a surname alone, which sound alone would confuse ("Biden" and
 * "Putin" share their keys), is taken only when its letters give the English spelling back.
 */
export function russianSurnamesIn(text: string): Candidate[] {
  if (!isCyrillic(text)) return [];
  return [...text.matchAll(WORD)].flatMap((match): Candidate[] => {
    const word = match[0];
    if (!isCyrillic(word) || word.length < 4) return [];
    const [start, end] = [match.index, match.index + word.length];
    const forms = [word, word.replace(CASE_ENDING, '')];
    const spellings = [...new Set(forms.map((form) => untranscribed(latin(form))))];
    const russianGiven = forms.some((form) => RUSSIAN_GIVEN.has(latin(form)));
    return [
      ...spellings.map((spelt) => ({ start, end, surname: spelt, test: surnamed(spelt) })),
      ...(russianGiven ? [] : spellings.flatMap((spelt) => calledBy(spelt, start, end))),
    ];
  });
}
