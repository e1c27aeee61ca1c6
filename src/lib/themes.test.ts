import { describe, expect, it } from 'vitest';
import { EntityRecordSchema, QuoteRecordSchema } from '../schemas/data.ts';
import { keyQuotes, peopleIn } from './themes.ts';

function entity(id: string, name: string, kind: 'person' | 'place', articles: string[]) {
  return {
    id,
    data: EntityRecordSchema.parse({
      id,
      name,
      description: `${name}, for the tests`,
      kind,
      automatic: false,
      articles,
    }),
  };
}

function quote(article: string, n: number, text: string, published?: string, speaker?: string) {
  const data = QuoteRecordSchema.parse({ article, n, text, published, speaker });
  return { id: `${article}/${n}`, data };
}

describe('peopleIn', () => {
  const entities = [
    entity('sergei-lavrov', 'Sergei Lavrov', 'person', ['a', 'b', 'x']),
    entity('bashar-al-assad', 'Bashar al-Assad', 'person', ['b']),
    entity('igor-ivanov', 'Igor Ivanov', 'person', ['a']),
    entity('colin-powell', 'Colin Powell', 'person', ['x']),
    entity('iraq', 'Iraq', 'place', ['a', 'b']),
  ];

  it('lists the people the articles mention, in most articles first, then by surname, and counts only those articles', () => {
    expect(peopleIn(entities, new Set(['a', 'b'])).map(({ person, articles }) => [person.id, articles])).toEqual([
      ['sergei-lavrov', 2],
      ['bashar-al-assad', 1],
      ['igor-ivanov', 1],
    ]);
  });

  it('lists nobody for no articles', () => {
    expect(peopleIn(entities, new Set())).toEqual([]);
  });
});

describe('keyQuotes', () => {
  it('keeps quotations with a speaker from the articles, newest first, then in article order', () => {
    const quotes = [
      quote('old', 1, '"first"', '2003-08-07', 'igor-ivanov'),
      quote('new', 2, '"second"', '2009-03-07', 'sergei-lavrov'),
      quote('new', 1, '"nobody said"', '2009-03-07'),
      quote('new', 3, '"third"', '2009-03-07', 'hillary-clinton'),
      quote('elsewhere', 1, '"elsewhere"', '2015-09-30', 'sergei-lavrov'),
    ];
    expect(keyQuotes(quotes, new Set(['old', 'new'])).map(({ id }) => id)).toEqual(['new/2', 'new/3', 'old/1']);
  });

  it('gives once a quotation two outlets edited differently from one wire story, but keeps like words by another speaker', () => {
    const quotes = [
      quote(
        'wire-a',
        1,
        '"Our common goal is to defeat Islamic State (IS), not to allow IS to succeed."',
        '2015-09-30',
        'sergei-lavrov',
      ),
      quote(
        'wire-b',
        1,
        '"Our common goal is to defeat IS (Islamic State), not to allow IS to succeed."',
        '2015-09-30',
        'sergei-lavrov',
      ),
      quote(
        'wire-b',
        2,
        '"Our common goal is to defeat IS, not to allow IS to succeed."',
        '2015-09-30',
        'barack-obama',
      ),
      quote('wire-b', 3, '"Whatever political reforms are necessary must be promoted"', '2015-09-30', 'sergei-lavrov'),
    ];
    expect(keyQuotes(quotes, new Set(['wire-a', 'wire-b'])).map(({ id }) => id)).toEqual([
      'wire-a/1',
      'wire-b/2',
      'wire-b/3',
    ]);
  });

  it('gives at most eight unless told otherwise', () => {
    const quotes = Array.from({ length: 10 }, (_, i) =>
      quote('a', i + 1, `"words ${i}"`, '2009-03-07', 'sergei-lavrov'),
    );
    expect(keyQuotes(quotes, new Set(['a']))).toHaveLength(8);
    expect(keyQuotes(quotes, new Set(['a']), 3).map(({ id }) => id)).toEqual(['a/1', 'a/2', 'a/3']);
  });
});
