/**
 * Speakers the archive names: a quotation its article's own linking left without a speaker ("«…», — сказал Байден",
 * where only the archive knows "Байден" for Joe Biden) is attributed again once the archive pass has marked the name
 * (people.ts), by the same rules (annotate/quotes/), with the article's marks as its mentions.
 */

import { findQuotations, findRussianQuotations } from '../annotate/quotes/index.ts';
import type { Mention } from '../annotate/spans.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { type Block, blockText, type Inline } from '../text/document.ts';

/** The mentions an article's marks make in one block, at their offsets in its text. */
function marksIn(inlines: Inline[], block: number, at = 0): { mentions: Mention[]; length: number } {
  const mentions: Mention[] = [];
  let offset = at;
  for (const inline of inlines) {
    if (inline.type !== 'annotation') {
      offset += inline.value.length;
      continue;
    }
    const inner = marksIn(inline.children, block, offset);
    const { mark } = inline;
    if (mark.kind !== 'quote' && mark.kind !== 'time' && mark.kind !== 'flag') {
      mentions.push({ block, start: offset, end: offset + inner.length, id: mark.id, kind: mark.kind, by: 'name' });
    }
    mentions.push(...inner.mentions);
    offset += inner.length;
  }
  return { mentions, length: offset - at };
}

/** A block with the speaker set on the marks of the quotations `speakers` names (by their number). */
function speakersIn(inlines: Inline[], speakers: Map<number, string>): Inline[] {
  return inlines.map((inline) => {
    if (inline.type !== 'annotation') return inline;
    const children = speakersIn(inline.children, speakers);
    const { mark } = inline;
    const speaker = mark.kind === 'quote' && !mark.speaker ? speakers.get(mark.n) : undefined;
    return { ...inline, children, mark: speaker ? { ...mark, speaker } : mark };
  });
}

/**
 * A speaker for each quotation that had none where the rules, run again on the article's marks, find one for the same
 * words, by quotation number; none when nothing changes. Found apart from `withSpeakers`, which sets them, so that
 * the people pass can keep them between runs (cache/people-memo.ts): finding them runs the quotation rules again.
 */
export function speakersFound(article: IngestedArticle): [number, string][] {
  const quotations = article.frontmatter.quotations ?? [];
  if (quotations.every(({ speaker }) => speaker)) return [];
  const texts = article.blocks.map(blockText);
  const mentions = article.blocks.flatMap((block, i) => marksIn(block.children, i).mentions);
  const find = article.frontmatter.language === 'ru' ? findRussianQuotations : findQuotations;
  const textOf = (spans: { block: number; start: number; end: number }[]) =>
    spans.map(({ block, start, end }) => texts[block]?.slice(start, end) ?? '').join(' ');
  const speakers = new Map<number, string>();
  for (const found of find(texts, mentions)) {
    const before = quotations.find(({ n }) => n === found.id);
    if (found.speaker && before && !before.speaker && before.text === textOf(found.spans))
      speakers.set(found.id, found.speaker);
  }
  return [...speakers];
}

/** The article with the speakers `speakersFound` gave it set on their quotations; as it was when there are none. */
export function withSpeakers(article: IngestedArticle, found: [number, string][]): IngestedArticle {
  if (found.length === 0) return article;
  const speakers = new Map(found);
  const { mdx: _written, ...rest } = article;
  return {
    ...rest,
    blocks: article.blocks.map((block: Block) => ({ ...block, children: speakersIn(block.children, speakers) })),
    frontmatter: {
      ...article.frontmatter,
      quotations: (article.frontmatter.quotations ?? []).map((quotation) => {
        const speaker = speakers.get(quotation.n);
        return speaker ? { ...quotation, speaker } : quotation;
      }),
    },
  };
}
