import { describe, expect, it } from 'vitest';
import { citationMeta } from './citation-meta.ts';
import type { CslItem } from './cite.ts';

const ITEM: CslItem = {
  id: 'x',
  'citation-key': 'x',
  type: 'article-newspaper',
  title: 'Russia and US to resume arms talks',
  'container-title': 'Voice of America',
  author: [{ literal: 'Jane Smith' }, { literal: 'John Doe' }],
  issued: { 'date-parts': [[2011, 3, 3]] },
  language: 'en',
  URL: 'https://archive.example/articles/x/',
  archive: 'Moscow–Washington: a documentary chronicle',
};

const content = (item: CslItem, name: string) =>
  citationMeta(item)
    .filter((tag) => tag.name === name || tag.property === name)
    .map((tag) => tag.content);

describe('citationMeta', () => {
  it('names each writer in a citation_author tag of their own, in order', () => {
    expect(content(ITEM, 'citation_author')).toEqual(['Jane Smith', 'John Doe']);
    expect(content(ITEM, 'DC.creator')).toEqual(['Jane Smith', 'John Doe']);
  });

  it('writes the date as HighWire and Dublin Core want it, as far as it is known', () => {
    expect(content(ITEM, 'citation_publication_date')).toEqual(['2011/03/03']);
    expect(content({ ...ITEM, issued: { 'date-parts': [[2003, 8]] } }, 'DC.date')).toEqual(['2003-08']);
  });

  it('names the outlet with PRISM and the type with Dublin Core, never citation_journal_title', () => {
    expect(content(ITEM, 'prism.publicationName')).toEqual(['Voice of America']);
    expect(content(ITEM, 'DC.type')).toEqual(['NewsItem']);
    expect(content(ITEM, 'citation_journal_title')).toEqual([]);
  });

  it('says a Russian article is in Russian to HighWire, Dublin Core and Open Graph alike', () => {
    const russian = { ...ITEM, language: 'ru' };
    expect(content(russian, 'citation_language')).toEqual(['ru']);
    expect(content(russian, 'DC.language')).toEqual(['ru']);
    expect(content(russian, 'og:locale')).toEqual(['ru_RU']);
    expect(content(ITEM, 'og:locale')).toEqual(['en_US']);
  });

  it('leaves out what is not known', () => {
    const { author: _author, issued: _issued, 'container-title': _outlet, ...bare } = ITEM;
    const names = citationMeta(bare).map((tag) => tag.name ?? tag.property);
    expect(names).not.toContain('citation_author');
    expect(names).not.toContain('citation_publication_date');
    expect(names).not.toContain('prism.publicationName');
    const { language: _language, ...unknown } = ITEM;
    expect(citationMeta(unknown).map((tag) => tag.name ?? tag.property)).not.toContain('og:locale');
  });
});
