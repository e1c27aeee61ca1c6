import { describe, expect, it } from 'vitest';
import { evaluateArticle } from './evaluate.ts';
import type { Gold } from './gold.ts';
import { nameMatcher } from './names.ts';
import type { Prediction } from './prediction.ts';

const same = nameMatcher([]);

/** The head and body of a prediction, for tests about other fields: the gold here states none of them. */
const head = {
  headline: 'Ivanov and Powell meet',
  outlet: null,
  agency: null,
  dateline: null,
  byline: null,
  language: 'en',
  paragraphs: ['Ivanov and Powell met on Sunday.'],
  pageText: 'Ivanov and Powell meet\nIvanov and Powell met on Sunday.',
  textOutsideCaptions: 'Ivanov and Powell meet\nIvanov and Powell met on Sunday.',
};

const gold: Gold = {
  split: 'development',
  published: null,
  people: ['Igor Ivanov', 'Colin Powell'],
  quotes: [{ start: 'striking distance', speaker: 'Colin Powell' }],
  themes: ['iraq'],
};

const prediction: Prediction = {
  people: ['Igor Ivanov'],
  quotations: [
    { text: '"striking distance"', speaker: 'Igor Ivanov' },
    { text: '"a stray one"', speaker: null },
  ],
  published: { edtf: 'XXXX-04-02', provenance: 'inferred' },
  themes: ['iraq', 'syria'],
  events: [{ edtf: '2003-03-09', title: 'Powell says the US is in striking distance', themes: [] }],
  ...head,
};

describe('evaluateArticle', () => {
  it('lists every miss with what gold expected and what the machine found', () => {
    expect(evaluateArticle('02-test', gold, prediction, same).misses).toEqual([
      { article: '02-test', measure: 'people', expected: 'Colin Powell', found: 'not found' },
      {
        article: '02-test',
        measure: 'quotes',
        expected: '“striking distance” by Colin Powell',
        found: 'by Igor Ivanov',
      },
      { article: '02-test', measure: 'quotes', expected: 'no gold quotation', found: '"a stray one" by no speaker' },
      { article: '02-test', measure: 'date', expected: 'no date stated', found: 'XXXX-04-02 (inferred)' },
      { article: '02-test', measure: 'themes', expected: 'iraq', found: 'iraq, syria' },
    ]);
  });

  it('lists no misses when the prediction agrees with gold', () => {
    const agreeing: Prediction = {
      people: ['Colin Powell', 'Igor Ivanov'],
      quotations: [{ text: '"striking distance"', speaker: 'Colin Powell' }],
      published: undefined,
      themes: ['iraq'],
      events: [],
      ...head,
    };
    expect(evaluateArticle('02-test', gold, agreeing, same).misses).toEqual([]);
  });

  it('scores no events for gold without them, and lists none as misses', () => {
    const result = evaluateArticle('02-test', gold, prediction, same);
    expect([result.events, result.misses.filter((miss) => miss.measure === 'events')]).toEqual([undefined, []]);
  });

  it('lists a missed gold event and an extra predicted one when gold has events', () => {
    const dated: Gold = {
      ...gold,
      events: [{ date: '2003-03-17', title: 'Iraq’s deadline to disarm', themes: ['iraq'] }],
    };
    expect(
      evaluateArticle('02-test', dated, prediction, same).misses.filter((miss) => miss.measure === 'events'),
    ).toEqual([
      {
        article: '02-test',
        measure: 'events',
        expected: '2003-03-17 Iraq’s deadline to disarm',
        found: 'no event on this date',
      },
      {
        article: '02-test',
        measure: 'events',
        expected: 'no gold event',
        found: '2003-03-09 “Powell says the US is in striking distance”',
      },
    ]);
  });
});
