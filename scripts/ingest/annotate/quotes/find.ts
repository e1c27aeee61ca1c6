/**
 * Direct quotations and who spoke them. The rules, in the order they apply:
 *
 * 1. Quoted spans are pairs of double marks (" “ ” „, or typed ``…'' and ''…'' as {@link withTypedMarks} reads them) or
 *    guillemets in a block ({@link quotedSpans}); a span left
 *    open at a block's end continues into the next block when that block opens with a mark, under one id. A block
 *    whose first mark is a curly closing one after a comma, question or exclamation mark is quoted from its start, its
 *    opening mark lost (`Here is what I can tell you,” he went on.`), when an attribution follows. An
 *    article with no double mark at all, as old wire copy, quotes with single marks ({@link singleQuotedSpans}).
 * 2. A quoted span is speech when it has four words or more and is not a title in Title Case, or when its paragraph
 *    leaves it open (a copy cut off mid-quotation: `Yeltsin said, 'The high`); a shorter one is
 *    speech only when its own clause attributes it (`called the meeting "very productive"`, `"No," he said`) or it
 *    stands in a reported clause (`said that … was "within reach"`, `claims that … "excessive demands"`), and
 *    otherwise a scare quote or a term (the "reset", the 'caliphate' inside a quotation is part of it anyway).
 * 3. The speaker is read first from the attribution right after the quotation (`," Lavrov said`, `- said the
 *    Minister`; after a quotation closed by a comma, also `," he continued`, `," X began`), unless that names an organisation and its sentence names a person saying it before it (`Putin
 *    stressed that "…," the Kremlin said`), then from its sentence before it (`Lavrov said: "`, `according to Reuters, "`), then from its
 *    sentence's end (`..., Reuters reports.`). Pronouns and role phrases point back to a compatible person, and
 *    "the ministry" to the ministry named before (speakers.ts). An attribution whose words name no one the mentions
 *    know leaves the speaker undefined. Quotations with only spaces between share the attribution after the last,
 *    except one that ends its own sentence and whose sentence names its speaker before it.
 * 4. A quotation no words of saying attribute is the person's its sentence opens with, before it (`Yeltsin praised
 *    'my friend George'`), else the one the next sentence names when it points back (`"…" That is what Lavrov said.`).
 * 5. A quotation of four words or more (or left open) with no attribution at all is the person's the sentence right
 *    before it is about, when no one spoke in that sentence (`Lavrov was not persuaded. "…"`); else its previous
 *    speaker's when someone spoke at most two sentences
 *    before: a quotation paragraph that follows another continues it (seed 001's Lavrov), and a quotation after
 *    reported speech is the reporter's source's (`the US Embassy reported ... The USA "is looking forward ..."`),
 *    as is one after a sentence that says whose words follow (`the full text of Trump's remarks`). A transcript's
 *    turn ("FOREIGN MINISTER LAVROV:", "QUESTION:") is its speaker's saying, so that a quotation in a question is
 *    never given to the minister who answered before it.
 * 6. A lead that names its speaker by an indefinite role only ("A top Russian diplomat says …") is the person the next
 *    paragraph opens by saying ({@link identifiedLater}): news delays the name to the second paragraph.
 */

import type { Mention, Quotation, Span } from '../spans.ts';
import { labelEnd } from '../speaker-labels.ts';
import {
  type Antecedent,
  type AttributionText,
  mentionsIn,
  readArticle,
  sentenceAround,
  sentenceOf,
} from './article.ts';
import {
  attributionAfter,
  attributionAtSentenceEnd,
  attributionBefore,
  attributionInNextSentence,
  clauseSays,
  openingSubject,
  sentenceEvent,
} from './frames.ts';
import {
  hasDoubleMarks,
  type QuotedSpan,
  quotedSpans,
  singleQuotedSpans,
  withTypedMarks,
  wordsStart,
} from './marks.ts';
import { type Attribution, lastSaid } from './speakers.ts';

/** How many sentences back an unattributed quotation may find its speaker (rule 5). */
const CONTINUATION_REACH = 2;

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with']);

/**
 * Every direct quotation in an article's blocks, in order, with its speaker among `mentions` when the text names one.
 */
export function findQuotations(typed: string[], mentions: Mention[]): Quotation[] {
  const blocks = typed.map(withTypedMarks);
  const spansOf = hasDoubleMarks(blocks) ? quotedSpans : singleQuotedSpans;
  const quoted = blocks.map((text, block) => spansOf(text, block));
  const article = readArticle(blocks, quoted, mentions);
  const drafts = gatherParagraphs(blocks, quoted);
  const quotations: Quotation[] = [];
  blocks.forEach((text, block) => {
    const label = labelEnd(text);
    if (label !== undefined) article.events.push(turn(article, block, label));
    const starts = article.starts[block] ?? [0];
    starts.forEach((start, index) => {
      const end = starts[index + 1] ?? text.length;
      const spoken = drafts
        .filter(([first]) => first?.block === block && first.start >= start && first.start < end)
        .map((spans) => readQuotation(article, spans))
        .filter((quotation) => quotation !== undefined);
      for (const quotation of spoken) {
        const spans = quotation.spans.map((span) => wholeTypedMarks(typed, span));
        quotations.push({ ...quotation, spans, id: quotations.length + 1 });
      }
      const event = spoken.length === 0 ? sentenceEvent(article, block, start, end) : undefined;
      if (event) article.events.push(event);
    });
  });
  return identifiedLater(article, quotations);
}

/**
 * A lead that names its speaker only by a role ("A top Russian diplomat says the talks have "picked up speed"") and
 * a next paragraph that opens with a named person saying the same ("Deputy Foreign Minister Sergei Ryabkov said
 * that …"): news delays the name to the second paragraph, so the lead's words are that person's. Only an indefinite
 * role ("a", "an") opening the body's first paragraph is so identified; an unnamed source further down stays unnamed.
 */
function identifiedLater(article: AttributionText, quotations: Quotation[]): Quotation[] {
  const lead = article.blocks.findIndex((text) => text.trim() !== '');
  // The lead may open with a dateline ("MOSCOW (Reuters) — A top Russian diplomat says").
  if (lead < 0 || !/^\s*(?:[^.!?]{1,60}?\s(?:—|–|--?)\s+)?(?:A|An)\s+\p{L}/u.test(article.masked[lead] ?? '')) {
    return quotations;
  }
  const first = article.firstSentence[lead] ?? 0;
  const unnamed = article.events.find((event) => event.sentence === first);
  const next = article.events.find((event) => event.sentence === article.firstSentence[lead + 1]);
  if (!unnamed?.said || unnamed.speaker !== undefined || !unnamed.personal) return quotations;
  if (!next?.said || next.speaker === undefined || article.kinds.get(next.speaker) !== 'person') return quotations;
  const speaker = next.speaker;
  return quotations.map((quotation) =>
    quotation.speaker === undefined &&
    quotation.spans.every((span) => sentenceOf(article, span.block, span.start) === first)
      ? { ...quotation, speaker }
      : quotation,
  );
}

/**
 * A quoted span widened to the whole of a typed pair of marks (``…'' or ''…''), which `withTypedMarks` half turned to
 * spaces.
 */
function wholeTypedMarks(typed: string[], span: Span): Span {
  const text = typed[span.block] ?? '';
  const opens = /^(?:``|'')$/.test(text.slice(span.start - 1, span.start + 1));
  const closes = /^(?:``|'')$/.test(text.slice(span.end - 1, span.end + 1));
  return opens || closes ? { ...span, start: span.start - (opens ? 1 : 0), end: span.end + (closes ? 1 : 0) } : span;
}

/** A transcript's turn as a saying: by the person its label names, or by someone unnamed ("QUESTION:"). */
function turn(article: AttributionText, block: number, label: number): Antecedent {
  const person = mentionsIn(article, block, 0, label).find((mention) => mention.kind === 'person');
  return { sentence: sentenceOf(article, block, 0), ...(person && { speaker: person.id }), said: true, personal: true };
}

/** Groups quoted spans into quotations: an open span and the span opening the next block are one quotation. */
function gatherParagraphs(blocks: string[], quoted: QuotedSpan[][]): QuotedSpan[][] {
  const drafts: QuotedSpan[][] = [];
  quoted.forEach((spans, block) => {
    for (const span of spans) {
      const previous = drafts.at(-1);
      const last = previous?.at(-1);
      const opensBlock = span.start === (blocks[block] ?? '').search(/\S/);
      if (previous && last?.open && last.block === block - 1 && opensBlock) previous.push(span);
      else drafts.push([span]);
    }
  });
  return drafts;
}

/** A quotation from its spans, with its speaker, if it is speech; records who spoke for the quotations after it. */
function readQuotation(article: AttributionText, spans: QuotedSpan[]): Omit<Quotation, 'id'> | undefined {
  const first = spans[0] as QuotedSpan;
  const last = spans.at(-1) as QuotedSpan;
  const inner = spans.map((span) => wordsOf(article, span)).join(' ');
  if (!isLong(inner) && !last.open && titlesName(article, last)) return undefined;
  const runEnd = last.open ? undefined : endOfRun(article, last);
  // A quotation that ends its own sentence, which names its speaker before it, is not the run's that follows it:
  // `Pompeo said Trump is "committed." "We differ," he said.`
  const ownSentence = runEnd !== last && endsSentence(article, last);
  const before = ownSentence ? attributionBefore(article, first.block, first.start) : undefined;
  const after = before
    ? undefined
    : runEnd && attributionAfter(article, last.block, runEnd.end, endsSentence(article, runEnd));
  const atEnd = last.open ? undefined : attributionAtSentenceEnd(article, last.block, last.end);
  // A quotation its paragraph leaves open is cut short (a copy that ends mid-quotation, `Yeltsin said, 'The high`):
  // its length says nothing of whether it is speech, and a scare quote or a term is always closed. What it says is
  // its clause's: a verb of saying before it (`said, 'The high`) or its opening its sentence (`"We`) makes it speech,
  // a noun phrase around it (`leave the search for the necessary "solutions`) a term cut off.
  const spoken =
    (isLong(inner) && !isTitle(inner)) ||
    (last.open && opensSentence(article, first)) ||
    after ||
    atEnd ||
    clauseSays(article, first.block, first.start);
  // Words whose opening mark was lost are a quotation only when an attribution follows them (`…,” he went on`).
  if (!spoken || words(inner).length === 0 || (first.unopened && !after)) return undefined;
  const sentence = sentenceOf(article, last.block, last.end - 1);
  const attribution: Attribution | undefined =
    before ??
    reportedBy(article, after, first) ??
    after ??
    attributionBefore(article, first.block, first.start) ??
    atEnd ??
    openingSubject(article, first.block, first.start) ??
    (last.open ? undefined : attributionInNextSentence(article, last.block, last.end)) ??
    // A phrase too short to be speech by itself is speech by its own clause, which names its speaker or no one.
    (isLong(inner) || last.open
      ? (previousSubject(article, sentence, spans) ?? lastSaid(article, sentence, CONTINUATION_REACH))
      : undefined);
  if (attribution) article.events.push({ ...attribution, sentence, said: true });
  return {
    spans: spans.map(({ block, start, end }) => ({ block, start, end })),
    ...(attribution?.speaker && { speaker: attribution.speaker }),
    ...(attribution?.evidence && { evidence: attribution.evidence }),
  };
}

/**
 * Whether a short quoted phrase is a title or an epithet set before a person's name (`support "interim president" Juan
 * Guaido`, `the "Iron Lady" Margaret Thatcher`): it ends on no punctuation of its own, and the name follows it with
 * only a space between. Words a speaker said end a clause; words that qualify a name run straight into it.
 */
function titlesName(article: AttributionText, span: QuotedSpan): boolean {
  const text = article.blocks[span.block] ?? '';
  if (/[.,;:!?…]$/u.test(wordsOf(article, span))) return false;
  const gap = /^ +/u.exec(text.slice(span.end))?.[0].length ?? 0;
  return (
    gap > 0 &&
    article.speakers.some(
      (mention) => mention.block === span.block && mention.start === span.end + gap && mention.kind === 'person',
    )
  );
}

/**
 * The person the sentence right before an unattributed quotation is about, when nobody has spoken since: `Gorbachev
 * would have none of it. "It's not convincing."` News puts a person's words after a sentence about them; an older
 * speaker comes second. Words that name the person are not theirs: people do not call themselves by name.
 */
function previousSubject(article: AttributionText, sentence: number, spans: QuotedSpan[]): Attribution | undefined {
  const event = article.events.at(-1);
  if (!event || event.said || !event.personal || event.speaker === undefined || sentence - event.sentence !== 1) {
    return undefined;
  }
  // Words that name the person ("… Sergei Lavrov, the Russian foreign minister, told me …") are someone else's.
  const named = article.quotedMentions.some(
    (mention) =>
      mention.id === event.speaker &&
      spans.some((span) => span.block === mention.block && span.start < mention.start && mention.end <= span.end),
  );
  return article.kinds.get(event.speaker) === 'person' && !named
    ? { speaker: event.speaker, personal: true }
    : undefined;
}

/**
 * The person a quotation's own sentence says spoke it, before it, when the attribution after it names an organisation:
 * `Putin stressed that "…," the Kremlin said` is Putin's, the Kremlin reporting what he stressed.
 */
function reportedBy(
  article: AttributionText,
  after: Attribution | undefined,
  first: QuotedSpan,
): Attribution | undefined {
  if (!after?.speaker || article.kinds.get(after.speaker) !== 'organisation') return undefined;
  const before = attributionBefore(article, first.block, first.start);
  return before?.speaker && article.kinds.get(before.speaker) === 'person' ? before : undefined;
}

/**
 * The last of the quotations that follow a span with only spaces between (`"..." "..." Lavrov said.` share one
 * attribution).
 */
function endOfRun(article: AttributionText, span: QuotedSpan): QuotedSpan {
  const text = article.blocks[span.block] ?? '';
  let end = span;
  for (const next of article.quoted[span.block] ?? []) {
    if (next.start < end.end) continue;
    if (next.open || text.slice(end.end, next.start).trim() !== '') break;
    end = next;
  }
  return end;
}

/** Whether a quoted span opens its sentence: nothing but spaces between the sentence's start and its mark. */
function opensSentence(article: AttributionText, span: QuotedSpan): boolean {
  const [start] = sentenceAround(article, span.block, span.start);
  return (article.masked[span.block] ?? '').slice(start, span.start).trim() === '';
}

/** Whether a quotation ends its sentence with its own full stop, question or exclamation mark. */
function endsSentence(article: AttributionText, span: QuotedSpan): boolean {
  return /[.!?…]\s*$/.test(wordsOf(article, span));
}

/** A quoted span's words, without its marks: an open span has no closing mark to leave out. */
function wordsOf(article: AttributionText, span: QuotedSpan): string {
  return (article.blocks[span.block] ?? '').slice(wordsStart(span), span.open ? span.end : span.end - 1);
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Long enough to be speech whatever surrounds it; one to three words are more often a term. */
function isLong(text: string): boolean {
  return words(text).length >= 4;
}

/** A title or a name in Title Case with no sentence punctuation ("Strategic Arms Reduction Treaty"). */
function isTitle(text: string): boolean {
  return !/[.,;:!?]/.test(text) && words(text).every((word) => /^\p{Lu}/u.test(word) || MINOR_WORDS.has(word));
}
