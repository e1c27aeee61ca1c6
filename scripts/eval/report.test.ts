import { describe, expect, it } from 'vitest';
import type { ArticleResult } from './evaluate.ts';
import { formatReport, table } from './report.ts';

describe('table', () => {
  it('pads each column to its widest cell and rules off the header', () => {
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\n---  --\nccc  d');
  });
});

describe('formatReport', () => {
  const result = (article: string, expected: string): ArticleResult => ({
    article,
    people: { hits: 1, extra: 1, missed: 0, missedNames: [], extraNames: ['Tony Blair'] },
    quotes: { correct: 0, total: 0, misses: [], unmatched: [] },
    date: 'none',
    themes: { hits: 0, extra: 0, missed: 0, exact: true, missedIds: [], extraIds: [] },
    events:
      article === '01-a'
        ? { hits: 1, extra: 2, missed: 3, datesFound: 2, pairs: [], missedEvents: [], extraEvents: [] }
        : undefined,
    fields: { outcomes: [], headlineOverlap: undefined },
    misses: [{ article, measure: 'people', expected, found: 'Tony Blair' }],
  });
  const report = formatReport(
    [result('02-b', 'not in gold'), result('01-a', 'not in gold')],
    [{ label: 'people precision', value: '0.50 (1/2)', target: '≥ 0.90', met: false }],
  );

  it('sorts articles and misses by article', () => {
    const rows = report.split('\n').flatMap((line) => /^0\d-\w/.exec(line) ?? []);
    expect(rows).toEqual(['01-a', '02-b', '01-a', '02-b']);
  });

  it('prints an unmet target as MISSED beside its figure', () => {
    expect(report).toContain('people precision  0.50 (1/2)  ≥ 0.90  MISSED');
  });

  it('prints each article’s people precision', () => {
    expect(report).toMatch(/^01-a +0\.50 +1\.00 /m);
  });

  it('prints an article’s events as paired of gold plus extra, and a dash where gold has none', () => {
    const rows = report.split('\n').filter((line) => /^0\d-\w.* exact /.test(line));
    // The last column is the fields gold states, none here.
    expect(rows.map((row) => row.replace(/^.* exact +/, ''))).toEqual(['1/4 +2  —', '—       —']);
  });
});
