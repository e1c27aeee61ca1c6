import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import YAML from 'yaml';
import { type Article, ArticleSchema } from '../../src/schemas/article.ts';
import type { Block, Inline } from './document.ts';

/**
 * Serialises an article to MDX: frontmatter validated by the schema the site uses, and the body built
 * as an mdast tree. Seed text only ever becomes `text` nodes, which mdast-util-to-markdown (with the
 * MDX extensions) escapes, so braces, angle brackets, `import` lines or Markdown syntax in a seed stay
 * text. The only elements are the components named here, with string attributes. YAML 1.1 quoting keeps
 * values such as `2002-04-06` or `no` strings for parsers that would read them as dates or booleans.
 */
export function writeMdx(frontmatter: unknown, blocks: Block[]): string {
  const data: Article = ArticleSchema.parse(frontmatter);
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: YAML.stringify(data, { lineWidth: 0, version: '1.1' }).trimEnd() }, ...blocks.map(toNode)],
  };
  return processor.stringify(tree);
}

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
  .freeze();

function toNode(block: Block): RootContent {
  const children = block.children.map(toPhrasing);
  if (block.type === 'heading') return { type: 'heading', depth: 2, children } satisfies Heading;
  const paragraph: Paragraph = { type: 'paragraph', children };
  if (block.type === 'paragraph') return paragraph;
  return { type: 'mdxJsxFlowElement', name: 'Caption', attributes: [], children: [paragraph] } satisfies MdxJsxFlowElement;
}

function toPhrasing(inline: Inline): PhrasingContent {
  if (inline.type === 'text') return { type: 'text', value: inline.value };
  const text: PhrasingContent = { type: 'text', value: inline.value };
  const element: MdxJsxTextElement =
    inline.type === 'repair'
      ? { type: 'mdxJsxTextElement', name: 'Repair', attributes: [attribute('n', String(inline.n))], children: [text] }
      : { type: 'mdxJsxTextElement', name: 'Dateline', attributes: [], children: [text] };
  return element;
}

function attribute(name: string, value: string): MdxJsxTextElement['attributes'][number] {
  return { type: 'mdxJsxAttribute', name, value };
}
