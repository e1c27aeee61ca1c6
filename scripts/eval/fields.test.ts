import { describe, expect, it } from 'vitest';
import { normalise, scoreFields, wordOverlap } from './fields.ts';
import type { Gold } from './gold.ts';
import type { Prediction } from './prediction.ts';

const prediction: Prediction = {
  people: [],
  quotations: [],
  published: undefined,
  themes: [],
  events: [],
  headline: 'Russia, US agree to cooperate in solving Syria crisis',
  outlet: 'Global News Network 9',
  agency: 'IANS',
  dateline: 'Moscow',
  byline: null,
  language: 'en',
  paragraphs: ['Moscow: Russia and the US have agreed to continue cooperation.', 'The two leaders met on Monday.'],
  pageText:
    'Russia, US agree\nMoscow: Russia and the US have agreed.\nThe two leaders met on Monday.\nMost Viewed\nThe leaders in Moscow. (Photo: Agency)',
  textOutsideCaptions:
    'Russia, US agree\nMoscow: Russia and the US have agreed.\nThe two leaders met on Monday.\nMost Viewed',
};
const gold: Gold = { split: 'development', published: null, people: [], quotes: [], themes: [] };

describe('normalise', () => {
  it('ignores case, quotation marks and the kind of dash', () => {
    expect(normalise('“Restart” — Relations')).toBe(normalise('"restart" - relations'));
  });
});

describe('wordOverlap', () => {
  it('is the share of words two headlines share', () => {
    expect(wordOverlap('Russia and US agree', 'Russia, US agree on Syria')).toBeCloseTo(3 / 6);
  });
});

describe('scoreFields', () => {
  it('scores only the fields gold states', () => {
    expect(scoreFields(gold, prediction)).toEqual({ outcomes: [], headlineOverlap: undefined });
  });

  it('takes a headline with other quotation marks as exact, and a supplied one against a text that prints none', () => {
    const { outcomes } = scoreFields(
      { ...gold, headline: '"Russia, US agree to cooperate in solving Syria crisis"' },
      prediction,
    );
    expect(outcomes.map((outcome) => outcome.right)).toEqual([true]);
    const none = scoreFields({ ...gold, headline: null }, { ...prediction, headline: null });
    expect(none.outcomes[0]?.right).toBe(true);
  });

  it('checks the first and last paragraphs kept, and that furniture is gone from the page', () => {
    const { outcomes } = scoreFields(
      {
        ...gold,
        firstParagraph: 'Russia and the US have agreed',
        lastParagraph: 'The two leaders met',
        furniture: ['Most Viewed', 'Share this'],
      },
      prediction,
    );
    expect(outcomes.map(({ field, right }) => `${field} ${right}`)).toEqual([
      'first paragraph true',
      'last paragraph true',
      'furniture false',
      'furniture apart false',
      'furniture true',
      'furniture apart true',
    ]);
  });

  it('counts a furniture line kept only as a photo caption as set apart, not as gone', () => {
    const { outcomes } = scoreFields({ ...gold, furniture: ['The leaders in Moscow. (Photo: Agency)'] }, prediction);
    expect(outcomes.map(({ field, right, found }) => `${field} ${right} ${found}`)).toEqual([
      'furniture false on the page, as a caption',
      'furniture apart true on the page, as a caption',
    ]);
  });

  it('names the byline and the outlet the ingest got wrong', () => {
    const { outcomes } = scoreFields({ ...gold, outlet: 'IANS', byline: 'Jane Doe' }, prediction);
    expect(outcomes).toEqual([
      { field: 'outlet', right: false, expected: '“IANS”', found: '“Global News Network 9”' },
      { field: 'byline', right: false, expected: '“Jane Doe”', found: 'none' },
    ]);
  });
});
