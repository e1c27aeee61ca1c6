import { describe, expect, it } from 'vitest';
import type { DateOutcome } from './dates.ts';
import type { ArticleResult } from './evaluate.ts';
import { figuresOf } from './targets.ts';

/** A result with the given counts; everything else right. */
function result(
  date: DateOutcome,
  people: { hits: number; extra: number; missed: number },
  correct = 1,
): ArticleResult {
  return {
    article: 'test',
    people: { ...people, missedNames: [], extraNames: [] },
    quotes: { correct, total: 1, misses: [], unmatched: [] },
    date,
    themes: { hits: 1, extra: 0, missed: 0, exact: true, missedIds: [], extraIds: [] },
    misses: [],
  };
}

const figure = (results: ArticleResult[], label: string) => figuresOf(results).find((each) => each.label === label);

describe('figuresOf', () => {
  it('pools people over articles before dividing', () => {
    const results = [
      result('none', { hits: 9, extra: 0, missed: 0 }),
      result('none', { hits: 0, extra: 1, missed: 0 }),
    ];
    expect(figure(results, 'people precision')).toEqual({
      label: 'people precision',
      value: '0.90 (9/10)',
      target: '≥ 0.90',
      met: true,
    });
  });

  it('misses the attribution target below 0.85', () => {
    const results = [
      result('none', { hits: 1, extra: 0, missed: 0 }, 0),
      result('none', { hits: 1, extra: 0, missed: 0 }),
    ];
    expect(figure(results, 'quotation attribution')).toMatchObject({ value: '0.50 (1/2)', met: false });
  });

  it('counts dates only where gold states one, and a wrong one misses the target', () => {
    const results = [
      result('exact', { hits: 1, extra: 0, missed: 0 }),
      result('wrong', { hits: 1, extra: 0, missed: 0 }),
      result('none', { hits: 1, extra: 0, missed: 0 }),
    ];
    expect(figure(results, 'stated dates exact')).toMatchObject({ value: '0.50 (1/2)', met: false });
  });

  it('misses the date target for a date given where gold has none', () => {
    expect(
      figure([result('invented', { hits: 1, extra: 0, missed: 0 })], 'dates given where gold has none'),
    ).toMatchObject({
      value: '1',
      met: false,
    });
  });
});
