import * as chrono from 'chrono-node';
import { parseEdtf as edtf } from '../../../src/lib/edtf.ts';
import { RUSSIAN } from './dates-russian.ts';
import type { Span } from './spans.ts';

/** A date expression in the text and what it resolves to. */
export interface TimeSpan extends Span {
  /** The date as EDTF, or undefined when the text and the publication date do not fix it. */
  edtf?: string;
}

const DAY = 86_400_000;

/** What reading dates needs to know of a language: chrono's parser for it and the words around dates. */
export interface DateLanguage {
  parser: Pick<typeof chrono.en, 'parse'>;
  /** Words that put a weekday ahead of the article rather than behind it. */
  future: RegExp;
  /** Words chrono reads as dates that are no dates in news prose. */
  notDates: RegExp;
  /**
   * Expressions kept as dates but left unresolved: "today" in a quotation is the day of speaking, not of
   * publishing, and "last week" is a span no single EDTF day states.
   */
  unresolved: RegExp;
  /** A relative year after a month and day ("December 5 this year"): its year shift by the words matched. */
  relativeYear: RegExp;
  yearShift: (words: string) => number;
  /** A year on its own after a preposition: "in 1991", "since 2004" (chrono leaves bare years alone); group 1 is the year. */
  bareYear: RegExp;
  /** Words a match may begin with that are not the date: "on", "by". */
  lead: RegExp;
  /** "at the end of March": the month, not its first day. */
  endOf: RegExp;
  /** "last" and "next" just before a month. */
  last: RegExp;
  next: RegExp;
}

/** US English, the rules' first language. */
export const ENGLISH: DateLanguage = {
  parser: chrono.en,
  future: /\b(?:will|shall|is to|are to|next|to be held|is due|are due|scheduled|plans? to|expires|runs out)\b/i,
  notDates: /^(?:now|tonight|this (?:morning|afternoon|evening))$/i,
  unresolved: /^(?:today|yesterday|tomorrow)$|\bweeks?\b/i,
  relativeYear: /^\s+(this|last|next) year\b/i,
  yearShift: (words) => ({ this: 0, last: -1, next: 1 })[words.toLowerCase() as 'this' | 'last' | 'next'] ?? 0,
  bareYear: /\b(?:in|since|by|until|till|from|of|before|after)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d)/g,
  lead: /^(?:[(["“]|(?:on|by|in|at|from|since|until|the)\s+)*/i,
  endOf: /\bend of\b/i,
  last: /\blast\s+$/i,
  next: /\bnext\s+$/i,
};

const LANGUAGES: Record<string, DateLanguage> = { en: ENGLISH, ru: RUSSIAN };

/**
 * Finds date expressions (chrono-node, in US English or Russian) and resolves them against the publication date into
 * EDTF: weekdays ("on Thursday", "Monday's meeting") fall on or before the publication date unless their
 * sentence looks ahead ("will meet on Friday"); dates without a year take the nearest year; "at the end
 * of March" is the month. When the publication date is a range, an expression is resolved only if every
 * day of the range gives the same answer; otherwise, and when there is no date at all, it stays unresolved.
 */
export function findDates(blocks: string[], published?: string, language = 'en'): TimeSpan[] {
  const bounds = publicationBounds(published);
  const lang = LANGUAGES[language] ?? ENGLISH;
  return blocks.flatMap((text, block) => {
    const spans: TimeSpan[] = [];
    for (const result of lang.parser.parse(text, new Date(bounds?.[0] ?? 0))) {
      const words = trim(text, result.index, result.index + result.text.length, lang);
      const phrase = text.slice(words.start, words.end);
      if (lang.notDates.test(phrase) || spans.some((span) => span.start <= words.start && words.start < span.end))
        continue;
      const relative = lang.relativeYear.exec(text.slice(words.end));
      const end = words.end + (relative?.[0].length ?? 0);
      const resolved = lang.unresolved.test(phrase)
        ? undefined
        : bounds
          ? agree(bounds.map((day) => resolve(result, text, day, lang, relative?.[1])))
          : absolute(result, lang);
      spans.push({ block, start: words.start, end, ...(resolved ? { edtf: resolved } : {}) });
    }
    for (const match of text.matchAll(lang.bareYear)) {
      const start = match.index + match[0].length - (match[1]?.length ?? 0);
      if (!spans.some((span) => span.start <= start && start < span.end)) {
        spans.push({ block, start, end: start + 4, edtf: match[1] ?? '' });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}

/** The first and last day (UTC midnight, ms) a publication date allows, or undefined when its year is unknown. */
function publicationBounds(published?: string): [number, number] | undefined {
  if (!published || published.startsWith('XXXX')) return undefined;
  const parsed = edtf(published);
  return [floorDay(parsed.min), floorDay(lastOf(published, parsed.max))];
}

/** edtf.js gives a set's `max` as the end of its first member; the last member's end is what a range allows. */
function lastOf(published: string, max: number): number {
  const last = /(?:\.\.|,)([^,.\]]+)\]$/.exec(published)?.[1];
  return last ? edtf(last).max : max;
}

function floorDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

function agree(answers: (string | undefined)[]): string | undefined {
  return answers.every((answer) => answer === answers[0]) ? answers[0] : undefined;
}

type Result = ReturnType<typeof chrono.en.parse>[number];

/** A year written in the words themselves: chrono also calls a year certain when "last month" worked it out. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/;

/** A date read with no reference: only what the words fix by themselves (a year they write is needed). */
function absolute(result: Result, lang: DateLanguage): string | undefined {
  return result.start.isCertain('year') && WRITTEN_YEAR.test(result.text)
    ? precise(result, result.start.get('year') ?? 0, lang)
    : undefined;
}

/** The words of a chrono match without a leading "on", "by" or bracket, or trailing punctuation. */
function trim(text: string, start: number, end: number, lang: DateLanguage): { start: number; end: number } {
  const lead = lang.lead.exec(text.slice(start, end))?.[0].length ?? 0;
  const tail = /[\s,.;:)\]"”'’»]*$/.exec(text.slice(start + lead, end))?.[0].length ?? 0;
  return { start: start + lead, end: end - tail };
}

function resolve(
  result: Result,
  text: string,
  day: number,
  lang: DateLanguage,
  relativeYear?: string,
): string | undefined {
  const { start } = result;
  if (start.isCertain('weekday') && !start.isCertain('day'))
    return weekday(start.get('weekday') ?? 0, text, result, day, lang);
  if (start.isCertain('year')) return precise(result, start.get('year') ?? 0, lang);
  if (relativeYear) return precise(result, new Date(day).getUTCFullYear() + lang.yearShift(relativeYear), lang);
  const reread = lang.parser.parse(result.text, new Date(day))[0];
  if (!reread) return undefined;
  return precise(reread, (reread.start.get('year') ?? 0) + yearShift(reread, text, result.index, day, lang), lang);
}

/**
 * A month or day without a year is the nearest one, as chrono reads it, unless the words say otherwise: "last
 * April" in February 2011 is April 2010, and "expires in December" in April 2009 is December 2009, not 2008.
 */
function yearShift(reread: Result, text: string, at: number, day: number, lang: DateLanguage): number {
  const before = text.slice(Math.max(0, at - 12), at);
  const sentence = `${
    text
      .slice(0, at)
      .split(/[.!?]\s/)
      .at(-1) ?? ''
  }${text.slice(at).split(/[.!?]\s/)[0] ?? ''}`;
  const when = reread.start.date().getTime();
  if (lang.last.test(before) && when > day) return -1;
  if ((lang.next.test(before) || lang.future.test(sentence)) && when < day) return 1;
  return 0;
}

function precise(result: Result, year: number, lang: DateLanguage): string {
  const { start } = result;
  const y = String(year).padStart(4, '0');
  const m = String(start.get('month') ?? 1).padStart(2, '0');
  const d = String(start.get('day') ?? 1).padStart(2, '0');
  if (lang.endOf.test(result.text) || !start.isCertain('month')) return start.isCertain('month') ? `${y}-${m}` : y;
  return start.isCertain('day') ? `${y}-${m}-${d}` : `${y}-${m}`;
}

/** The day a bare weekday names: on or before the publication day, or after it when the sentence looks ahead. */
function weekday(target: number, text: string, result: Result, day: number, lang: DateLanguage): string {
  const sentence =
    text
      .slice(0, result.index + result.text.length)
      .split(/[.!?]\s/)
      .at(-1) ?? '';
  const today = new Date(day).getUTCDay();
  const ahead = lang.future.test(`${sentence}${text.slice(result.index + result.text.length).split(/[.!?]\s/)[0]}`);
  const offset = ahead ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7);
  return new Date(day + offset * DAY).toISOString().slice(0, 10);
}
