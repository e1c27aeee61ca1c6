/** Finding quoted stretches of a block: pairs of double quotation marks or guillemets, single quotes left inside. */

import type { Span } from '../spans.ts';

/** A quoted stretch of one block, its marks included; `open` when no closing mark ends it before the block does. */
export interface QuotedSpan extends Span {
  open: boolean;
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
    if (!DOUBLE_MARKS.has(mark)) continue;
    if (start === undefined) {
      if (!isStrayClosingMark(text, index)) start = index;
      continue;
    }
    // Inside «…» only » closes (the „…“ or "…" within are nested); inside "…" guillemets are nested.
    const guillemets = text.charAt(start) === '«';
    if (guillemets ? mark !== '»' : mark === '«' || mark === '»') continue;
    spans.push({ block, start, end: index + 1, open: false });
    start = undefined;
  }
  if (start !== undefined) spans.push({ block, start, end: text.length, open: true });
  return spans;
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
    const inner = text.slice(span.start + 1, span.open ? span.end : span.end - 1);
    const kept = inner.trimEnd().length - 1;
    for (let offset = 0; offset < inner.length; offset++) {
      const character = inner.charAt(offset);
      if (offset === kept && /[.!?…]/.test(character)) continue;
      characters[span.start + 1 + offset] = /\s/.test(character) ? character : MASK;
    }
  }
  return characters.join('');
}
