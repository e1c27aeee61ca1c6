import { describe, expect, it } from 'vitest';
import { type PredictedEvent, scoreEvents } from './events.ts';
import type { GoldEvent } from './gold.ts';

const senate: GoldEvent = { date: '2010-12', title: 'US Senate approves New START', themes: ['reset'] };

const event = (edtf: string, title: string, themes: string[] = ['reset']): PredictedEvent => ({ edtf, title, themes });

describe('scoreEvents', () => {
  it('pairs an event whose date agrees and whose title has half the gold title’s content words', () => {
    const score = scoreEvents([senate], [event('2010-12', 'The U.S. Senate approved the new START treaty')]);
    expect(score).toMatchObject({ hits: 1, extra: 0, missed: 0, datesFound: 1 });
  });

  it('leaves unpaired an event on the right date whose title tells another happening, but counts its date found', () => {
    const score = scoreEvents([senate], [event('2010-12', 'Ban Ki-moon praises both presidents')]);
    expect(score).toMatchObject({ hits: 0, extra: 1, missed: 1, datesFound: 1 });
    expect(score.missedEvents[0]?.nearest?.predicted.title).toBe('Ban Ki-moon praises both presidents');
  });

  it('leaves unpaired an event with the gold title on another date', () => {
    expect(scoreEvents([senate], [event('2011-01', 'US Senate approves New START')])).toMatchObject({
      hits: 0,
      datesFound: 0,
    });
  });

  it('pairs the best overlap first, so an earlier gold event does not take the title a later one needs', () => {
    const meets: GoldEvent = { date: '2013-09-13', title: 'Kerry meets Lavrov in Geneva', themes: [] };
    const agrees: GoldEvent = { date: '2013-09-13', title: 'Kerry and Lavrov agree a framework in Geneva', themes: [] };
    const found = [
      event('2013-09-13', 'Kerry and Lavrov agree a framework in Geneva'),
      event('2013-09-13', 'Kerry meets Lavrov'),
    ];
    const score = scoreEvents([meets, agrees], found);
    expect(score.pairs.map(({ gold, predicted }) => [gold.title, predicted.title])).toEqual([
      ['Kerry meets Lavrov in Geneva', 'Kerry meets Lavrov'],
      ['Kerry and Lavrov agree a framework in Geneva', 'Kerry and Lavrov agree a framework in Geneva'],
    ]);
  });

  it('gives one predicted event to one gold event only', () => {
    const score = scoreEvents(
      [senate, { ...senate, title: 'Senate votes for New START' }],
      [event('2010-12', 'US Senate approves New START')],
    );
    expect(score).toMatchObject({ hits: 1, missed: 1, extra: 0 });
  });

  it('marks a paired event’s cut title and different themes', () => {
    const score = scoreEvents(
      [senate],
      [event('2010-12', 'The new START agreement was approved by the U.S. Senate…', [])],
    );
    expect(score.pairs[0]).toMatchObject({ titleFault: 'a sentence cut off', themesExact: false });
  });
});
