import { eng as stopwords } from 'stopword';
import { foldName } from './fold.ts';

const STOPWORDS = new Set(stopwords);

/** Letters a truncation stem keeps: five, as in the truncation stemmers McNamee, Nicholas and Mayfield compare (SIGIR 2009). */
const STEM = 5;

/**
 * The content words of a title or sentence, once each: folded as names are, dots dropped from initialisms
 * ("U.S." is "us"), a possessive "'s" and a plural "s" taken off, and the stopword package's English list
 * left out. "us" and "un" stay: that list has no "us", so the country is kept.
 */
export function contentWords(text: string): string[] {
  const words = foldName(text)
    .replace(/(?<=\b\p{L})\./gu, '')
    .replace(/['’]s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  const kept = (words ?? [])
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
  return [...new Set(kept)];
}

/**
 * Whether two content words are one word for matching, a crude stemmer: equal, or both of four letters or
 * more and alike in their first five letters or the whole of the shorter ("sign" and "signed",
 * "negotiate" and "negotiations", "Russia" and "Russian"); words of three letters or fewer must be equal.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(STEM, a.length, b.length);
  return Math.min(a.length, b.length) >= 4 && a.slice(0, length) === b.slice(0, length);
}

/** Share of the first text's content words that the second text has, by `sameWord`; 0 when the first has none. */
export function wordOverlap(wanted: string, found: string): number {
  const [want, have] = [contentWords(wanted), contentWords(found)];
  if (want.length === 0) return 0;
  return want.filter((word) => have.some((other) => sameWord(word, other))).length / want.length;
}
