import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT } from '../../test/paths.ts';
import { type Article, ArticleSchema } from '../schemas/article.ts';
import { bylineAuthors, citationKey, citations, cslItem } from './cite.ts';

/** The frontmatter of a generated article, as the site reads it. */
function frontmatter(slug: string): Article {
  const mdx = readFileSync(join(CONTENT, 'articles', `${slug}.mdx`), 'utf8');
  return ArticleSchema.parse(parse(mdx.split(/^---$/m)[1] ?? ''));
}

const SITE = 'https://archive.example/articles/';
const SYRIA = 'russia-us-agree-to-cooperate-in-solving-syria-crisis-russian';
const GNN9 = 'russia-us-agree-to-cooperate-in-solving-syria-crisis';
const IRAQ = 'russia-and-the-united-states-pledge-joint-efforts-for';
const RESET = 'the-us-and-russia-began-restart-relations';
const VOA = 'russia-pledges-support-for-powell-mideast-mission';

function cite(slug: string, change: Partial<Article> = {}) {
  const item = cslItem(slug, { ...frontmatter(slug), ...change }, `${SITE}${slug}/`);
  return { item, ...citations(item) };
}

describe('cslItem on the seeds', () => {
  it('cites the China Daily copy as a newspaper article of 30 September 2015 in China Daily, at its archive page', () => {
    const { item } = cite(SYRIA);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Russia, US agree to cooperate in solving Syria crisis: Russian FM',
      'container-title': 'China Daily',
      issued: { 'date-parts': [[2015, 9, 30]] },
      URL: `${SITE}${SYRIA}/`,
      language: 'en',
      archive: 'Moscow–Washington: a documentary chronicle',
      note: 'Wire copy credited to Xinhua.',
    });
    expect(item.author).toBeUndefined();
  });

  it('gives the Iraq article, dated one of two days by the editors, only its month, and its devised title in brackets', () => {
    const { item } = cite(IRAQ);
    expect(item.issued).toEqual({ 'date-parts': [[2003, 8]] });
    expect(item.title).toBe('[Russia and the United States pledge joint efforts for post-war Iraq]');
    expect(item['container-title']).toBeUndefined();
  });

  it('cites the GNN9 copy at its archive page, not at the masthead address the seed gives', () => {
    const { item } = cite(GNN9);
    expect(item.URL).toBe(`${SITE}${GNN9}/`);
    expect(JSON.stringify(item)).not.toContain('gnn9.com');
    expect(item.note).toBe('Wire copy credited to IANS.');
  });

  it('credits each writer of a byline as an author, and marks an approximate date "circa"', () => {
    const { item } = cite(RESET, {
      byline: 'Jane Smith and John Doe',
      published: { edtf: '2009-03~', provenance: 'editorial' },
    });
    expect(item.author).toEqual([{ literal: 'Jane Smith' }, { literal: 'John Doe' }]);
    expect(item.issued).toEqual({ 'date-parts': [[2009, 3]], circa: true });
  });

  it('gives no date when the year is unknown, and no language for an undetermined one', () => {
    const { item } = cite(RESET, { published: { edtf: 'XXXX-03-07', provenance: 'stated' }, language: 'und' });
    expect(item.issued).toBeUndefined();
    expect(item.language).toBeUndefined();
  });
});

describe('citations on the seeds', () => {
  it('writes the VOA article in APA style', () => {
    expect(cite(VOA).text).toBe(
      `Russia Pledges Support for Powell Mideast Mission. (2002, April 6). Voice of America. Moscow–Washington: a documentary chronicle. ${SITE}${VOA}/`,
    );
  });

  it('writes an undated-by-day, outlet-less article in APA style with what is known', () => {
    expect(cite(IRAQ).text).toBe(
      `[Russia and the United States pledge joint efforts for post-war Iraq]. (2003, August). Moscow–Washington: a documentary chronicle. ${SITE}${IRAQ}/`,
    );
  });

  it('writes BibLaTeX with the outlet as journaltitle, the ISO date and the slug (with underscores) as key', () => {
    const { bibtex } = cite(IRAQ);
    expect(bibtex).toMatch(new RegExp(`^@article\\{${IRAQ.replaceAll('-', '_')},`));
    expect(bibtex).toContain('date = {2003-08}');
    expect(cite(SYRIA).bibtex).toContain('journaltitle = {China Daily}');
  });

  it('writes RIS as a NEWS record with the full date in DA, no truncated ID and no line cut', () => {
    const lines = cite(RESET).ris.split('\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain('DA  - 2009/03/07');
    expect(lines).toContain('PY  - 2009');
    expect(lines).toContain(`UR  - ${SITE}${RESET}/`);
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('ID'))).toEqual([]);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('writes CSL-JSON that reads back as the item, its date on one line', () => {
    const { item, csl } = cite(GNN9);
    expect(JSON.parse(csl)).toEqual([item]);
    expect(csl).toContain('"date-parts": [[2015, 9, 30]]');
  });

  it('keeps a Russian headline in Cyrillic in every format, with its language', () => {
    const title = 'Россия и США договорились о сотрудничестве по Сирии';
    const russian = cite(SYRIA, { title, language: 'ru' });
    expect(russian.item.language).toBe('ru');
    expect(russian.text).toContain(title);
    expect(russian.bibtex).toContain('language = {ru}');
    expect(russian.bibtex).toContain(`title = {${title}}`);
    expect(russian.ris).toContain(`TI  - ${title}`);
    expect(JSON.parse(russian.csl)[0].title).toBe(title);
  });

  it('writes the same bytes twice', () => {
    expect(cite(RESET)).toEqual(cite(RESET));
  });
});

describe('bylineAuthors', () => {
  it('splits writers joined by "and", "&" or ";", keeping each name whole', () => {
    expect(bylineAuthors('Jane Smith & John Doe; Ann Lee')).toEqual(['Jane Smith', 'John Doe', 'Ann Lee']);
    expect(bylineAuthors('Jonathan Wright')).toEqual(['Jonathan Wright']);
    expect(bylineAuthors(undefined)).toEqual([]);
  });
});

describe('citations kept between builds', () => {
  it('keeps the reference in words under CITATION_CACHE, gives it again from there, and writes it anew for another item', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chronicle-citations-'));
    const before = process.env.CITATION_CACHE;
    process.env.CITATION_CACHE = folder;
    try {
      const uncached = cite(SYRIA);
      const first = cite(SYRIA);
      expect(first.text).toBe(uncached.text);
      expect(readFileSync(join(folder, `${citationKey(first.item)}.txt`), 'utf8')).toBe(first.text);
      // What is kept is what is given: citeproc is not asked again for the same item.
      writeFileSync(join(folder, `${citationKey(first.item)}.txt`), 'kept words');
      expect(cite(SYRIA).text).toBe('kept words');
      // A changed headline is another item, another key.
      const retitled = cite(SYRIA, { title: 'Another headline' });
      expect(citationKey(retitled.item)).not.toBe(citationKey(first.item));
      expect(retitled.text).toContain('Another headline');
    } finally {
      if (before === undefined) delete process.env.CITATION_CACHE;
      else process.env.CITATION_CACHE = before;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
