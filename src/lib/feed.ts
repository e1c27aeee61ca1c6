import type { Paragraph } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Article } from '../schemas/article.ts';
import { earliest } from './dates.ts';

/** The first paragraph node of `mdx`, or undefined when it has none; throws when `mdx` is not whole MDX. */
function paragraphOf(mdx: string): Paragraph | undefined {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  return tree.children.find((node): node is Paragraph => node.type === 'paragraph');
}

/**
 * The plain text of the first paragraph of an article's MDX body, the words of its annotations included and their
 * marks left out: what a feed reader shows as the article's summary. The MDX is parsed (remark-mdx), never
 * evaluated. Undefined when the body has no paragraph.
 *
 * The feed lists every article, and parsing each whole body took seconds at a thousand articles, so the body is
 * parsed a block at a time: the text up to a blank line, then up to the next, until a paragraph is found. Blocks
 * before a blank line parse as they do in the whole text; a prefix that cuts an element or a fenced block in two
 * does not parse (or gives no paragraph), and the next blank line is tried.
 */
export function firstParagraph(body: string): string | undefined {
  let paragraph: Paragraph | undefined;
  for (let end = body.indexOf('\n\n'); end >= 0 && !paragraph; end = body.indexOf('\n\n', end + 2)) {
    try {
      paragraph = paragraphOf(body.slice(0, end));
    } catch {
      // The prefix cuts an element in two: the next blank line may close it.
    }
  }
  paragraph ??= paragraphOf(body);
  if (!paragraph) return undefined;
  const words: string[] = [];
  visit(paragraph, 'text', (node) => {
    words.push(node.value);
  });
  return words.join('').replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The first paragraph's text the articles loader kept with an article's HTML (`firstParagraph` of its body), or
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
