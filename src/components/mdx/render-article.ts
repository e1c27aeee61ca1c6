import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import type { ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { leadText } from '../../lib/feed.ts';
import { blocksOf, type Paragraph } from '../../lib/stories.ts';
import { eachParent } from '../../lib/tree-walk.ts';
import { rehypeAnnotations } from './rehype-annotations.ts';
import { remarkGlosses } from './remark-glosses.ts';
import { remarkParagraphIds } from './remark-paragraph-ids.ts';

/**
 * An article's MDX body made HTML once, when the content is loaded, with the passes the site's Markdown
 * configuration runs (astro.config.mjs): paragraph ids, glosses, then every annotation made a plain element, and
 * headings given the ids Astro would give them. An article's MDX holds nothing but Markdown and the archive's
 * annotations, all of which become plain elements (rehype-annotations.ts), so it needs no JavaScript module of its
 * own: compiling a thousand articles into modules for the bundler took most of the build (issue 12), while this
 * HTML is kept in Astro's content store and made again only for an article whose text, or whose entities, changed
 * (article-loader.ts). An element the passes do not know, or an `{expression}`, stops the load with the file's name:
 * the ingest writes neither.
 */

/** What the article renderer needs: the project's folder (for its entities) and the site's base path. */
export interface RenderOptions {
  root: string;
  base: string;
}

/**
 * The HTML of one article, the headings Astro's `render()` reports with it, its blocks as plain text and its first
 * paragraph's.
 */
export interface RenderedArticle {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** The blocks as a story compares them (stories.ts, `blocksOf`), with the frontmatter's `paragraphs` as ids. */
  paragraphs: Paragraph[];
  /** The first paragraph's text, the feed's summary (feed.ts, `leadText`); undefined when the body has none. */
  lead: string | undefined;
}

/** Builds the renderer once; `render` may then be called for every article. */
export function articleRenderer({ root, base }: RenderOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravel)
    .use(remarkParagraphIds)
    .use(remarkGlosses)
    .use(remarkRehype, { passThrough: [...nodeTypes] })
    .use(rehypeIntrinsic)
    .use(rehypeAnnotations, { root, base })
    .use(rehypeHeadingIds);
  return async function render(
    body: string,
    frontmatter: Record<string, unknown>,
    path: string,
  ): Promise<RenderedArticle> {
    const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
    const parsed = processor.parse(file);
    const ids = Array.isArray(frontmatter.paragraphs) ? frontmatter.paragraphs.map(String) : [];
    const paragraphs = blocksOf(parsed, ids);
    // Read before the passes, which make a line holding only an element that element (remarkUnravel, below).
    const lead = leadText(parsed);
    const tree = (await processor.run(parsed, file)) as HastRoot;
    eachParent(tree, (parent) => {
      const node = parent.children.find((child) => (nodeTypes as readonly string[]).includes(child.type));
      if (!node) return;
      const name = 'name' in node && typeof node.name === 'string' ? `<${node.name}>` : `a ${node.type}`;
      const line = node.position?.start.line;
      throw new Error(
        `${path}${line ? `:${line}` : ''}: ${name} is not an annotation the archive knows; the ingest writes none. Run npm run ingest to write the file again.`,
      );
    });
    const astro = (file.data as { astro?: { headings?: RenderedArticle['headings'] } }).astro;
    return { html: toHtml(tree), headings: astro?.headings ?? [], paragraphs, lead };
  };
}

/** An MDX JSX element as it reaches rehype. */
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ElementContent[];
}

/**
 * The HTML elements an article's MDX writes as JSX (the ingest wraps a paragraph that opens with an annotation in a
 * literal `<p>`, so that MDX keeps it a paragraph), made the elements they name, as MDX makes a lower-case name.
 */
function rehypeIntrinsic() {
  return (tree: HastRoot): void => {
    eachParent(tree, (parent) => {
      parent.children = parent.children.map((node) => {
        const jsx = node as unknown as JsxNode;
        if ((jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') || !/^[a-z]/.test(jsx.name ?? ''))
          return node;
        const properties: Record<string, string | true> = {};
        for (const attribute of jsx.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
          else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
        }
        return h(jsx.name ?? 'span', properties, jsx.children ?? []);
      });
    });
  };
}

/**
 * A paragraph that holds nothing but MDX elements (and white space) made those elements, standing as blocks: what
 * MDX itself does before any plugin runs, so that `<p>…</p>` on a line of its own is that paragraph, not one inside
 * another. MDX's own pass is internal to `@mdx-js/mdx` and not exported; this is the same rule, written here.
 */
function remarkUnravel() {
  return (tree: MdastRoot): void => {
    const blank = (child: RootContent) => child.type === 'text' && child.value.trim() === '';
    eachParent(tree, (parent) => {
      parent.children = parent.children.flatMap((node): RootContent[] => {
        if (node.type !== 'paragraph') return [node];
        const jsx = node.children.filter((child) => child.type === 'mdxJsxTextElement');
        if (jsx.length === 0 || !node.children.every((child) => child.type === 'mdxJsxTextElement' || blank(child)))
          return [node];
        // Inline content where blocks go, as MDX has it: an element's content model follows its name, not its place.
        return jsx.map((child) => ({ ...child, type: 'mdxJsxFlowElement' }) as unknown as MdxJsxFlowElement);
      });
    });
  };
}
