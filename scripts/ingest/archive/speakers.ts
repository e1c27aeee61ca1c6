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
function withSpeakers(inlines: Inline[], speakers: Map<number, string>): Inline[] {
  return inlines.map((inline) => {
    if (inline.type !== 'annotation') return inline;
    const children = withSpeakers(inline.children, speakers);
    const { mark } = inline;
    const speaker = mark.kind === 'quote' && !mark.speaker ? speakers.get(mark.n) : undefined;
    return { ...inline, children, mark: speaker ? { ...mark, speaker } : mark };
  });
}

/**
 * The article with a speaker given to each quotation that had none where the rules, run again on its marks, find one
 * for the same words; every other quotation as it was. Returned as it was when nothing changes.
 */
export function attributeAgain(article: IngestedArticle): IngestedArticle {
  const quotations = article.frontmatter.quotations ?? [];
  if (quotations.every(({ speaker }) => speaker)) return article;
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
  if (speakers.size === 0) return article;
  const { mdx: _written, ...rest } = article;
  return {
    ...rest,
    blocks: article.blocks.map((block: Block) => ({ ...block, children: withSpeakers(block.children, speakers) })),
    frontmatter: {
      ...article.frontmatter,
      quotations: quotations.map((quotation) => {
        const speaker = speakers.get(quotation.n);
        return speaker ? { ...quotation, speaker } : quotation;
      }),
    },
  };
}
