import { foldQuote } from './fold.ts';
import type { SameName } from './names.ts';

/** A quotation as the gold gives it: its first words and who spoke, `null` when the text does not say. */
export interface GoldQuote {
  start: string;
  speaker: string | null;
}

/** A quotation as the machine gives it: its text and the speaker's canonical name, `null` when unattributed. */
export interface PredictedQuote {
  text: string;
  speaker: string | null;
}

/** A gold quotation the machine got wrong: `found` is the predicted speaker, or `undefined` when no quotation holds it. */
export interface QuoteMiss extends GoldQuote {
  found: string | null | undefined;
}

/** How the machine attributed one article's gold quotations. */
export interface QuoteScore {
  /** Gold quotations found with the right speaker. */
  correct: number;
  /** Gold quotations. */
  total: number;
  /** Gold quotations not found or wrongly attributed, in gold order. */
  misses: QuoteMiss[];
  /** Predicted quotations that hold no gold start, in text order. */
  unmatched: PredictedQuote[];
}

/**
 * Finds, for each gold quotation, the first predicted quotation whose text holds its start (quotation marks,
 * spaces and case folded), preferring one that begins with it, then one no earlier gold quotation took; it is
 * correct when both speakers are null or `same` accepts them.
 */
export function scoreQuotes(gold: GoldQuote[], predicted: PredictedQuote[], same: SameName): QuoteScore {
  const texts = predicted.map((quote) => foldQuote(quote.text));
  const taken = new Set<number>();
  const misses: QuoteMiss[] = [];
  for (const quote of gold) {
    const start = foldQuote(quote.start);
    const holding = texts.flatMap((text, i) => (text.includes(start) ? [i] : []));
    // A quotation that begins with the start is the one gold means; a short start ("I", "It") is held by many others.
    const begins = holding.filter((index) => beginsWith(texts[index] ?? '', start));
    const i = begins.find((index) => !taken.has(index)) ?? holding.find((index) => !taken.has(index)) ?? holding[0];
    const found = i === undefined ? undefined : (predicted[i]?.speaker ?? null);
    if (i !== undefined) taken.add(i);
    const right =
      found !== undefined && (quote.speaker === null ? found === null : found !== null && same(quote.speaker, found));
    if (!right) misses.push({ ...quote, found });
  }
  return {
    correct: gold.length - misses.length,
    total: gold.length,
    misses,
    unmatched: predicted.filter((_, i) => !taken.has(i)),
  };
}

/** Whether quoted words open with a start, as whole words ("I" opens "I must", not "in time"). */
function beginsWith(text: string, start: string): boolean {
  const words = text.replace(/^[^\p{L}\p{N}]+/u, '');
  return words.startsWith(start) && !/^[\p{L}\p{N}]/u.test(words.slice(start.length));
}
