/**
 * Whole-word occurrences of many phrases at once (the gazetteer's names, the role phrases of every office), found as
 * one regular expression of them all finds them: `(?<![B])(?:p1|p2|…)(?![B])`, tried left to right, the first phrase
 * listed that fits winning at each place, the search going on after each match. V8 tries such an alternation of
 * hundreds or thousands of phrases at every position of the text, which a profile of the ingest put at a tenth of its
 * time. So a second, small pattern of the phrases' first three characters (`PREFIX`) finds the places where one of
 * them can start, and the whole pattern, sticky, is tried at those places alone: it decides, so what is found is
 * exactly what the whole pattern finds (whole-words.test.ts holds them equal on varied text). Hand-written because
 * what is wanted is the regular expression's own answer, order of alternatives and Unicode case folding included,
 * which a trie or Aho–Corasick library would give otherwise.
 */

/** Characters (code points) of each phrase the first pattern looks for. */
const PREFIX = 3;

/** The text of a match and where it starts, as `String.prototype.matchAll` gives them. */
export interface WordMatch {
  0: string;
  index: number;
}

/** Phrases to find as whole words; `boundary` is what may not touch them, a character class's inside (`\p{L}`). */
export interface WholeWords {
  /** Every match, in order, as `text.matchAll` of the whole pattern gives them. */
  matchAll(text: string): WordMatch[];
  /** The whole pattern, global: what `matchAll` answers as. */
  readonly pattern: RegExp;
}

export function wholeWords(phrases: readonly string[], boundary: string, ignoreCase = false): WholeWords {
  const flags = ignoreCase ? 'iu' : 'u';
  const around = (inner: string) => `(?<![${boundary}])(?:${inner})`;
  const source = `${around(phrases.map(escapeRegExp).join('|'))}(?![${boundary}])`;
  const pattern = new RegExp(source, `g${flags}`);
  const whole = new RegExp(source, `y${flags}`);
  const starts = [...new Set(phrases.map((phrase) => [...phrase].slice(0, PREFIX).join('')))];
  const start = new RegExp(around(starts.map(escapeRegExp).join('|')), `g${flags}`);
  return {
    pattern,
    matchAll(text) {
      const matches: WordMatch[] = [];
      if (phrases.length === 0) return matches;
      start.lastIndex = 0;
      for (let found = start.exec(text); found; found = start.exec(text)) {
        whole.lastIndex = found.index;
        const match = whole.exec(text);
        if (match) matches.push({ 0: match[0], index: match.index });
        // After a match the search goes on at its end, as a global search does; past a place where none starts, at
        // the next character (a whole code point: the u flag never starts a match inside one).
        start.lastIndex =
          match && match[0].length > 0 ? whole.lastIndex : found.index + codePointLength(text, found.index);
      }
      return matches;
    },
  };
}

function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
