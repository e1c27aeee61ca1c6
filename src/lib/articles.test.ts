import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../schemas/article.ts';
import { newestOf, onTheme, yearSpan } from './articles.ts';

/** A minimal article: its slug, its themes and, optionally, its publication date as EDTF. */
function article(id: string, themes: string[], edtf?: string) {
  const data = ArticleSchema.parse({
    title: id,
    language: 'en',
    seed: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'UTF-8' },
    themes: themes.map((theme) => ({ id: theme, by: 'machine' })),
    ...(edtf ? { published: { edtf, provenance: 'stated' } } : {}),
  });
  return { id, data };
}

describe('onTheme', () => {
  it('keeps the articles that have the theme, in the order given, and no other', () => {
    const articles = [article('a', ['iraq']), article('b', ['syria']), article('c', ['reset', 'iraq'])];
    expect(onTheme(articles, 'iraq').map(({ id }) => id)).toEqual(['a', 'c']);
    expect(onTheme(articles, 'iran')).toEqual([]);
  });
});

describe('newestOf', () => {
  it('gives the articles the slugs name, newest first, undated last, passing over a slug no article has', () => {
    const articles = [article('a', [], '2003-08-07'), article('b', []), article('c', [], '2015-09-30')];
    const bySlug = new Map(articles.map((each) => [each.id, each]));
    expect(newestOf(['a', 'gone', 'b', 'c'], bySlug).map(({ id }) => id)).toEqual(['c', 'a', 'b']);
  });
});

describe('yearSpan', () => {
  it('spans the earliest to the latest year of publication, uncertain dates by the year they start in', () => {
    const articles = [article('a', [], '2015-09-30'), article('b', [], '[2003-08-07..2003-08-08]'), article('c', [])];
    expect(yearSpan(articles)).toBe('2003–2015');
  });

  it('gives one year when every dated article is from that year', () => {
    expect(yearSpan([article('a', [], '2009-03-07'), article('b', [], '2009-04')])).toBe('2009');
  });

  it('gives nothing when no article is dated', () => {
    expect(yearSpan([article('a', [])])).toBeUndefined();
    expect(yearSpan([])).toBeUndefined();
  });
});
