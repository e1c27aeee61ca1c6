import { type ChangeObject, diffArrays, diffWords } from 'diff';
import type { Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article } from '../schemas/article.ts';
import { formatEdtf } from './dates.ts';
import { jaccard, wordSet } from './words.ts';

/** One block of an article's text: its permalink id and its words, without markup. */
export interface Paragraph {
  id: string;
  text: string;
}

/**
 * The blocks of an article's MDX body as plain text, each with the permalink id the ingest gave it (the
 * frontmatter's `paragraphs`, one per block in order, as remark-paragraph-ids.ts applies them). The annotations
 * (people, quotations, repairs) keep their text and lose their markup, so witnesses compare as the words a reader
 * sees.
 */
export function paragraphsOf(body: string, ids: readonly string[]): Paragraph[] {
  return blocksOf(unified().use(remarkParse).use(remarkMdx).parse(body) as Root, ids);
}

/**
 * `paragraphsOf` from the body already parsed (remark-parse with remark-mdx), before any pass changed it: the
 * articles loader keeps each article's blocks so, as it makes the article HTML (render-article.ts), and a story's
 * pages read them instead of parsing every witness again.
 */
export function blocksOf(tree: Root, ids: readonly string[]): Paragraph[] {
  const blocks = tree.children.filter((node: RootContent) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
  return blocks.map((block, i) => ({
    id: ids[i] ?? `block-${i + 1}`,
    text: textOf(block).replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * How much two paragraphs must share to stand side by side as the same paragraph. Measured on the seeds' one
 * story (001 and 002): its paired paragraphs share 0.55–1.0 of their words, while unrelated paragraphs of the same
 * story share at most 0.2, since they are about the same things; half sits well between.
 */
const SAME_PARAGRAPH = 0.5;

/** One row of two witnesses side by side: a paragraph of either or both, and for both, their words compared. */
export interface AlignedRow {
  base?: Paragraph;
  other?: Paragraph;
  /** For a paragraph both witnesses have: the words in order, each common, only in base or only in other. */
  words?: ChangeObject<string>[];
}

/**
 * Two witnesses of a story, paragraph by paragraph. Paragraphs are aligned in order by the `diff` library's
 * sequence diff, with "the same paragraph" meaning sharing at least SAME_PARAGRAPH of their words; a paragraph only
 * one witness has gets a row of its own. Aligned paragraphs are then compared word by word (`diffWords`), so that
 * "defence" against "defense" shows as one word changed.
 */
export function alignWitnesses(base: Paragraph[], other: Paragraph[]): AlignedRow[] {
  // A paragraph retold by another outlet keeps most of its words, whatever their spelling and order.
  const words = new Map([...base, ...other].map((paragraph) => [paragraph, wordSet(paragraph.text)]));
  const same = (a: Paragraph, b: Paragraph) =>
    jaccard(words.get(a) ?? new Set(), words.get(b) ?? new Set()) >= SAME_PARAGRAPH;
  const rows: AlignedRow[] = [];
  let [i, j] = [0, 0];
  for (const part of diffArrays(base, other, { comparator: same })) {
    for (let k = 0; k < part.count; k += 1) {
      const a = part.added ? undefined : base[i++];
      const b = part.removed ? undefined : other[j++];
      if (a && b) rows.push({ base: a, other: b, words: diffWords(a.text, b.text) });
      else if (a) rows.push({ base: a });
      else if (b) rows.push({ other: b });
    }
  }
  return rows;
}

/** What a comparison found, for the story page's summary: paragraphs each witness alone has, and words changed. */
export function differences(rows: AlignedRow[]): { onlyBase: number; onlyOther: number; changed: number } {
  const count = (test: (row: AlignedRow) => boolean) => rows.filter(test).length;
  return {
    onlyBase: count((row) => !row.other),
    onlyOther: count((row) => !row.base),
    // A word replaced by another ("defence", "defense") is one difference, not a removal and an addition.
    changed: rows.reduce(
      (sum, row) =>
        sum +
        (row.words ?? []).filter(
          (part, k, parts) => (part.added || part.removed) && !(part.added && parts[k - 1]?.removed),
        ).length,
      0,
    ),
  };
}

/** A witness as a story names it: its outlet and its date, "China Daily, 30 September 2015". */
export function witnessName(article: Pick<Article, 'outlet' | 'published'>): string {
  const date = article.published && formatEdtf(article.published.edtf);
  return [article.outlet?.value ?? 'Outlet unknown', date].filter(Boolean).join(', ');
}
