import { describe, expect, it } from 'vitest';
import { datesAgree } from './event-dates.ts';

describe('datesAgree', () => {
  it('agrees on the same EDTF string', () => {
    expect(datesAgree('2009-12', '2009-12')).toBe(true);
  });

  it('wants a plain gold month written as a month, not a day in it', () => {
    expect(datesAgree('2009-12', '2009-12-05')).toBe(false);
  });

  it('finds a day inside a gold range, including its last day', () => {
    expect([
      datesAgree('[2003-05-21..2003-06-02]', '2003-05-31'),
      datesAgree('[2003-05-21..2003-06-02]', '2003-06-02'),
    ]).toEqual([true, true]);
  });

  it('finds no day outside a gold range', () => {
    expect(datesAgree('[2003-05-21..2003-06-02]', '2003-06-03')).toBe(false);
  });

  it('finds a month inside a gold range of months', () => {
    expect(datesAgree('[2009-06..2009-08]', '2009-07')).toBe(true);
  });

  it('finds a day inside an approximate gold month, but not in the next month', () => {
    expect([datesAgree('2009-03~', '2009-03-06'), datesAgree('2009-03~', '2009-04-01')]).toEqual([true, false]);
  });

  it('wants a predicted range wholly inside the gold one', () => {
    expect(datesAgree('2014-04-19/2014-04-20', '2014-04-18/2014-04-20')).toBe(false);
  });

  it('compares a year left unspecified as a string', () => {
    expect(datesAgree('XXXX-08-21', '2013-08-21')).toBe(false);
  });
});
