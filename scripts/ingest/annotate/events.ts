import { sentences } from '../sentences.ts';
import type { TimeSpan } from './dates.ts';
import type { Mention } from './spans.ts';

/** A dated event an article mentions, before the archive gives it its article's slug. */
export interface FoundEvent {
  /** The date as EDTF. */
  edtf: string;
  /** A short title: the sentence that dates it, cut at fourteen words. */
  title: string;
  /** The sentence that evidences it, as the text has it. */
  sentence: string;
  /** The block the sentence is in, so the site can link to it. */
  block: number;
  /** The people the sentence mentions, by entry id. */
  people: string[];
}

/** The most words an event's title keeps of its sentence. */
const TITLE_WORDS = 14;

/**
 * The dated events an article mentions: one for each date expression that resolves to a day, a month or
 * a year other than the publication date itself, titled by the sentence around it. The machine's titles
 * are a proposal: `content/editorial/events.yaml` can retitle, add or suppress events.
 */
export function findEvents(
  blocks: string[],
  times: TimeSpan[],
  mentions: Mention[],
  published?: string,
  dateline?: { block: number; length: number },
): FoundEvent[] {
  const seen = new Set<string>();
  const bounds = new Map<number, Bound[]>();
  return times.flatMap((time) => {
    if (!time.edtf || time.edtf === published) return [];
    const text = blocks[time.block] ?? '';
    if (!bounds.has(time.block)) bounds.set(time.block, sentenceBounds(text));
    const sentence = bounds.get(time.block)?.find((each) => each.start <= time.start && time.start < each.end) ?? {
      text,
      start: 0,
      end: text.length,
    };
    const key = `${time.edtf} ${sentence.text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const people = mentions
      .filter(
        (m) => m.kind === 'person' && m.block === time.block && m.start >= sentence.start && m.end <= sentence.end,
      )
      .map((m) => m.id);
    return [
      {
        edtf: time.edtf,
        // The dateline ("MOSCOW -") heads the first sentence but is not part of what happened.
        title: shorten(
          dateline?.block === time.block && sentence.start < dateline.length
            ? text.slice(dateline.length, sentence.end).trim()
            : sentence.text,
        ),
        sentence: sentence.text,
        block: time.block,
        people: [...new Set(people)],
      },
    ];
  });
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

/** A sentence as a title: without quotation marks or brackets around it, cut at `TITLE_WORDS` words. */
function shorten(sentence: string): string {
  const bare = sentence.replace(/^["“«(]+|["”»)]+$/g, '');
  // An editor's bracket opened before the title starts ("(Monday's meeting…) was") closes in it: drop it.
  const words = (bare.indexOf(')') < bare.indexOf('(') || !bare.includes('(') ? bare.replace(')', '') : bare).split(
    /\s+/,
  );
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : words.join(' ');
}
