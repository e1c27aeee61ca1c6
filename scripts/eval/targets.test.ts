import { describe, expect, it } from 'vitest';
import type { DateOutcome } from './dates.ts';
import type { ArticleResult } from './evaluate.ts';
import type { EventPair, EventScore } from './events.ts';
import type { FieldOutcome } from './fields.ts';
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
    events: undefined,
    fields: { outcomes: [], headlineOverlap: undefined },
    misses: [],
  };
}

/** An event score with the given pairs, one extra prediction and one gold event missed with its date found. */
function events(pairs: Pick<EventPair, 'titleFault' | 'themesExact'>[]): EventScore {
  const gold = { date: '2010-12', title: 'US Senate approves New START', themes: [] };
  const predicted = { edtf: '2010-12', title: 'The Senate approved…', themes: [] };
  return {
    hits: pairs.length,
    extra: 1,
    missed: 1,
    datesFound: pairs.length + 1,
    pairs: pairs.map((pair) => ({ gold, predicted, ...pair })),
    missedEvents: [{ gold, nearest: { predicted, overlap: 0.25 } }],
    extraEvents: [predicted],
  };
}

const figure = (results: ArticleResult[], label: string) => figuresOf(results).find((each) => each.label === label);

describe('figuresOf', () => {
  it('pools people over articles before dividing', () => {
    const results = [
      result('none', { hits: 19, extra: 0, missed: 0 }),
      result('none', { hits: 0, extra: 1, missed: 0 }),
    ];
    expect(figure(results, 'people precision')).toEqual({
      label: 'people precision',
      value: '0.95 (19/20)',
      target: '≥ 0.95',
      met: true,
    });
  });

  it('misses the attribution target below 0.9', () => {
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

  it('pools events over the articles whose gold has them, and says how many had none', () => {
    const results = [
      {
        ...result('none', { hits: 1, extra: 0, missed: 0 }),
        events: events([{ titleFault: undefined, themesExact: true }]),
      },
      {
        ...result('none', { hits: 1, extra: 0, missed: 0 }),
        events: events([{ titleFault: '90 characters', themesExact: false }]),
      },
      result('none', { hits: 1, extra: 0, missed: 0 }),
    ];
    expect(
      ['event precision', 'event recall', 'event dates found', 'event titles as headlines', 'event themes exact'].map(
        (label) => figure(results, label)?.value,
      ),
    ).toEqual(['0.50 (2/4)', '0.50 (2/4)', '1.00 (4/4)', '0.50 (1/2)', '0.50 (1/2)']);
    expect(figure(results, 'articles without gold events, not scored')?.value).toBe('1');
  });

  it('reports events without a target', () => {
    const results = [{ ...result('none', { hits: 1, extra: 0, missed: 0 }), events: events([]) }];
    expect(figure(results, 'event recall')).toMatchObject({ value: '0.00 (0/1)', target: '—', met: undefined });
  });

  it('holds the headline and the dateline to targets and only reports the other fields', () => {
    const outcome = (field: FieldOutcome['field'], right: boolean): FieldOutcome => ({
      field,
      right,
      expected: 'x',
      found: 'y',
    });
    const fields = {
      outcomes: [outcome('headline', false), outcome('dateline', true), outcome('outlet', false)],
      headlineOverlap: 0.5,
    };
    const results = [{ ...result('none', { hits: 1, extra: 0, missed: 0 }), fields }];
    expect(figure(results, 'headline right')).toMatchObject({ target: '≥ 0.95', met: false });
    expect(figure(results, 'dateline right')).toMatchObject({ target: '≥ 0.95', met: true });
    expect(figure(results, 'outlet right')).toMatchObject({ target: '—', met: undefined });
  });
});
