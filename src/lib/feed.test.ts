import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paragraph } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { feedDate, firstParagraph } from './feed.ts';

describe('firstParagraph', () => {
  it('gives the first paragraph as text, with the words of its annotations and without their marks', () => {
    const body =
      '\nThe first meeting of <Person id="sergei-lavrov">Sergei Lavrov</Person> and\n<Person id="hillary-clinton">Clinton</Person> began.\n\nA second paragraph.\n';
    expect(firstParagraph(body)).toBe('The first meeting of Sergei Lavrov and Clinton began.');
  });

  it('gives nothing for a body without a paragraph', () => {
    expect(firstParagraph('')).toBeUndefined();
  });

  it('reads past an element whose blocks are parted by blank lines, as a parse of the whole body does', () => {
    const body =
      '<p>\n\n«Quoted first», <Person id="sergei-lavrov">Lavrov</Person> said.\n\n</p>\n\n```\nfenced\n\nstill fenced\n```\n\nThe paragraph.\n';
    expect(firstParagraph(body)).toBe('The paragraph.');
  });

  it('gives what a parse of the whole body gives, for every article of the archive', () => {
    const dir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
    const bodies = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
      const whole = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
      expect(firstParagraph(body)).toBe(whole ? textOf(whole).replace(/\s+/g, ' ').trim() : undefined);
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
