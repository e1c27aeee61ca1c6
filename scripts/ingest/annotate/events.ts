import { sentences } from '../text/sentences.ts';
import type { TimeSpan } from './dates.ts';
import { eventTitle } from './event-title.ts';
import type { Mention } from './spans.ts';

/** A dated event an article mentions, before the archive gives it its id and merges it with other witnesses. */
export interface FoundEvent {
  /** The date as EDTF. */
  edtf: string;
  /** A short headline proposed from the sentence (see event-title.ts); an editor may replace it. */
  title: string;
  /** The sentence that evidences it, as the text has it. */
  sentence: string;
  /** The block the sentence is in, so the site can link to its paragraph. */
  block: number;
  /** The people the sentence mentions, by entry id. */
  people: string[];
  /** The themes the sentence (or its paragraph) supports; set by annotate from the article's themes. */
  themes: string[];
}

/** What `findEvents` reads besides the blocks' text. */
export interface EventInput {
  times: TimeSpan[];
  mentions: Mention[];
  /** The publication date as EDTF: a date equal to it is the publication's own event. */
  published?: string | undefined;
  /** The block that opens with the dateline, and the dateline's length, which no title keeps. */
  dateline?: { block: number; length: number } | undefined;
  /** Blocks that are photo captions: a caption describes a picture, not something the article reports. */
  captions?: ReadonlySet<number>;
}

/**
 * A photo caption that the cleaning did not set apart: a credit ("Photo taken on…", "[Photo/Agencies]"), or a
 * present-tense description dated in full ("Kerry speaks during a press conference in Geneva September 13,
 * 2013"), which news prose does not write for what happened.
 */
function looksLikeCaption(sentence: string): boolean {
  if (/^photo\b|[([]photo\b|\bphoto:|\/(?:reuters|afp|ap|xinhua|getty)\b/i.test(sentence)) return true;
  // A caption is a line or two; a longer "sentence" (a text whose punctuation was lost) is none.
  return sentence.length <= 600 && CAPTION_VERB.test(sentence) && ENDS_WITH_DATE.test(sentence);
}

/** What a photograph shows someone doing, in the present: what captions say and news prose does not. */
const CAPTION_VERB =
  /\b(?:shakes hands|speaks|attends|arrives|walks|poses|gestures|listens|looks on|waves|sits|stands|greets|delivers|addresses|smiles|chats|holds a|shows)\b/;
/** A sentence ending in a date written in full, month (or its abbreviation), day and year, then maybe a credit. */
const ENDS_WITH_DATE =
  /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})\.?\s*(?:[([][^)\]]*[)\]])?\s*$/;

/** A date after one of these words is a deadline or a horizon: "a treaty by 5 December", "until 2012". */
const DEADLINE = /\b(?:by|before|until|till|no later than)\s+(?:the\s+)?$/i;
/** Words that report speech or expectation: a sentence with one is a statement, made on a day of its own. */
const STATEMENT =
  /\b(?:said|says|say|told|stated|expect(?:s|ed)?|hope(?:s|d)?|believe(?:s|d)?|expressed|confiden(?:t|ce)|predict(?:s|ed)?|promise(?:s|d)?|plan(?:s|ned)?|want(?:s|ed)?|urged?|called for)\b/i;
/** Words just before a date that say it is itself when something happens or is due: "expires on", "will be held on". */
const DUE =
  /\b(?:expires?|expired|due|deadline|runs? out|ends?|takes? effect|enters? into force|comes? into force|will be (?:held|signed)|scheduled|is to be|are to be)\b(?:\W+\w+){0,3}\W*$/i;

/**
 * The dated events an article mentions: one for each date expression that resolves, titled from its sentence.
 * A date inside a statement that names a deadline or a horizon ("expressed confidence they would agree by
 * 5 December") is not an event of its own unless the sentence says something is due then ("expires on
 * 5 December"); the statement itself is dated by the day it was made (see `statementDay`). Dates equal to the
 * publication date are the publication's own event, and photo captions are left out.
 */
export function findEvents(blocks: string[], input: EventInput): FoundEvent[] {
  const { times, mentions, published, dateline, captions = new Set() } = input;
  const seen = new Set<string>();
  const bounds = new Map<number, Bound[]>();
  const storyDay = leadDay(times, published, dateline);
  const leadBlock = Math.max(1, times.find((time) => time.edtf !== undefined)?.block ?? 0);
  return times.flatMap((time) => {
    if (!time.edtf || captions.has(time.block)) return [];
    const text = blocks[time.block] ?? '';
    if (!bounds.has(time.block)) bounds.set(time.block, sentenceBounds(text));
    const sentence = bounds.get(time.block)?.find((each) => each.start <= time.start && time.start < each.end) ?? {
      text,
      start: 0,
      end: text.length,
    };
    const before = text.slice(sentence.start, time.start);
    const isHorizon = DEADLINE.test(before) && STATEMENT.test(sentence.text) && !DUE.test(before);
    const edtf = isHorizon ? statementDay(time, times, sentence, published, storyDay) : time.edtf;
    // The lead's happening on the publication day is the publication's own event, titled by the headline; a
    // later paragraph's (a vote "later Monday", a remark the same day) is a happening of its own.
    if (!edtf || (edtf === published && time.block <= leadBlock)) return [];
    const key = `${edtf} ${sentence.text}`;
    if (seen.has(key) || looksLikeCaption(sentence.text)) return [];
    seen.add(key);
    const people = mentions
      .filter(
        (m) => m.kind === 'person' && m.block === time.block && m.start >= sentence.start && m.end <= sentence.end,
      )
      .map((m) => m.id);
    // The dateline ("MOSCOW -") heads the first sentence but is not part of what happened.
    const from = dateline?.block === time.block && sentence.start < dateline.length ? dateline.length : sentence.start;
    const own = text.slice(from, sentence.end);
    const others = times
      .filter((each) => each !== time && each.block === time.block && each.start >= from && each.end <= sentence.end)
      .map((each) => ({ start: each.start - from, end: each.end - from }));
    const title = eventTitle(own, { start: time.start - from, end: time.end - from }, others);
    return [{ edtf, title, sentence: sentence.text, block: time.block, people: [...new Set(people)], themes: [] }];
  });
}

/**
 * The day a statement was made: a date in its own sentence that is not the horizon and not after publication;
 * otherwise the day the article's lead reports (`leadDay`), since a wire story's undated "said" belongs to the
 * day it opens with; otherwise the publication date.
 */
function statementDay(
  horizon: TimeSpan,
  times: TimeSpan[],
  sentence: Bound & { block?: number },
  published: string | undefined,
  storyDay: string | undefined,
): string | undefined {
  const own = times.find(
    (time) =>
      time !== horizon &&
      time.block === horizon.block &&
      time.start >= sentence.start &&
      time.end <= sentence.end &&
      time.edtf !== undefined &&
      (published === undefined || time.edtf <= published),
  );
  return own?.edtf ?? storyDay ?? published;
}

/** The first resolved day in the first two blocks, outside the dateline, that falls on or before the publication date. */
function leadDay(
  times: TimeSpan[],
  published: string | undefined,
  dateline: EventInput['dateline'],
): string | undefined {
  return times.find(
    (time) =>
      time.block <= 1 &&
      !(time.block === dateline?.block && time.start < dateline.length) &&
      time.edtf !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(time.edtf) &&
      (published === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(published) || time.edtf <= published),
  )?.edtf;
}

interface Bound {
  text: string;
  start: number;
  end: number;
}

/** The longest block compromise splits into sentences; past it, a plain split at full stops, which stays linear. */
const NLP_LIMIT = 5_000;

/** A block's sentences with their offsets, computed once per block. */
function sentenceBounds(text: string): Bound[] {
  const parts = text.length <= NLP_LIMIT ? sentences(text) : text.split(/(?<=[.!?]["”’]?)\s+/);
  const out: Bound[] = [];
  let from = 0;
  for (const part of parts) {
    const start = text.indexOf(part, from);
    if (start === -1) continue;
    out.push({ text: part, start, end: start + part.length });
    from = start + part.length;
  }
  return out;
}
