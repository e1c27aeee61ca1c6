/**
 * What attribution reads from an article: its blocks with quotations masked, sentences, mentions, and who has spoken.
 */

import nlp from 'compromise';
import type { EntityKind, Mention, Span } from '../spans.ts';
import { maskQuotations, type QuotedSpan } from './marks.ts';
import { isTitleWord, sentenceStarts, stem, type Token, tokens } from './text.ts';

/** Someone the text has just had speak (`said`), or the subject of a sentence: what "he" or "the minister" can mean. */
export interface Antecedent {
  /** Global index of the sentence it happened in. */
  sentence: number;
  /** Undefined when an unnamed person spoke ("a senior U.S. official said"), which a later "he" must not skip. */
  speaker?: string;
  said: boolean;
  /** A person, or an organisation through its spokesman: someone "he" or "she" can stand for. */
  personal: boolean;
}

/** An article prepared for attribution; `events` grows as the quotations are read in order. */
export interface AttributionText {
  blocks: string[];
  masked: string[];
  quoted: QuotedSpan[][];
  /** Each block's sentence starts, and the global index of its first sentence. */
  starts: number[][];
  firstSentence: number[];
  /** Person and organisation mentions outside quotations, in text order: the only possible speakers. */
  speakers: Mention[];
  /** Mentions inside quotations: whom a quotation speaks of. */
  quotedMentions: Mention[];
  kinds: Map<string, EntityKind>;
  /** Stems of the words each person is introduced with ("Russian Foreign Minister"): what "the minister" must match. */
  titles: Map<string, Set<string>>;
  genders: Map<string, 'male' | 'female'>;
  events: Antecedent[];
}

/** Prepares blocks, their quoted spans and the mentions for attribution. */
export function readArticle(blocks: string[], quoted: QuotedSpan[][], mentions: Mention[]): AttributionText {
  const masked = blocks.map((text, block) => maskQuotations(text, quoted[block] ?? []));
  const starts = masked.map(sentenceStarts);
  const firstSentence = starts.map((_, block) => starts.slice(0, block).reduce((sum, list) => sum + list.length, 0));
  const inQuotation = (mention: Mention) =>
    (quoted[mention.block] ?? []).some((span) => mention.start > span.start && mention.start < span.end);
  const speakers = mentions
    .filter((mention) => (mention.kind === 'person' || mention.kind === 'organisation') && !inQuotation(mention))
    .sort((a, b) => a.block - b.block || a.start - b.start);
  return {
    blocks,
    masked,
    quoted,
    starts,
    firstSentence,
    speakers,
    quotedMentions: mentions.filter(inQuotation),
    kinds: new Map(mentions.map((mention) => [mention.id, mention.kind])),
    titles: titlesOf(blocks, mentions),
    genders: withPronounGenders(gendersOf(blocks, mentions), masked, starts, speakers),
    events: [],
  };
}

/** The global index of the sentence an offset of a block falls in. */
export function sentenceOf(article: AttributionText, block: number, offset: number): number {
  const starts = article.starts[block] ?? [0];
  const local = starts.findLastIndex((start) => start <= offset);
  return (article.firstSentence[block] ?? 0) + Math.max(local, 0);
}

/** The start and end offsets of the sentence an offset of a block falls in. */
export function sentenceAround(article: AttributionText, block: number, offset: number): [number, number] {
  const starts = article.starts[block] ?? [0];
  const local = Math.max(
    starts.findLastIndex((start) => start <= offset),
    0,
  );
  return [starts[local] ?? 0, starts[local + 1] ?? article.blocks[block]?.length ?? 0];
}

/** The possible speakers mentioned in a stretch of a block. */
export function mentionsIn(article: AttributionText, block: number, from: number, to: number): Mention[] {
  return article.speakers.filter((mention) => mention.block === block && mention.start < to && mention.end > from);
}

/** A mention's span without its entity fields. */
export function spanOf(mention: Mention): Span {
  return { block: mention.block, start: mention.start, end: mention.end };
}

/** Each person's title stems: the title words just before any of their mentions, and an appositive after one. */
function titlesOf(blocks: string[], mentions: Mention[]): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  for (const mention of mentions.filter((candidate) => candidate.kind === 'person')) {
    const text = blocks[mention.block] ?? '';
    const before = withoutPost(tokens(text, Math.max(0, mention.start - 80), mention.start));
    const cut = before.findLastIndex((token) => !isTitleWord(token));
    const after = tokens(text, mention.end, Math.min(text.length, mention.end + 60));
    const appositive = after[0]?.text === ',' ? leadingTitleWords(after.slice(1)) : [];
    const words = [...before.slice(cut + 1).slice(-6), ...appositive, ...tokens(text, mention.start, mention.end)];
    const set = titles.get(mention.id) ?? new Set<string>();
    for (const word of words) {
      const stemmed = stem(word.text);
      if (stemmed) set.add(stemmed);
    }
    titles.set(mention.id, set);
  }
  return titles;
}

/**
 * Title words with the post they hold dropped from their end: "Ambassador in Washington", "Envoy at the UN" are an
 * ambassador's and an envoy's titles, the place after them being where, not what, the office is.
 */
function withoutPost(before: Token[]): Token[] {
  const at = before.findLastIndex((token) => /^(?:in|at|to)$/.test(token.lower));
  const post = before.slice(at + 1).filter((token) => token.lower !== 'the');
  const holds = at > 0 && isTitleWord(before[at - 1] as Token) && post.length > 0 && post.length <= 3;
  return holds && post.every((token) => /^\p{Lu}/u.test(token.text)) ? before.slice(0, at) : before;
}

/** Each person's gender where a first name (by compromise's name lists) or an honorific ("Ms Rice") tells it. */
/** Words before a name that tell its gender: a courtesy title, or a word for kin ("his wife Cherelle"). */
const GENDERED_BEFORE: [RegExp, 'male' | 'female'][] = [
  [/\b(?:Mr\.?|husband|son|brother|father)\s*$/, 'male'],
  [/\b(?:Mrs|Ms|Miss)\.?\s*$|\b(?:wife|widow|daughter|sister|mother)\s*$/, 'female'],
];

function gendersOf(blocks: string[], mentions: Mention[]): Map<string, 'male' | 'female'> {
  const genders = new Map<string, 'male' | 'female'>();
  const byName = new Map<string, 'male' | 'female' | undefined>();
  for (const mention of mentions.filter((candidate) => candidate.kind === 'person')) {
    const text = blocks[mention.block] ?? '';
    const name = text.slice(mention.start, mention.end);
    // A name repeats through an article; compromise need only read it once.
    if (!byName.has(name)) byName.set(name, nameGender(name));
    const before = text.slice(Math.max(0, mention.start - 10), mention.start);
    const gender = GENDERED_BEFORE.find(([pattern]) => pattern.test(before))?.[1] ?? byName.get(name);
    if (gender) genders.set(mention.id, gender);
  }
  return genders;
}

/**
 * Genders the text's own pronouns tell, for people whose name does not: a sentence that opens with a person and goes
 * on, before naming anyone else, with "she" or "her" and never "he", "him" or "his" (or the other way round) speaks of
 * that person ("Rice says that after seeing the cities burn, she called Lavrov"). A person told both ways is left
 * alone. Quotations are masked, so their pronouns (the speaker's "he" for someone else) do not count.
 */
function withPronounGenders(
  genders: Map<string, 'male' | 'female'>,
  masked: string[],
  starts: number[][],
  speakers: Mention[],
): Map<string, 'male' | 'female'> {
  const told = new Map<string, Set<'male' | 'female'>>();
  masked.forEach((text, block) => {
    const ends = [...(starts[block] ?? [0]).slice(1), text.length];
    (starts[block] ?? [0]).forEach((start, index) => {
      const end = ends[index] ?? text.length;
      const people = speakers.filter((m) => m.block === block && m.start >= start && m.start < end);
      const [first] = people;
      if (first?.kind !== 'person') return;
      const other = people.find((m) => m.kind === 'person' && m.id !== first.id);
      const rest = text.slice(first.end, other?.start ?? end);
      const female = /\b(?:she|her|hers|herself)\b/i.test(rest);
      const male = /\b(?:he|him|his|himself)\b/i.test(rest);
      if (female === male) return;
      told.set(first.id, new Set([...(told.get(first.id) ?? []), female ? 'female' : 'male']));
    });
  });
  for (const [id, seen] of told) {
    const [gender] = seen;
    if (!genders.has(id) && seen.size === 1 && gender) genders.set(id, gender);
  }
  return genders;
}

function leadingTitleWords(list: Token[]): Token[] {
  const stop = list.findIndex((token) => !isTitleWord(token));
  return stop < 0 ? list : list.slice(0, stop);
}

function nameGender(name: string): 'male' | 'female' | undefined {
  const [first] = nlp(name).json() as { terms: { tags: string[] }[] }[];
  const tags = first?.terms[0]?.tags ?? [];
  if (tags.includes('FemaleName')) return 'female';
  return tags.includes('MaleName') ? 'male' : undefined;
}
