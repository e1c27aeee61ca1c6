/** Finding quoted stretches of a block: pairs of double quotation marks or guillemets, single quotes left inside. */

import type { Span } from '../spans.ts';

/** A quoted stretch of one block, its marks included; `open` when no closing mark ends it before the block does. */
export interface QuotedSpan extends Span {
  open: boolean;
  /** When the span has no opening mark, its words starting at `start` (`closesLostOpening`). */
  unopened?: boolean;
}

/** Where a quoted span's words begin: after its opening mark, or at its start when it lost that mark. */
export function wordsStart(span: QuotedSpan): number {
  return span.unopened ? span.start : span.start + 1;
}

/** Stands for a masked character of quoted text: neither a letter nor punctuation, so no word or sentence sees it. */
export const MASK = '_';

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

/**
 * The quoted stretches of a block, in order. Marks are paired by position rather than by shape, since
 * translated text closes quotations with “ as often as with ” (Rosbalt's `in Syria “- quoted`). Single
 * quotes are never quotation marks here: inside a quotation they are part of it, and outside one they are
 * far more often apostrophes than quotes.
 */
export function quotedSpans(text: string, block: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let start: number | undefined;
  for (let index = 0; index < text.length; index++) {
    const mark = text.charAt(index);
    if (!DOUBLE_MARKS.has(mark) || isTypedApostrophe(text, index)) continue;
    if (start === undefined) {
      if (!isStrayClosingMark(text, index)) start = index;
      else if (spans.length === 0 && closesLostOpening(text, index)) {
        spans.push({ block, start: text.search(/\S/), end: index + 1, open: false, unopened: true });
      }
      continue;
    }
    // Inside «…» only » closes (the „…“ or "…" within are nested); inside "…" guillemets are nested.
    const guillemets = text.charAt(start) === '«';
    if (guillemets ? mark !== '»' : mark === '«' || mark === '»') continue;
    spans.push({ block, start, end: index + 1, open: false });
    start = undefined;
  }
  // A mark opened right after a bracket that closes with no closing mark cites a title or a source whose closing mark
  // the writer forgot (`(see "Nuclear Talks Resume, Weekly Brief 2/8/99).`): a reference, not words left open.
  if (start !== undefined && /\(\s*$/u.test(text.slice(0, start)) && text.includes(')', start)) return spans;
  if (start !== undefined) {
    const close = text.charAt(start) === '“' ? singleCloser(text, start + 1) : -1;
    spans.push(
      close < 0 ? { block, start, end: text.length, open: true } : { block, start, end: close + 1, open: false },
    );
  }
  return spans;
}

/**
 * Where a curly double quotation left open is closed by a curly single mark typed for its double (`the creation of the
 * “Hot Line’ in 1963.`): the first ’ at a word's end, after a letter that is no plural's "s" (so not "the ministers’
 * talks") and before a space, punctuation or the block's end, with no opening ‘ before it that it would close. -1 when
 * there is none, and the quotation stays open.
 */
function singleCloser(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const mark = text.charAt(index);
    if (mark === '‘') return -1;
    if (mark === '’' && /[\p{L}.,!?]/u.test(text.charAt(index - 1)) && text.charAt(index - 1) !== 's') {
      if (/^$|[\s.,;:!?)—–-]/u.test(text.charAt(index + 1))) return index;
    }
  }
  return -1;
}

/** An opening single mark: at a word's start, after the block's start, a space, a bracket or a dash. */
const SINGLE_OPEN = /(?<=^|[\s([—–-])['‘](?=\p{L})/gu;

/**
 * The quoted stretches of a block written with single marks only, as old wire copy is ('a good deal,' he said): used
 * for an article that has no double mark at all. An apostrophe inside a word ("Russia's", "don't") neither opens nor
 * closes; one after a plural ("the ministers' talks") closes a quotation only when one is open.
 */
export function singleQuotedSpans(text: string, block: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let from = 0;
  for (;;) {
    SINGLE_OPEN.lastIndex = from;
    const open = SINGLE_OPEN.exec(text);
    if (!open) break;
    const rest = text.slice(open.index + 1);
    const close = findClose(rest);
    if (close < 0) {
      spans.push({ block, start: open.index, end: text.length, open: true });
      break;
    }
    const end = open.index + 1 + close + 1;
    spans.push({ block, start: open.index, end, open: false });
    from = end;
  }
  return spans;
}

/**
 * Where the first closing single mark in a text stands, or -1: a mark at a word's end (after a letter, digit or
 * sentence mark) before a space, a mark or the end.
 */
function findClose(text: string): number {
  for (let index = 1; index < text.length; index++) {
    const [before, mark, after] = [text.charAt(index - 1), text.charAt(index), text.charAt(index + 1)];
    if ((mark === "'" || mark === '’') && /[\p{L}\p{N}.,!?]/u.test(before) && /^$|[\s.,;:!?)—–-]/u.test(after)) {
      return index;
    }
  }
  return -1;
}

/**
 * A block with plain-text quotation marks made typographic, offsets unchanged: archives typed as plain text open a
 * quotation with two grave accents and close it with two again or with two apostrophes (``a ban,'' he said); others,
 * on a typewriter's keyboard or a database that had no double mark, type two apostrophes on both sides (''a ban,''
 * he said). Two apostrophes open a quotation only where a word starts after them, none is glued before them (not
 * "it''s") and a closing pair follows, or the copy ends inside the quotation. Each pair becomes a space and a curly mark, the space outside the quotation.
 */
export function withTypedMarks(text: string): string {
  let open = false;
  return text.replace(/``|''/g, (pair, at: number) => {
    if (pair === "''" && !open && !opensWord(text, at)) return pair;
    open = !open;
    return open ? ' “' : '” ';
  });
}

/**
 * Whether two apostrophes at `at` open a quoted word: after the block's start, a space, a bracket or a dash, with a
 * closing pair after a word later in the block. Two apostrophes are an ambiguous mark (a misread single quote, inches,
 * an OCR's residue), so without their closing pair they open nothing.
 */
function opensWord(text: string, at: number): boolean {
  const rest = text.slice(at + 2);
  return (
    /^(?:|[\s([—–-])$/u.test(text.charAt(at - 1)) &&
    /^[\p{L}\p{N}]/u.test(rest) &&
    // A closing pair later, or none because the copy is cut off inside the quotation (`Clinton conceded that ''f`):
    // the block ends on a word with no sentence's mark and no other apostrophe after the pair.
    (/[\p{L}\p{N}.,!?…]''/u.test(rest) || /^[^'.!?…]*[\p{L}\p{N}]$/u.test(rest))
  );
}

/** Whether any block of an article has a double quotation mark or a guillemet. */
export function hasDoubleMarks(blocks: string[]): boolean {
  return blocks.some((text) => [...DOUBLE_MARKS].some((mark) => text.includes(mark)));
}

/**
 * A straight double mark typed for an apostrophe, between a word and its possessive "s" ("the Security Council"s
 * session", "Rice"s article"), as copies typed with the wrong key print it: no quotation opens or closes inside a word.
 */
function isTypedApostrophe(text: string, index: number): boolean {
  return (
    text.charAt(index) === '"' &&
    /\p{L}/u.test(text.charAt(index - 1)) &&
    /^s(?![\p{L}\p{N}])/u.test(text.slice(index + 1))
  );
}

/**
 * Whether the block's first mark closes a quotation that began at the block's start, its opening mark lost or left
 * off as a quotation running on from the paragraph before (`Based on these talks, here's what I can tell you,” he
 * continued.`): a curly closing mark after a comma, question or exclamation mark, with no mark before it, and the
 * block opening on a capital. A stray straight mark is too often a typing slip to say as much.
 */
function closesLostOpening(text: string, index: number): boolean {
  return (
    text.charAt(index) === '”' &&
    /[,?!]$/.test(text.slice(0, index)) &&
    /^\s*\p{Lu}/u.test(text) &&
    ![...text.slice(0, index)].some((mark) => DOUBLE_MARKS.has(mark))
  );
}

/** A closing mark met outside any quotation, such as seed 003's `the Geneva process".`: it opens nothing. */
function isStrayClosingMark(text: string, index: number): boolean {
  const mark = text.charAt(index);
  if (mark === '”' || mark === '»') return true;
  if (mark !== '"') return false;
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  return /[\p{L}\p{N}.,!?;:]/u.test(before) && (after === '' || /[\s.,;:!?)]/u.test(after));
}

/**
 * The block with every quotation's words replaced by {@link MASK}, offsets unchanged, so that attribution and
 * sentence splitting see only the reporter's words. A full stop, question or exclamation mark that ends a
 * quotation is kept: it ends the reporter's sentence too.
 */
export function maskQuotations(text: string, spans: QuotedSpan[]): string {
  const characters = text.split('');
  for (const span of spans) {
    const inner = text.slice(wordsStart(span), span.open ? span.end : span.end - 1);
    const kept = inner.trimEnd().length - 1;
    for (let offset = 0; offset < inner.length; offset++) {
      const character = inner.charAt(offset);
      if (offset === kept && /[.!?…]/.test(character)) continue;
      characters[wordsStart(span) + offset] = /\s/.test(character) ? character : MASK;
    }
  }
  return characters.join('');
}
