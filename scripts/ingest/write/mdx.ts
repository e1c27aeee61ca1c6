import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import YAML from 'yaml';
import { type Article, ArticleSchema } from '../../../src/schemas/article.ts';
import type { Block, Inline, Mark } from '../text/document.ts';

/**
 * Serialises an article to MDX: frontmatter validated by the schema the site uses, and the body built
 * as an mdast tree. Seed text only ever becomes `text` nodes, which mdast-util-to-markdown (with the
 * MDX extensions) escapes, so braces, angle brackets, `import` lines or Markdown syntax in a seed stay
 * text. The only elements are the components named here, with string attributes. Every string in the
 * frontmatter is double-quoted, so no YAML parser (Astro's js-yaml reads `2002-04-06` as a date and
 * `0b101` as a number) can read a seed's words as anything but a string.
 */
export function writeMdx(frontmatter: unknown, blocks: Block[]): string {
  const data: Article = ArticleSchema.parse(frontmatter);
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'yaml',
        value: YAML.stringify(data, {
          lineWidth: 0,
          defaultStringType: 'QUOTE_DOUBLE',
          defaultKeyType: 'PLAIN',
        }).trimEnd(),
      },
      ...blocks.map(toNode),
    ],
  };
  return processor.stringify(tree);
}

/**
 * A line that starts with `import ` or `export ` is ESM to MDX, which mdast-util-to-markdown does not
 * know; a character reference for its first letter keeps it text.
 */
const ESM_LINE = [
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
];

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-', unsafe: ESM_LINE })
  .freeze();

function toNode(block: Block): RootContent {
  // An empty text run hides its neighbours from the serialiser, which then misses escapes that depend on them.
  const children = block.children.filter((inline) => inline.type !== 'text' || inline.value !== '').map(toPhrasing);
  if (block.type === 'heading') return { type: 'heading', depth: 2, children } satisfies Heading;
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: onlyComponents(block) ? [explicitParagraph(children)] : children,
  };
  if (block.type === 'paragraph') return paragraph;
  return {
    type: 'mdxJsxFlowElement',
    name: 'Caption',
    attributes: [],
    children: [paragraph],
  } satisfies MdxJsxFlowElement;
}

/** Whether a block's text is all inside components: written alone on a line, MDX would take them for blocks, not a paragraph. */
function onlyComponents(block: Block): boolean {
  return block.children.every((inline) => inline.type !== 'text' || inline.value.trim() === '');
}

/** The children inside a literal `<p>`, so MDX keeps them one paragraph. */
function explicitParagraph(children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'p', attributes: [], children };
}

function toPhrasing(inline: Inline): PhrasingContent {
  if (inline.type === 'text') return { type: 'text', value: inline.value };
  if (inline.type === 'annotation') return element(...markComponent(inline.mark), inline.children.map(toPhrasing));
  const text: PhrasingContent[] = [{ type: 'text', value: inline.value }];
  return inline.type === 'repair' ? element('Repair', { n: String(inline.n) }, text) : element('Dateline', {}, text);
}

/** The component an annotation becomes, and its attributes: strings only, never expressions. */
function markComponent(mark: Mark): [string, Record<string, string | undefined>] {
  switch (mark.kind) {
    case 'person':
      return ['Person', { id: mark.id }];
    case 'place':
      return ['Place', { id: mark.id }];
    case 'organisation':
      return ['Org', { id: mark.id }];
    case 'agreement':
      return ['Agreement', { id: mark.id }];
    case 'quote':
      return ['Quote', { n: String(mark.n), speaker: mark.speaker, last: mark.last ? 'true' : undefined }];
    case 'time':
      return ['Time', { edtf: mark.edtf }];
    case 'flag':
      return ['Flag', { n: String(mark.n) }];
  }
}

function element(
  name: string,
  attributes: Record<string, string | undefined>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).flatMap(([key, value]) =>
      value === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: key, value }],
    ),
    children,
  };
}
