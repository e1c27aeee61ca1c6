import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Paragraph } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleRenderer } from '../components/mdx/render-article.ts';
import { feedDate, leadText } from './feed.ts';

/** An article body as the renderer parses it, before its passes. */
const parsed = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body);

describe('leadText', () => {
  it('gives the first paragraph as text, with the words of its annotations and without their marks', () => {
    const body =
      '\nThe first meeting of <Person id="sergei-lavrov">Sergei Lavrov</Person> and\n<Person id="hillary-clinton">Clinton</Person> began.\n\nA second paragraph.\n';
    expect(leadText(parsed(body))).toBe('The first meeting of Sergei Lavrov and Clinton began.');
  });

  it('gives nothing for a body without a paragraph', () => {
    expect(leadText(parsed(''))).toBeUndefined();
  });

  it('passes over an element whose blocks are parted by blank lines, and a fenced block', () => {
    const body =
      '<p>\n\n«Quoted first», <Person id="sergei-lavrov">Lavrov</Person> said.\n\n</p>\n\n```\nfenced\n\nstill fenced\n```\n\nThe paragraph.\n';
    expect(leadText(parsed(body))).toBe('The paragraph.');
  });

  it('is what the article renderer gives, read before its passes, for every article of the archive', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const render = articleRenderer({ root, base: '/' });
    const dir = join(root, 'content', 'articles');
    const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const whole = parsed(content).children.find((node): node is Paragraph => node.type === 'paragraph');
      const { lead } = await render(content, frontmatter, join(dir, name));
      expect(lead).toBe(whole ? textOf(whole).replace(/\s+/g, ' ').trim() : undefined);
    }
  });
});

describe('feedDate', () => {
  it('dates an article published on a known day on that day', () => {
    expect(feedDate({ edtf: '2015-09-30', provenance: 'stated' })?.toISOString()).toBe('2015-09-30T00:00:00.000Z');
  });

  it('dates an article known to one day in a range on the first day of the range', () => {
    const date = feedDate({ edtf: '[2003-08-07..2003-08-08]', provenance: 'inferred' });
    expect(date?.toISOString()).toBe('2003-08-07T00:00:00.000Z');
  });

  it('gives no date when the year is unknown or no date is known', () => {
    expect(feedDate({ edtf: 'XXXX-03-07', provenance: 'stated' })).toBeUndefined();
    expect(feedDate(undefined)).toBeUndefined();
  });
});
