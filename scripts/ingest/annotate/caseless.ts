/**
 * Text written without capitals, as closed captions are ("on wednesday, russian foreign minister's -- following his
 * meetings with president trump"): names in it are names still, but every rule that finds one by its capital misses
 * it. Before linking, such a text has the gazetteer's names written as the gazetteer writes them, offsets unchanged.
 */

import { isCommonWord } from '../text/english.ts';
import { memoiseOn } from '../text/memo.ts';
import type { KindedEntry } from './gazetteer.ts';

/**
 * The share of words with a capital under which a text is taken to be written without capitals. News in English
 * capitalises one word in six or more (every sentence's first, every name), Russian news one in nine; a text under one
 * in fifty has lost its capitals. Set beforehand: on the 150 development articles the lowest shares are 0 (broadcast
 * captions) and then 0.115.
 */
export const CASELESS_SHARE = 0.02;

/** Whether texts, taken together, are written without capitals. */
export function isCaseless(texts: string[]): boolean {
  const words = texts.flatMap((text) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? []);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised < words.length * CASELESS_SHARE;
}

const onGazetteer = memoiseOn<{ pattern: RegExp; spelt: Map<string, string> } | undefined>();

/**
 * The gazetteer's names in Latin letters as it writes them, by their lower case: names and aliases, and the words of a
 * person's name alone ("Tillerson"). A name of one word that is also a common English word ("Rice", "Bush", "US") is
 * left out: without capitals nothing tells the name from the word.
 */
function namesOf(gazetteer: KindedEntry[]) {
  return onGazetteer(gazetteer, 'caseless', () => {
    const spelt = new Map<string, string>();
    const add = (name: string) => {
      const lower = name.toLowerCase();
      if (!/\p{Lu}/u.test(name) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name) || lower.length !== name.length) return;
      if (!/\s/.test(name) && (name.length < 3 || isCommonWord(name.replace(/\./g, '')))) return;
      if (!spelt.has(lower)) spelt.set(lower, name);
    };
    for (const entry of gazetteer) {
      for (const name of [entry.name, ...entry.aliases]) add(name);
      if (entry.kind === 'person') for (const word of entry.name.split(/\s+/)) if (word.length >= 4) add(word);
    }
    if (spelt.size === 0) return undefined;
    const alternatives = [...spelt.keys()]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), spelt };
  });
}

/** The text with every gazetteer name written as the gazetteer writes it; the same length, offsets unchanged. */
export function recased(text: string, gazetteer: KindedEntry[]): string {
  const names = namesOf(gazetteer);
  if (!names) return text;
  return text.replace(names.pattern, (match) => {
    const name = names.spelt.get(match.toLowerCase().replace(/\s+/g, ' '));
    if (!name || name.length !== match.length) return match;
    return [...match].map((character, i) => (/\s/.test(character) ? character : (name[i] ?? character))).join('');
  });
}
