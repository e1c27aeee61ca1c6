import { memoise } from './memo.ts';

/**
 * Whole-word occurrences of many phrases at once (the gazetteer's names, the role phrases of every office), found as
 * one regular expression of them all finds them: `(?<![B])(?:p1|p2|…)(?![B])`, tried left to right, the first phrase
 * listed that fits winning at each place, the search going on after each match.
 *
 * That expression is slow twice over. V8 tries an alternation of hundreds or thousands of phrases at every position
 * of the text; and an article's own list (the surnames of the people it names, the offices held on its date) makes a
 * new expression, compiled anew, each time. A profile of the ingest put the two at a tenth of its time. So the search
 * here compiles no expression of a whole list. A small expression finds the places where a phrase can start: of the
 * phrases' first characters, or, in any case, of their first three (the same for most lists, and compiled once);
 * there the phrases that can start so are tried in the list's order, by comparison of strings, or in any case by a
 * small expression of each phrase, compiled once a run. The first that fits and is not followed by a `B` character is
 * the match, as in the alternation, so what is found is exactly what the whole expression finds (whole-words.test.ts
 * holds them equal on varied text).
 * Hand-written: a trie or Aho–Corasick library finds every phrase, or the longest, not what this expression finds.
 */

/** The text of a match and where it starts, as `String.prototype.matchAll` gives them. */
export interface WordMatch {
  0: string;
  index: number;
}

/** Phrases to find as whole words. */
export interface WholeWords {
  /** Every match, in order, as `text.matchAll(pattern)` gives them. */
  matchAll(text: string): WordMatch[];
  /** The whole expression, global: what `matchAll` answers as (made when asked, for tests and the odd phrase). */
  readonly pattern: RegExp;
}

/**
 * `phrases` in the order they are tried; `boundary` is what may not touch them, a character class's inside
 * (`\p{L}`); `ignoreCase` compares as the i flag does, by Unicode case folding.
 */
export function wholeWords(phrases: readonly string[], boundary: string, ignoreCase = false): WholeWords {
  const flags = ignoreCase ? 'iu' : 'u';
  let pattern: RegExp | undefined;
  const whole = () => {
    pattern ??= new RegExp(
      `(?<![${boundary}])(?:${phrases.map(escapeRegExp).join('|')})(?![${boundary}])`,
      `g${flags}`,
    );
    return pattern;
  };
  // An empty phrase matches between any two characters, and a lone surrogate only outside a pair: both left to the
  // whole expression, which no list of names or offices needs.
  if (phrases.some((phrase) => phrase === '' || !phrase.isWellFormed())) {
    return {
      get pattern() {
        return whole();
      },
      matchAll: (text) => [...text.matchAll(whole())].map((match) => ({ 0: match[0], index: match.index })),
    };
  }
  // The phrases by how they start (their first character; in any case their first three), each list in their order.
  const byStart = new Map<string, number[]>();
  phrases.forEach((phrase, index) => {
    const head = ignoreCase ? [...phrase].slice(0, 3).join('') : String.fromCodePoint(phrase.codePointAt(0) ?? 0);
    byStart.set(head, [...(byStart.get(head) ?? []), index]);
  });
  const heads = [...byStart.keys()].sort();
  const start = startPattern(JSON.stringify([boundary, ignoreCase, heads]));
  const after = afterPattern(boundary);
  /** Where phrase `index` ends if it fits at `at`, followed by no `boundary` character. */
  const fits = (text: string, at: number, index: number): number | undefined => {
    const phrase = phrases[index] ?? '';
    if (ignoreCase) {
      const each = stickyPattern(JSON.stringify([phrase, boundary]));
      each.lastIndex = at;
      return each.test(text) ? each.lastIndex : undefined;
    }
    if (!text.startsWith(phrase, at)) return undefined;
    after.lastIndex = at + phrase.length;
    return after.test(text) ? at + phrase.length : undefined;
  };
  /** The indices of the phrases that can start at `at`, in their order. */
  const candidates = (text: string, at: number): number[] => {
    if (!ignoreCase) return byStart.get(String.fromCodePoint(text.codePointAt(at) ?? 0)) ?? [];
    // Each start, of one to three characters, tried in any case where it is; more than one may fit.
    const lists = heads.flatMap((head) => {
      const each = stickyPattern(JSON.stringify([head, '']));
      each.lastIndex = at;
      return each.test(text) ? [byStart.get(head) ?? []] : [];
    });
    return lists.length === 1 ? (lists[0] ?? []) : lists.flat().sort((a, b) => a - b);
  };
  return {
    get pattern() {
      return whole();
    },
    matchAll(text) {
      const matches: WordMatch[] = [];
      start.lastIndex = 0;
      for (let found = start.exec(text); found; found = start.exec(text)) {
        const at = found.index;
        const end = firstFit(text, at, candidates(text, at), fits);
        if (end !== undefined) matches.push({ 0: text.slice(at, end), index: at });
        // After a match the search goes on at its end, as a global search does (no phrase is empty); past a place
        // where none fits, at the next character, a whole code point: the u flag never starts a match inside one.
        start.lastIndex = end ?? at + codePointLength(text, at);
      }
      return matches;
    },
  };
}

/** Where the first of `indices` that fits at `at` ends, or undefined. */
function firstFit(
  text: string,
  at: number,
  indices: number[],
  fits: (text: string, at: number, index: number) => number | undefined,
): number | undefined {
  for (const index of indices) {
    const end = fits(text, at, index);
    if (end !== undefined) return end;
  }
  return undefined;
}

/**
 * The places a phrase may start, with no `boundary` character before them: one of the phrases' first characters, or,
 * in any case, one of their starts of up to three characters.
 */
const startPattern = memoise((key: string) => {
  const [boundary, ignoreCase, heads] = JSON.parse(key) as [string, boolean, string[]];
  const alternatives = ignoreCase ? heads.map(escapeRegExp).join('|') : `[${heads.map(escapeClass).join('')}]`;
  return new RegExp(`(?<![${boundary}])(?:${alternatives})`, ignoreCase ? 'giu' : 'gu');
}, 1_000);

/** No `boundary` character here: what must follow a phrase. */
const afterPattern = memoise((boundary: string) => new RegExp(`(?![${boundary}])`, 'uy'), 100);

/** Text in any case, sticky, with no `boundary` character after it (none asked when `boundary` is empty). */
const stickyPattern = memoise((key: string) => {
  const [text, boundary] = JSON.parse(key) as [string, string];
  return new RegExp(`(?:${escapeRegExp(text)})${boundary ? `(?![${boundary}])` : ''}`, 'iuy');
}, 100_000);

function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A character as a member of a character class (u flag). */
function escapeClass(character: string): string {
  return /[\\\]^[-]/.test(character) ? `\\${character}` : character;
}
