/**
 * Who a phrase that attributes speech names: a mention in it, or the person "he", "the minister" or "the statement"
 * points back to.
 */

import type { Mention, Span } from '../spans.ts';
import { type AttributionText, mentionsIn, sentenceAround, sentenceOf, spanOf } from './article.ts';
import { DOCUMENTS, INSTITUTIONS, isWord, PERSON_ROLES, SPOKESPEOPLE, stem, type Token } from './text.ts';

/** A speaker found for an attribution; `speaker` is undefined when the words name no one the mentions know. */
export interface Attribution {
  speaker?: string;
  /** The words that name the speaker: a mention, a pronoun or a role phrase. */
  evidence?: Span;
  /** A person, or an organisation through its spokesman, so that a later "he" or "she" may mean them. */
  personal: boolean;
}

/** How far back "he" or "she" may reach, in sentences; further is a guess. */
const PRONOUN_REACH = 3;
/** How far back "the minister" may reach, in sentences: a title narrows the choice, so it may reach further. */
const ROLE_REACH = 8;

/**
 * The speaker a subject phrase names ("Russian Foreign Minister Sergei Lavrov", "he", "the Secretary", "a U.S. embassy
 * spokesman").
 */
export function namedBy(article: AttributionText, block: number, phrase: Token[]): Attribution {
  const words = phrase.filter(isWord);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return { personal: false };
  const span = { block, start: first.start, end: last.end };
  const named = mentionsIn(article, block, span.start, span.end);
  // "Biden's national security adviser told …": a possessive names whose the speaker is, not the speaker.
  const text = article.blocks[block] ?? '';
  const owns = (mention: Mention) => /^['’]s?\s+\p{L}/u.test(text.slice(mention.end)) && mention.end < span.end;
  const people = named.filter((mention) => mention.kind === 'person' && !owns(mention));
  if (people.length === 0 && named.some((mention) => mention.kind === 'person')) {
    return { personal: true };
  }
  // "Obama and Medvedev declared": several speak, and no one of them is the speaker.
  if (new Set(people.map((mention) => mention.id)).size > 1) return { personal: false };
  if (people[0]) return fromMention(people[0]);
  if (words.length === 1 && /^(he|him|she|her|it)$/.test(first.lower)) return pronoun(article, first, span);
  if (words.length === 1 && first.lower === 'who') return relative(article, span);
  const organisation = named.find((mention) => mention.kind === 'organisation');
  const lower = words.map((word) => word.lower);
  // "a State Department spokesman" after "State Department spokesman Ned Price": a body has one spokesperson.
  const holder =
    organisation && lower.some((word) => SOLE_OFFICES.has(word)) ? officeHolder(article, words, span) : undefined;
  if (holder) return holder;
  if (organisation && lower.some((word) => SPOKESPEOPLE.has(word)))
    return { ...fromMention(organisation), personal: true };
  // A country's possessive makes a role as definite as "the" does: "Russia's top diplomat" is someone named before.
  const possessive = /^\p{Lu}.*['’]s$/u.test(first.text) && !people.some((mention) => mention.start === first.start);
  const definite = ['the', 'this', 'that'].includes(first.lower) || possessive;
  if (definite && lower.some((word) => PERSON_ROLES.has(word) && !SPOKESPEOPLE.has(word))) {
    return byTitle(article, words, span);
  }
  if (organisation) return fromMention(organisation);
  if (definite && INSTITUTIONS.has(last.lower)) return byInstitution(article, last.lower, span);
  if (definite && lower.some((word) => DOCUMENTS.has(word))) {
    const previous = lastSaid(article, sentenceOf(article, block, span.start), PRONOUN_REACH);
    return previous ? { ...previous, evidence: span } : { personal: false };
  }
  // "a senior U.S. official": someone spoke whom the mentions do not know.
  return { personal: words.length <= 5 && lower.some((word) => PERSON_ROLES.has(word)) };
}

/** Offices a body gives one person at a time, so that its spokesman named once is its spokesman again. */
const SOLE_OFFICES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * The person named before `span` whose title in the text holds every word of the phrase ("State Department spokesman
 * Ned Price", then "a State Department spokesman said"), the latest first; none when no one was introduced so.
 */
function officeHolder(article: AttributionText, words: Token[], span: Span): Attribution | undefined {
  const wanted = words.map((word) => stem(word.text)).filter((word) => word !== undefined);
  const holder = article.speakers.findLast(
    (mention) =>
      mention.kind === 'person' &&
      (mention.block < span.block || (mention.block === span.block && mention.end <= span.start)) &&
      wanted.every((word) => article.titles.get(mention.id)?.has(word)),
  );
  return holder ? { ...fromMention(holder), evidence: span } : undefined;
}

/** The attribution a mention makes. */
export function fromMention(mention: Mention): Attribution {
  return { speaker: mention.id, evidence: spanOf(mention), personal: mention.kind === 'person' };
}

/** The speaker of the last thing said within `reach` sentences before `sentence`, if anyone spoke. */
export function lastSaid(article: AttributionText, sentence: number, reach: number): Attribution | undefined {
  const event = article.events.findLast((candidate) => candidate.said);
  if (!event || sentence - event.sentence > reach) return undefined;
  return event.speaker === undefined
    ? { personal: event.personal }
    : { speaker: event.speaker, personal: event.personal };
}

/**
 * "he", "she", "him", "her" or "it": a compatible person named earlier in the same clause chain ("Kerry's interview, during which
 * he said"), else whoever last spoke or was a sentence's subject, else the last person mentioned, never further
 * back than {@link PRONOUN_REACH} sentences. An unnamed speaker in between ("an official said") stops the search.
 */
function pronoun(article: AttributionText, word: Token, span: Span): Attribution {
  const sentence = sentenceOf(article, span.block, span.start);
  const fits = fitsPronoun(article, word.lower);
  const before = article.speakers.filter(
    (mention) =>
      (mention.block < span.block || (mention.block === span.block && mention.end <= span.start)) &&
      sentence - sentenceOf(article, mention.block, mention.start) <= PRONOUN_REACH,
  );
  const afterComma = /,\s*$/.test(article.masked[span.block]?.slice(0, span.start) ?? '');
  const inSentence = before.filter(
    (mention) => sentenceOf(article, mention.block, mention.start) === sentence && fits(mention.id, false),
  );
  const sameSentence = sentenceSubject(article, inSentence, span) ?? inSentence.at(-1);
  if (sameSentence && !afterComma) return { ...fromMention(sameSentence), evidence: span };
  for (const event of article.events.toReversed()) {
    if (sentence - event.sentence > PRONOUN_REACH) break;
    if (event.speaker === undefined) {
      if (event.personal && word.lower !== 'it') return { personal: true };
      continue;
    }
    if (fits(event.speaker, event.personal))
      return { speaker: event.speaker, evidence: span, personal: event.personal };
  }
  const mention = before.findLast((candidate) => fits(candidate.id, false));
  return mention ? { ...fromMention(mention), evidence: span } : { personal: word.lower !== 'it' };
}

/**
 * The person a sentence opens with, as its subject, when a pronoun in a clause hung from it ("which he said", "whom he
 * called") has two people before it: "Trump congratulated Putin on the Cup, which he said was …" is Trump's word, for
 * a pronoun in a dependent clause stands for the main clause's subject rather than its object. The subject opens the
 * sentence with nothing but title words before it, and a possessive ("Putin's aide") is not the subject.
 */
function sentenceSubject(article: AttributionText, inSentence: Mention[], span: Span): Mention | undefined {
  const [first, ...others] = inSentence;
  if (!first || others.length === 0 || first.block !== span.block) return undefined;
  const text = article.masked[span.block] ?? '';
  const [start] = sentenceAround(article, span.block, span.start);
  const lead = text.slice(start, first.start).trim();
  const titled = lead === '' || /^(?:(?:the|[\p{Lu}][\p{L}.'’-]*)\s+)*(?:the|[\p{Lu}][\p{L}.'’-]*)$/u.test(lead);
  const owns = /^['’]s?\b/u.test(text.slice(first.end));
  const between = text.slice(first.end, span.start);
  // Only across a relative word: "which he said", "who he said", "whom he called".
  const dependent = /\b(?:which|who|whom|whose|that)\s+$/iu.test(text.slice(0, span.start));
  return titled && !owns && dependent && !/[.;:]/.test(between) ? first : undefined;
}

/**
 * "…Gen. Anatoly Nogovitsyn, the deputy chief of staff, who said…": the person the relative pronoun follows,
 * the last one mentioned before it in its sentence; no one when the sentence names none before it.
 */
function relative(article: AttributionText, span: Span): Attribution {
  const sentence = sentenceOf(article, span.block, span.start);
  const antecedent = article.speakers.findLast(
    (mention) =>
      mention.block === span.block &&
      mention.end <= span.start &&
      article.kinds.get(mention.id) === 'person' &&
      sentenceOf(article, mention.block, mention.start) === sentence,
  );
  return antecedent ? { ...fromMention(antecedent), evidence: span } : { personal: true };
}

/**
 * Whether an entity can be what a pronoun ("he", "her", "it") stands for; `personal` lets "he" mean an organisation's
 * spokesman.
 */
function fitsPronoun(article: AttributionText, pronoun: string): (id: string, personal: boolean) => boolean {
  return (id, personal) => {
    const kind = article.kinds.get(id);
    if (pronoun === 'it') return kind === 'organisation';
    if (kind === 'organisation') return personal;
    const gender = article.genders.get(id);
    return kind === 'person' && (gender === undefined || gender === (/^(he|him)$/.test(pronoun) ? 'male' : 'female'));
  };
}

/**
 * "the Ministry", "the embassy": the organisation named most recently, within {@link ROLE_REACH} sentences, whose
 * words hold the same noun ("the Russian Foreign Ministry"); none when no such body was named, so that "the
 * ministry" is never a guess.
 */
function byInstitution(article: AttributionText, noun: string, span: Span): Attribution {
  const sentence = sentenceOf(article, span.block, span.start);
  const named = article.speakers.findLast(
    (mention) =>
      mention.kind === 'organisation' &&
      (mention.block < span.block || (mention.block === span.block && mention.end <= span.start)) &&
      sentence - sentenceOf(article, mention.block, mention.start) <= ROLE_REACH &&
      new RegExp(`\\b${noun}\\b`, 'i').test(article.blocks[mention.block]?.slice(mention.start, mention.end) ?? ''),
  );
  return named ? { ...fromMention(named), evidence: span } : { personal: false };
}

/**
 * "the Russian Minister", "the Secretary": the recent speaker or person whose title shares most words with the
 * phrase; none when no one's title shares any, so that "the minister" is never a guess.
 */
function byTitle(article: AttributionText, words: Token[], span: Span): Attribution {
  const sentence = sentenceOf(article, span.block, span.start);
  const wanted = words.map((word) => stem(word.text)).filter((word) => word !== undefined);
  const recentEvents = article.events
    .filter((event) => sentence - event.sentence <= ROLE_REACH && event.speaker !== undefined)
    .map((event) => event.speaker as string);
  const recentMentions = article.speakers
    .filter(
      (mention) =>
        (mention.block < span.block || (mention.block === span.block && mention.end <= span.start)) &&
        sentence - sentenceOf(article, mention.block, mention.start) <= ROLE_REACH,
    )
    .map((mention) => mention.id);
  // Most recent first, speakers before mere mentions: a tie goes to whoever spoke last.
  const candidates = [...recentEvents.toReversed(), ...recentMentions.toReversed()].filter(
    (id) => article.kinds.get(id) === 'person',
  );
  let best: { id: string; score: number } | undefined;
  for (const id of candidates) {
    const titles = article.titles.get(id) ?? new Set();
    const score = wanted.filter((word) => titles.has(word)).length;
    if (score > (best?.score ?? 0)) best = { id, score };
  }
  return best ? { speaker: best.id, evidence: span, personal: true } : { personal: true };
}
