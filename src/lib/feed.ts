import type { Nodes, Paragraph, Root } from 'mdast';
import type { Article } from '../schemas/article.ts';
import { earliest } from './dates.ts';
import { eachNode } from './tree-walk.ts';

/**
 * The plain text of the first paragraph of an article's MDX body, parsed (remark-mdx, never evaluated), the words of
 * its annotations included and their marks left out: what a feed reader shows as the article's summary. The article
 * renderer gives it from the tree it parses (render-article.ts), before its passes change the tree, so that no body is
 * parsed twice. Undefined when the body has no paragraph.
 */
export function leadText(tree: Root): string | undefined {
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) return undefined;
  return textsOf(paragraph).join('').replace(/\s+/g, ' ').trim() || undefined;
}

/** The values of the text nodes under `node`, in order. */
function textsOf(node: Nodes): string[] {
  const texts: string[] = [];
  eachNode(node, (each) => {
    if (each.type === 'text') texts.push(each.value);
  });
  return texts;
}

/**
 * The first paragraph's text the articles loader kept with an article's HTML (`leadText` of its body), or
 * undefined when the body has none.
 */
export function leadOf(rendered: { metadata?: Record<string, unknown> } | undefined): string | undefined {
  const lead = rendered?.metadata?.lead;
  return typeof lead === 'string' ? lead : undefined;
}

/**
 * The instant a feed gives as an article's publication (RSS 2.0 `pubDate` is one exact date). For an uncertain or
 * approximate date (`2003-09~`, `[2003-08-07..2003-08-08]`) it is the earliest day the EDTF value allows, the day
 * the site's own lists sort the article by (articles.ts), so that the feed and the site agree on the order; the
 * article's page says how uncertain the date is. Undefined when the year is unknown (`XXXX-03-07`) or no date is
 * known: the article is still in the feed, without a date, rather than with one the archive does not have.
 */
export function feedDate(published: Article['published']): Date | undefined {
  const min = published ? earliest(published.edtf) : undefined;
  return min === undefined ? undefined : new Date(min);
}
