import type { Paragraph } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Article } from '../schemas/article.ts';
import { earliest } from './dates.ts';

/**
 * The plain text of the first paragraph of an article's MDX body, the words of its annotations included and their
 * marks left out: what a feed reader shows as the article's summary. The MDX is parsed (remark-mdx), never
 * evaluated. Undefined when the body has no paragraph.
 */
export function firstParagraph(body: string): string | undefined {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) return undefined;
  const words: string[] = [];
  visit(paragraph, 'text', (node) => {
    words.push(node.value);
  });
  return words.join('').replace(/\s+/g, ' ').trim() || undefined;
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
