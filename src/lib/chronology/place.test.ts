import { describe, expect, it } from 'vitest';
import { placeEdtf } from './place.ts';

describe('placeEdtf', () => {
  it.each([
    ['2009-03-06', { shape: 'day', start: '2009-03-06', end: '2009-03-06' }],
    ['2009-03', { shape: 'span', start: '2009-03-01', end: '2009-03-31' }],
    ['1991', { shape: 'span', start: '1991-01-01', end: '1991-12-31' }],
    ['2009-03/2009-05', { shape: 'span', start: '2009-03-01', end: '2009-05-31' }],
    ['[2003-08-07..2003-08-08]', { shape: 'choice', start: '2003-08-07', end: '2003-08-08' }],
  ])('draws %s as its span', (value, expected) => {
    expect(placeEdtf(value)).toMatchObject(expected);
  });

  it('marks ~ as approximate and ? as uncertain', () => {
    expect(placeEdtf('2003-09~')).toMatchObject({ approximate: true, uncertain: false });
    expect(placeEdtf('2003-09-14?')).toMatchObject({ approximate: false, uncertain: true });
    expect(placeEdtf('2003-09-14')).toMatchObject({ approximate: false, uncertain: false });
  });

  it('does not place a date without a year', () => {
    expect(placeEdtf('XXXX-04-02')).toEqual({ shape: 'unplaced', approximate: false, uncertain: false });
  });
});
