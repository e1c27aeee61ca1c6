/**
 * Direct quotations in Russian text and who spoke them. The rules, in the order they apply:
 *
 * 1. Quotations are the top-level quoted stretches of a block (russian-marks.ts). One of four words or more is
 *    speech; a shorter one only when its sentence attributes it (`высказываниями госсекретаря о возможности
 *    "внесения дополнений"`, `«Всё решено», — сказал он`); a short capitalised one with no attribution right after it
 *    is a name («Известий», `в интервью «Известиям»`).
 * 2. The speaker is read from the reporter's words inside the quotation (`"…, - сказал он. - …"`, one quotation in
 *    two pieces), else right after
 *    it (`», — заявил Лавров`, `», — отметил министр`), else before it in its sentence: the nearest `по словам X`,
 *    noun of speech with a name after it (`высказываниями госсекретаря Тиллерсона`) or verb of saying with its
 *    subject (`Лавров заявил: «`, `заявил президент России Владимир Путин`), else in the next sentence when it refers
 *    back to the quotation (`«…». Об этом заявил Сергей Лавров.`).
 * 3. "он", "она" mean whoever last spoke or was a sentence's subject within three sentences; a role ("министр",
 *    "глава МИД") means the recent person whose title in the text shares a word with it, or the only person
 *    recently named.
 * 4. A quotation with no attribution is the previous speaker's when someone spoke at most two sentences before.
 * 5. A quotation after an invitation to read or follow ("Читайте также: «…»") is the title of another page: not speech.
 */

import { stem } from '../russian/forms.ts';
import type { Mention, Quotation, Span } from '../spans.ts';
import { isSayingVerb, type RussianQuote, russianQuotes } from './russian-marks.ts';
import { type Context, type Event, type Found, named, POSSESSIVES, spanOf, titles } from './russian-speakers.ts';

/** Stems of nouns of speech that take the speaker after them: "по словам", "по мнению", "высказываниями", "в заявлении". */
const SPEECH_NOUNS = new Set(['слов', 'мнен', 'высказыван', 'заявлен', 'выступлен', 'интервью', 'обращен', 'сообщен']);
/** "По данным CNN": whose figures or findings a report gives, as "по словам" gives whose words. */
const FINDINGS = /^(?:по\s+данным|по\s+информации)$/iu;
/**
 * A sentence that opens with an invitation to read, watch, listen or follow ("Читайте также:", "Следите за развитием
 * событий:", "Смотрите видео:"): what it quotes is the title of something else on the site, not speech.
 */
const PROMOTION = /^\s*(?:Читайте|Следите|Смотрите|Слушайте|Подписывайтесь|Узнавайте)(?![\p{L}])[^«"„]*:\s*$/u;
/** Sentences back an unattributed quotation may find its speaker (rule 4). */
const CONTINUATION_REACH = 2;

/** Every direct quotation of a Russian-language article, in order, with its speaker when the text names one. */
export function findRussianQuotations(blocks: string[], mentions: Mention[]): Quotation[] {
  const quotes = blocks.map((text, block) => russianQuotes(text, block));
  const masked = blocks.map((text, block) => mask(text, quotes[block] ?? []));
  const inQuote = (m: Mention) =>
    (quotes[m.block] ?? []).some((q) => q.pieces.some((p) => p.start < m.start && m.start < p.end));
  const speakers = mentions.filter((m) => (m.kind === 'person' || m.kind === 'organisation') && !inQuote(m));
  const context: Context = {
    blocks,
    masked,
    people: speakers.filter((m) => m.kind === 'person'),
    speakers,
    titles: titles(masked, speakers),
    events: [],
  };
  const quotations: Quotation[] = [];
  let sentence = 0;
  blocks.forEach((_, block) => {
    for (const [start, end] of sentences(masked[block] ?? '')) {
      const subject = sentenceSubject(context, block, start, end, sentence);
      if (subject) context.events.push(subject);
      for (const quote of (quotes[block] ?? []).filter((q) => q.pieces[0] && inRange(q.pieces[0], start, end))) {
        const found = attribute(context, quote, block, start, sentence);
        if (found === undefined) continue;
        const [speaker, evidence, owner] = found;
        if (speaker && !owner) context.events.push({ sentence, speaker, said: true });
        // «…, — сказал он. — …» is one quotation the reporter's words interrupt: one id, a span for each piece.
        quotations.push({
          id: quotations.length + 1,
          spans: [...quote.pieces],
          ...(speaker ? { speaker } : {}),
          ...(evidence ? { evidence } : {}),
        });
      }
      sentence++;
    }
  });
  return quotations;
}

function inRange(span: Span, start: number, end: number): boolean {
  return span.start >= start && span.start < end;
}

/** The block with quoted words replaced by underscores, so that only the reporter's words are read. */
function mask(text: string, quotes: RussianQuote[]): string {
  const characters = text.split('');
  for (const quote of quotes) {
    for (const piece of quote.pieces) {
      for (let at = piece.start + 1; at < piece.end - 1; at++) {
        if (!/\s/.test(characters[at] ?? '')) characters[at] = '_';
      }
    }
  }
  return characters.join('');
}

/** A block's sentences as [start, end): ends at . ! ? … before a space and a capital, dash or quotation mark. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  // A single capital before the full stop is an initial ("И. Иванова"), not a sentence's end.
  for (const match of text.matchAll(/(?<!(?:^|\s)\p{Lu})[.!?…]+(?=\s+[\p{Lu}«"„—–-])/gu)) {
    const end = match.index + match[0].length;
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** Speaker (an entry id, or undefined for no one known) and evidence; undefined when the quotation is not speech. */
function attribute(
  context: Context,
  quote: RussianQuote,
  block: number,
  sentenceStart: number,
  sentence: number,
): Found | undefined {
  const text = context.blocks[block] ?? '';
  const first = quote.pieces[0] as Span;
  const last = quote.pieces.at(-1) as Span;
  const inner = quote.pieces.map((piece) => text.slice(piece.start + 1, piece.end - 1)).join(' ');
  const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
  const inserted = quote.inserted && named(context, block, quote.inserted.start, quote.inserted.end, sentence);
  const after = quote.open ? undefined : afterQuote(context, block, last.end, sentence);
  const before = beforeQuote(context, block, sentenceStart, first.start, sentence);
  // "Следите за трансляцией: «Саммит в Женеве: все новости»": an invitation to read or watch quotes a title.
  if (PROMOTION.test(text.slice(sentenceStart, first.start))) return undefined;
  const found =
    inserted ?? after ?? before ?? (quote.open ? undefined : nextSentence(context, block, last.end, sentence));
  // A short capitalised quotation before which the sentence says something is a title ("в интервью «Известиям»").
  const title = /^\p{Lu}/u.test(inner.trim()) && !(inserted ?? after);
  if (words.length === 0 || (words.length < 4 && (!found || title))) return undefined;
  if (found) return found;
  const previous = context.events.findLast((event) => event.said);
  return previous && sentence - previous.sentence <= CONTINUATION_REACH
    ? [previous.speaker, undefined]
    : [undefined, undefined];
}

/**
 * A back-reference opening the sentence after a quotation that says who spoke: "Об этом заявил Сергей Лавров", "Так
 * ответил министр", "Эти слова принадлежат …".
 */
const BACK_REFERENCE = /^\s*(?:Об этом|Это|Так|Эти слова|Такое заявление|Такое мнение)(?![\p{L}])/u;

/** The speaker the next sentence names when it opens with a back-reference to the quotation (rule 2). */
function nextSentence(context: Context, block: number, from: number, sentence: number): Found | undefined {
  const text = context.masked[block] ?? '';
  const end = text.slice(from).search(/[.!?…](?:\s|$)/u);
  if (end < 0) return undefined;
  const start = from + end + 1;
  if (!BACK_REFERENCE.test(text.slice(start))) return undefined;
  const stop = text.slice(start).search(/[.!?…](?:\s|$)/u);
  const close = stop < 0 ? text.length : start + stop;
  for (const word of text.slice(start, close).matchAll(/[\p{L}-]+/gu)) {
    if (isSayingVerb(word[0])) return subjectOf(context, block, start, start + word.index, close, sentence + 1);
  }
  return undefined;
}

/** The attribution after a closing mark: `», — сказал Лавров`, up to the sentence's end or the next quotation. */
function afterQuote(context: Context, block: number, from: number, sentence: number): Found | undefined {
  const rest = (context.masked[block] ?? '').slice(from);
  const lead = /^["»“”]*\s*[,.!?…]?\s*[-–—]\s+/u.exec(rest);
  if (!lead) return undefined;
  const stop = rest.slice(lead[0].length).search(/[.!?…](?:\s|$)|[«"„]/u);
  const end = from + lead[0].length + (stop < 0 ? rest.length - lead[0].length : stop);
  const words = (context.masked[block] ?? '').slice(from + lead[0].length, end).split(/[\s,]+/);
  // "— так предваряет газета интервью": "так" after the dash makes any verb after it one of saying.
  const so = words[0] === 'так' && words.length > 2;
  if (!so && !words.some(isSayingVerb)) return undefined;
  return named(context, block, from + lead[0].length, subjectEnd(context.masked[block] ?? '', from, end), sentence);
}

/**
 * Where the subject after a verb of saying ends: at the first preposition or comma after a capitalised word ("— сказал
 * Буш после переговоров с Игорем Ивановым" is Bush's; the one he met is in the adjunct). A preposition before any name
 * opens an adjunct that comes first ("— заявил в среду Лавров").
 */
function subjectEnd(text: string, from: number, end: number): number {
  let named = false;
  for (const word of text.slice(from, end).matchAll(/[\p{L}-]+|,/gu)) {
    // "— так предваряет газета интервью, которое дал министр": a comma after the subject ends it.
    if (named && (PREPOSITIONS.has(word[0]) || word[0] === ',')) return from + word.index;
    named ||= /^\p{Lu}/u.test(word[0]);
  }
  return end;
}

/** Russian prepositions that open an adjunct after a verb's subject. */
const PREPOSITIONS = new Set(
  'после перед во в на с со по при у к о об для из от до за между накануне во время'.split(' '),
);

/** The nearest attribution before a quotation in its sentence, read backwards from the quotation. */
function beforeQuote(context: Context, block: number, start: number, at: number, sentence: number): Found | undefined {
  const text = context.masked[block] ?? '';
  const cues = [...text.slice(start, at).matchAll(/[\p{L}-]+/gu)].reverse();
  for (const [n, cue] of cues.entries()) {
    const position = start + cue.index;
    const findings = FINDINGS.test(`${cues[n + 1]?.[0] ?? ''} ${cue[0]}`);
    if (SPEECH_NOUNS.has(stem(cue[0])) || findings) {
      const person = context.speakers.find((m) => m.block === block && m.start > position && m.start < at);
      if (person) return [person.id, spanOf(person), true];
      // "По ее словам, …": the pronoun stands for whoever spoke last.
      const owner = cues[n + 1];
      if (owner && POSSESSIVES.test(owner[0])) return named(context, block, start + owner.index, position, sentence);
    }
    if (isSayingVerb(cue[0])) return subjectOf(context, block, start, position, at, sentence);
  }
  return undefined;
}

/** The subject of a verb of saying: a name in its clause before it, else after it (`заявил министр Лавров`). */
function subjectOf(
  context: Context,
  block: number,
  start: number,
  verb: number,
  end: number,
  sentence: number,
): Found | undefined {
  const text = context.masked[block] ?? '';
  const clause = Math.max(start, text.lastIndexOf(',', verb) + 1);
  return (
    named(context, block, clause, verb, sentence) ??
    beforeAside(context, block, start, clause, verb, sentence) ??
    named(context, block, verb, subjectEnd(text, verb, end), sentence)
  );
}

/** The most words a parenthetical between a subject and its verb has ("в свою очередь", "в частности"). */
const ASIDE_WORDS = 4;

/**
 * The subject before a parenthetical set off by commas that ends right before the verb: "Лавров, в свою очередь,
 * заявил": the clause after the last comma is empty, and the one before it a few lowercase words.
 */
function beforeAside(
  context: Context,
  block: number,
  start: number,
  clause: number,
  verb: number,
  sentence: number,
): Found | undefined {
  const text = context.masked[block] ?? '';
  if (clause <= start || text.slice(clause, verb).trim() !== '') return undefined;
  const open = text.lastIndexOf(',', clause - 2);
  const aside = text.slice(open + 1, clause - 1).trim();
  if (open < start || !/^\p{Ll}[\p{L}\s]*$/u.test(aside) || aside.split(/\s+/).length > ASIDE_WORDS) return undefined;
  return named(context, block, Math.max(start, text.lastIndexOf(',', open - 1) + 1), open, sentence);
}

/** The person a sentence is about: the speaker of its verb of saying, else the first person it names. */
function sentenceSubject(
  context: Context,
  block: number,
  start: number,
  end: number,
  sentence: number,
): Event | undefined {
  const text = context.masked[block] ?? '';
  for (const word of text.slice(start, end).matchAll(/[\p{L}-]+/gu)) {
    if (!isSayingVerb(word[0])) continue;
    const [speaker] = subjectOf(context, block, start, start + word.index, end, sentence) ?? [];
    if (speaker) return { sentence, speaker, said: true };
  }
  const first = context.people.find((m) => m.block === block && m.start >= start && m.start < end);
  return first ? { sentence, speaker: first.id, said: false } : undefined;
}
