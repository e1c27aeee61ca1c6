/**
 * The inflected forms of Russian names, so that a gazetteer entry written in the nominative ("Сергей Лавров",
 * "Москва", "Госдепартамент США") is found in any case ("Сергею Лаврову", "из Москвы", "Госдепартамента США").
 *
 * Two libraries, each for what it does best:
 * - People's names go through `lvovich` (a maintained fork of petrovich's rules): given a first name and a surname it
 *   writes all six cases, knows which foreign names do not decline ("Клинтон" for a woman, "Шойгу") and guesses a
 *   gender from the first name. A stemmer cannot do this: Snowball stems "Сергей" to "серг" but "Сергея" to "серге".
 * - Other names (places, bodies, treaties) are compared word by word through the Snowball Russian stemmer
 *   (`snowball-stemmers`), which strips case endings from nouns and adjectives alike ("Ближнем Востоке").
 */

import { getFirstnameGender, getLastnameGender, inclineFirstname, inclineLastname } from 'lvovich';
import { newStemmer } from 'snowball-stemmers';

/** The six grammatical cases, in lvovich's names. */
export const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

/** A person's gender as lvovich takes it. */
export type Gender = 'male' | 'female';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a name is written in Cyrillic. */
export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

const stemmer = newStemmer('russian');
/** Stems already worked out: every name word is compared with every word of every article. */
const stems = new Map<string, string>();

/** A word's Snowball stem, lowercase, with ё read as е (Russian print mostly omits the dots). */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer.stem(fold(word));
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Lowercase, ё as е. */
export function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** A person's gender from the first name, else the surname; male when neither tells (most of the archive's people). */
export function genderOf(first: string, last: string): Gender {
  const gender = getFirstnameGender(first) ?? getLastnameGender(last);
  return gender === 'female' ? 'female' : 'male';
}

/**
 * Every case form of a Cyrillic person's name of two or more words: the first name and the surname inflected
 * together ("Сергея Лаврова"), words between them as written ("Башара аль-Асада" keeps "аль-"), and the initial
 * with the surname ("С. Лаврова"), which Russian news uses on second mention. Empty for a one-word name.
 */
export function personForms(name: string): string[] {
  const known = personCache.get(name);
  if (known) return known;
  const forms = inflectPerson(name);
  personCache.set(name, forms);
  return forms;
}

/** Forms already written: the gazetteer's people are declined for every article. */
const personCache = new Map<string, string[]>();

function inflectPerson(name: string): string[] {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length < 2 || !isCyrillic(name)) return [];
  const gender = genderOf(first, last);
  const middle = words.slice(1, -1);
  const forms = new Set<string>();
  for (const form of CASES) {
    const surname = inclineLastname(last, form, gender);
    forms.add([inclineFirstname(first, form, gender), ...middle, surname].join(' '));
    // Initials are printed with a space and without: "И. Иванов", "И.Иванов".
    forms.add(`${first.charAt(0)}. ${[...middle, surname].join(' ')}`);
    forms.add(`${first.charAt(0)}.${[...middle, surname].join(' ')}`);
  }
  return [...forms];
}

/** Every case form of the surname of a Cyrillic person's name ("Лавров", "Лаврова", "Лавровым"...). */
export function surnameForms(name: string): string[] {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length < 2 || !isCyrillic(last)) return [];
  const gender = genderOf(words[0] ?? '', last);
  return [...new Set(CASES.map((form) => inclineLastname(last, form, gender)))];
}

/**
 * Every case form of one word of a Cyrillic person's name, declined as a given name when it is the first word and as
 * a surname otherwise: the forms of "Саддам" in "Саддам Хусейн" ("после Саддама"), for a person called by one word.
 */
export function wordForms(name: string, index: number): string[] {
  const words = name.split(' ');
  const word = words[index];
  if (!word || words.length < 2 || !isCyrillic(word)) return [];
  const gender = genderOf(words[0] ?? '', words.at(-1) ?? '');
  const incline = index === 0 ? inclineFirstname : inclineLastname;
  return [...new Set(CASES.map((form) => incline(word, form, gender)))];
}

/** A word of running text and where it is. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of a text: letters and digits, hyphenated compounds whole ("Санкт-Петербурга", "СНВ-3"). No word mixes
 * Cyrillic and Latin letters: where one script runs into the other, a space was lost between two words (a caption run
 * into its credit, "Сергей ЛавровRussia").
 */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu)].flatMap((match) => {
    const parts = match[0].split(SCRIPT_CHANGE);
    let start = match.index;
    return parts.map((part) => {
      const word = { text: part, start, end: start + part.length };
      start = word.end;
      return word;
    });
  });
}

/** Where Cyrillic letters meet Latin ones in a run of letters. */
const SCRIPT_CHANGE = /(?<=\p{Script=Cyrillic})(?=\p{Script=Latin})|(?<=\p{Script=Latin})(?=\p{Script=Cyrillic})/u;

/**
 * Shorter stems are compared as whole words only: a stem of two letters would take unrelated words, and acronyms
 * ("США", "МИД", "ООН") do not decline in print.
 */
const SHORTEST_STEM = 3;

/**
 * Whether a word of the text is a form of a word of a name: the same word, or, for a name word of more than
 * {@link SHORTEST_STEM} letters that is not an acronym, the same stem, or a stem that is the whole name word (a
 * consonant-final noun takes its endings whole: "Вашингтон", "Вашингтона"). A capitalised name word wants a
 * capitalised text word.
 */
export function isFormOf(word: string, nameWord: string): boolean {
  if (word === nameWord) return true;
  const capital = /^\p{Lu}/u.test(nameWord);
  if (capital !== /^\p{Lu}/u.test(word) && capital) return false;
  if (nameWord.length <= SHORTEST_STEM || /\p{N}/u.test(nameWord) || nameWord === nameWord.toUpperCase()) {
    return fold(word) === fold(nameWord) && (!capital || word.charAt(0) === nameWord.charAt(0));
  }
  const stemmed = stem(word);
  return stemmed.length >= SHORTEST_STEM && (stemmed === stem(nameWord) || stemmed === fold(nameWord));
}

/** A stretch of text that is a form of a name, with the name. */
export interface FormMatch {
  start: number;
  end: number;
  name: string;
}

/**
 * Every stretch of a text that is an inflected form of one of `names` (Cyrillic names of places, bodies and
 * treaties), found word by word with {@link isFormOf}; overlapping matches are all returned, for the caller to
 * choose the longest.
 */
export function nameForms(text: string, names: string[]): FormMatch[] {
  const words = wordsOf(text);
  // Indexed by what a first word may share with a text word (itself, folded, its stem), so each text word is
  // compared with a few names, not all: a long article would otherwise take minutes.
  const index = new Map<string, { name: string; parts: string[] }[]>();
  for (const name of names.filter(isCyrillic)) {
    const parts = wordsOf(name).map((word) => word.text);
    const first = parts[0];
    if (!first) continue;
    for (const key of new Set([first, fold(first), stem(first)]))
      index.set(key, [...(index.get(key) ?? []), { name, parts }]);
  }
  const out: FormMatch[] = [];
  words.forEach((word, at) => {
    const keys = new Set([word.text, fold(word.text), stem(word.text)]);
    const candidates = new Set([...keys].flatMap((key) => index.get(key) ?? []));
    for (const { name, parts } of candidates) {
      if (at + parts.length > words.length) continue;
      const span = words.slice(at, at + parts.length);
      if (!parts.every((part, i) => isFormOf(span[i]?.text ?? '', part))) continue;
      // The words of a name stand together: only spaces (or a hyphen's spaces) between them.
      const end = span.at(-1)?.end ?? word.end;
      if (/\S/u.test(text.slice(word.start, end).replace(/[\p{L}\p{N}\-‑]/gu, ''))) continue;
      out.push({ start: word.start, end, name });
    }
  });
  return out;
}
