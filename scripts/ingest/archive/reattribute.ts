/**
 * Quotations attributed again once the archive has named people an article named only in part. The article's own
 * attribution ran before the archive-wide pass (archive/people.ts), when "Peskov said" or "— сказал Байден" named no
 * one it knew, so the quotation was left with no speaker; with the names the archive lent it marked in the text, the
 * same rules (annotate/quotes/) find the speaker the text names. A speaker found before stays: a name lent by the archive
 * adds a candidate that a role ("российский лидер", "the leader") may take wrongly, where the article's own reading
 * had only the right one.
 */

import { findQuotations, findRussianQuotations } from '../annotate/quotes/index.ts';
import type { Mention, Quotation } from '../annotate/spans.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { type Block, blockText, type Inline } from '../text/document.ts';

const ENTITY_KINDS = new Set(['person', 'organisation', 'place', 'agreement']);

/**
 * The article with each quotation that had no speaker given the one its text, read with the people now marked in it,
 * names; the article as it was when the quotations found then and now are not the same stretches of text. `unlinked` is
 * the article before the archive's pass, whose quotations without a speaker are the ones read again.
 */
export function reattribute(article: IngestedArticle, unlinked: IngestedArticle = article): IngestedArticle {
  const texts = article.blocks.map(blockText);
  const mentions = article.blocks.flatMap((block, index) => mentionsIn(block, index));
  const find = article.frontmatter.language === 'ru' ? findRussianQuotations : findQuotations;
  const found = find(texts, mentions);
  const before = article.frontmatter.quotations ?? [];
  const textOf = (quotation: Quotation) =>
    quotation.spans.map((span) => (texts[span.block] ?? '').slice(span.start, span.end)).join(' ');
  if (found.length !== before.length || found.some((quotation, i) => textOf(quotation) !== before[i]?.text)) {
    return article;
  }
  // A speaker the article's own reading found stays: only a quotation it left without one takes the new reading's. One
  // whose speaker the archive took off (a "Bush" of 1993 is not the gazetteer's Bush of 2001) is left without.
  const open = new Set((unlinked.frontmatter.quotations ?? []).flatMap(({ n, speaker }) => (speaker ? [] : [n])));
  const speakers = new Map(
    before.map(({ n, speaker }) => [n, speaker ?? (open.has(n) ? found[n - 1]?.speaker : undefined)]),
  );
  if (before.every(({ n, speaker }) => speakers.get(n) === speaker)) return article;
  const { mdx: _written, ...rest } = article;
  return {
    ...rest,
    blocks: article.blocks.map((block) => ({ ...block, children: withSpeakers(block.children, speakers) })),
    frontmatter: {
      ...article.frontmatter,
      quotations: before.map(({ speaker: _old, ...quotation }) => {
        const speaker = speakers.get(quotation.n);
        return speaker ? { ...quotation, speaker } : quotation;
      }),
    },
  };
}

/** The mentions a block's marks make, at their offsets in the block's text. */
function mentionsIn(block: Block, index: number): Mention[] {
  const out: Mention[] = [];
  const walk = (children: Inline[], from: number): number => {
    let at = from;
    for (const inline of children) {
      if (inline.type !== 'annotation') {
        at += inline.value.length;
        continue;
      }
      const start = at;
      at = walk(inline.children, at);
      const { mark } = inline;
      if (ENTITY_KINDS.has(mark.kind) && 'id' in mark) {
        out.push({ block: index, start, end: at, id: mark.id, kind: mark.kind as Mention['kind'], by: 'name' });
      }
    }
    return at;
  };
  walk(block.children, 0);
  return out.sort((a, b) => a.start - b.start);
}

/** Inline runs with each quotation mark's speaker as `speakers` gives it by the quotation's number. */
function withSpeakers(children: Inline[], speakers: Map<number, string | undefined>): Inline[] {
  return children.map((inline) => {
    if (inline.type !== 'annotation') return inline;
    const inner = withSpeakers(inline.children, speakers);
    const { mark } = inline;
    if (mark.kind !== 'quote') return { ...inline, children: inner };
    const { speaker: _old, ...rest } = mark;
    const speaker = speakers.get(mark.n);
    return { ...inline, mark: speaker ? { ...rest, speaker } : rest, children: inner };
  });
}
