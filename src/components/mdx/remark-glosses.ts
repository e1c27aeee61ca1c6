import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString as textOf } from 'mdast-util-to-string';
import { eachNode } from '../../lib/tree-walk.ts';

/** The words of a quotation a gloss repeats to point at it: its first few, then an ellipsis. */
const QUOTE_WORDS = 6;

/** A string attribute of an MDX element, if it has one. */
function attribute(node: MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find(
    (each): each is MdxJsxAttribute => each.type === 'mdxJsxAttribute' && each.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

const element = (name: string, attributes: Record<string, string>): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children: [],
});

/** A gloss's entries for one block: the quotations that end in it and the relative dates it resolves. */
function entriesOf(block: RootContent): MdxJsxFlowElement[] {
  const entries: MdxJsxFlowElement[] = [];
  eachNode<Nodes>(block, (node) => {
    if (node.type !== 'mdxJsxTextElement') return;
    if (node.name === 'Quote' && attribute(node, 'last') === 'true') {
      const words = textOf(node).split(/\s+/).filter(Boolean);
      const opening = words.slice(0, QUOTE_WORDS).join(' ') + (words.length > QUOTE_WORDS ? '…' : '');
      const speaker = attribute(node, 'speaker');
      entries.push(
        element('GlossQuote', { n: attribute(node, 'n') ?? '', words: opening, ...(speaker ? { speaker } : {}) }),
      );
    }
    const edtf = node.name === 'Time' ? attribute(node, 'edtf') : undefined;
    // "6 March 2009" says its date; "Friday" does not, and is what a reader needs resolved.
    if (edtf && !/\b\d{4}\b/.test(textOf(node))) entries.push(element('GlossTime', { edtf, text: textOf(node) }));
  });
  return entries;
}

/**
 * Puts what an article's annotations resolve into a gloss after each block, instead of into its sentences: who
 * spoke each quotation, and the day a "Friday" stands for. A reader who copies a passage then gets the article's
 * words alone, and a phone, which shows no tooltips, shows the gloss. Runs after remark-paragraph-ids.ts, so that
 * glosses take no paragraph id; files without paragraph ids (theme introductions) are left alone.
 */
export function remarkGlosses() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: { paragraphs?: unknown } } } }): void => {
    if (!Array.isArray(file.data.astro?.frontmatter?.paragraphs)) return;
    tree.children = tree.children.flatMap((block) => {
      const entries = block.type === 'yaml' || block.type === 'mdxjsEsm' ? [] : entriesOf(block);
      return entries.length === 0 ? [block] : [block, { ...element('Gloss', {}), children: entries }];
    });
  };
}
