import { describe, expect, it } from 'vitest';
import { highlightParams, readQuery, writeQuery } from './query.ts';

describe('a search in the address', () => {
  it('reads the words, every filter value and the sort', () => {
    expect(readQuery('?q=reset&theme=The+reset&year=2009&year=2015&sort=newest')).toEqual({
      q: 'reset',
      filters: { theme: ['The reset'], year: ['2009', '2015'] },
      sort: 'newest',
    });
  });

  it('round-trips', () => {
    const query = { q: 'Лавров', filters: { person: ['Sergei Lavrov'], type: ['article'] }, sort: 'oldest' as const };
    expect(readQuery(writeQuery(query))).toEqual(query);
  });

  it('ignores what it does not know', () => {
    expect(readQuery('?q=&colour=red&sort=random')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
});

describe('the words a result highlights', () => {
  it('gives each word its own parameter and a quoted phrase one', () => {
    expect(highlightParams('Lavrov "reset button"')).toBe(
      'pagefind-highlight=Lavrov&pagefind-highlight=reset%20button',
    );
  });
});
