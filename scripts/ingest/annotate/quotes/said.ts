/**
 * When a quotation was spoken, where the reporter's words say so: `"…," Lavrov said on Friday`, `Earlier on
 * Thursday, Kerry told reporters: "…"`. A wire story is often published the day after its quotations were said, so
 * the publication date alone would put words spoken on 6 March under 7 March.
 */
import type { TimeSpan } from '../dates.ts';
import type { Mention, Quotation, Span } from '../spans.ts';

/** The day a quotation was said, and the words that say it. */
export interface SaidOn {
  edtf: string;
  text: string;
}

/** A date after one of these is a deadline the speaker names, not the day of speaking: "agree by 5 December". */
const HORIZON = /\b(?:by|before|until|till|no later than|after|since)\s+(?:the\s+)?$/i;
/** A sentence ends at a full stop, question or exclamation mark (and any closing quotation mark), then a space. */
const SENTENCE_END = /[.!?]["”’]?\s+/g;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Words that report speech: a lead sentence with one and a date says when its speaker spoke. */
const SPEECH = /\b(?:said|says|told|stated|announced|declared|stressed|insisted|warned|added)\b/i;
/** The blocks that make a wire story's lead: its first two paragraphs. */
const LEAD_BLOCKS = 2;

/** `text` with every quotation span in it blanked, so that the quoted words' full stops end no sentence. */
function masked(text: string, spans: Span[]): string {
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + 'x'.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}

/** The start and end of the reporter's sentence around `[start, end)` in a block whose quotations are masked. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
    else if (match.index >= end) {
      to = match.index + 1;
      break;
    }
  }
  return { start: from, end: to };
}

/** The dates a quotation may be said on: single days, not after publication, outside quotations, not deadlines. */
function usable(times: TimeSpan[], texts: string[], spans: Span[], published: string | undefined): TimeSpan[] {
  const latest = published && DAY.test(published) ? published : undefined;
  return times.filter(
    (time) =>
      time.edtf !== undefined &&
      DAY.test(time.edtf) &&
      (latest === undefined || time.edtf <= latest) &&
      !spans.some((span) => span.block === time.block && span.start <= time.start && time.end <= span.end) &&
      !HORIZON.test((texts[time.block] ?? '').slice(0, time.start)),
  );
}

/**
 * For each quotation (by id), the day it was said, where the text tells:
 *
 * 1. a date in the reporter's sentence that carries the quotation (`"…," Lavrov said on Friday`), the nearest to
 *    the quoted words when there are several; a quotation spread over paragraphs is looked for around its first
 *    and its last span;
 * 2. otherwise, for a quotation whose speaker the lead reports speaking on a day (`…, Lavrov said Tuesday.` in the
 *    first two paragraphs, then `"…," Lavrov said.`), that day: a wire story's later quotations are the lead's
 *    statement told at length.
 *
 * Quotations the text does not date are left out: the site shows them as reported on the publication date.
 */
export function quotationDates(
  quotations: Quotation[],
  times: TimeSpan[],
  texts: string[],
  published: string | undefined,
  mentions: Mention[] = [],
): Map<number, SaidOn> {
  const spans = quotations.flatMap((quotation) => quotation.spans);
  const blanked = texts.map((text, block) =>
    masked(
      text,
      spans.filter((span) => span.block === block),
    ),
  );
  const candidates = usable(times, texts, spans, published);
  const words = (time: TimeSpan) => ({
    edtf: time.edtf ?? '',
    text: (texts[time.block] ?? '').slice(time.start, time.end),
  });
  const lead = new Map<string, SaidOn>();
  for (const time of candidates.filter((each) => each.block < LEAD_BLOCKS)) {
    const sentence = sentenceAround(blanked[time.block] ?? '', time.start, time.end);
    if (!SPEECH.test((blanked[time.block] ?? '').slice(sentence.start, sentence.end))) continue;
    const speakers = mentions.filter(
      (m) => m.block === time.block && m.start >= sentence.start && m.end <= sentence.end,
    );
    for (const speaker of speakers) if (!lead.has(speaker.id)) lead.set(speaker.id, words(time));
  }
  const dated = new Map<number, SaidOn>();
  for (const quotation of quotations) {
    const first = quotation.spans[0];
    const last = quotation.spans.at(-1);
    if (!first || !last) continue;
    const windows = [first, last].map((span) => ({
      block: span.block,
      ...sentenceAround(blanked[span.block] ?? '', span.start, span.end),
    }));
    const own = candidates.filter((time) =>
      windows.some((w) => w.block === time.block && w.start <= time.start && time.end <= w.end),
    );
    // The nearest to the quotation's words, when the sentence holds more than one date.
    const distance = (time: TimeSpan) =>
      Math.min(Math.abs(time.start - last.end), Math.abs(first.start - time.end)) +
      (time.block === last.block ? 0 : 1e6);
    const best = own.sort((a, b) => distance(a) - distance(b))[0];
    const said = best ? words(best) : quotation.speaker ? lead.get(quotation.speaker) : undefined;
    if (said) dated.set(quotation.id, said);
  }
  return dated;
}
