import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { VFile } from 'vfile';

/** The frontmatter fields this pass reads, as Astro hands them to remark plugins. */
interface AstroData {
  astro?: { frontmatter?: { paragraphs?: unknown } };
}

/**
 * Gives each block of an article its permalink id, from the `paragraphs` list the ingest wrote to the
 * frontmatter (one id per block, in order; see scripts/ingest/ids.ts), so that chronology evidence and shared
 * links land on the paragraph. Files without the list (theme introductions) are left alone. A list that does
 * not match the blocks means the MDX was edited by hand or is stale, and stops the build. Each paragraph also gets
 * its permalink at its end.
 */
export function remarkParagraphIds() {
  return (tree: Root, file: VFile): void => {
    const ids = (file.data as AstroData).astro?.frontmatter?.paragraphs;
    if (!Array.isArray(ids) || ids.length === 0) return;
    const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
    if (blocks.length !== ids.length) {
      throw new Error(
        `${file.path}: ${blocks.length} blocks but ${ids.length} paragraph ids in its frontmatter; run npm run ingest to rewrite it.`,
      );
    }
    blocks.forEach((node, i) => {
      const id = String(ids[i]);
      if (node.type === 'mdxJsxFlowElement') {
        (node as MdxJsxFlowElement).attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      } else {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      }
      // A paragraph ends with its permalink (Permalink.astro), which shows on hover and focus.
      if (node.type === 'paragraph') {
        node.children.push({
          type: 'mdxJsxTextElement',
          name: 'Permalink',
          attributes: [{ type: 'mdxJsxAttribute', name: 'to', value: id }],
          children: [],
        });
      }
    });
  };
}
