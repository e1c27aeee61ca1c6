import { describe, expect, it } from 'vitest';
import { dayRange, formatEdtf, knownDate, readingsOf, writeParts } from './dates.ts';

describe('knownDate', () => {
  it('keeps every part of a plain day', () => {
    expect(knownDate('2015-09-30')).toEqual({ parts: [2015, 9, 30], approximate: false });
  });

  it('keeps only the year and month of "one day between 7 and 8 August 2003"', () => {
    expect(knownDate('[2003-08-07..2003-08-08]')).toEqual({ parts: [2003, 8], approximate: false });
  });

  it('keeps only the year of a range that crosses months', () => {
    expect(knownDate('[2003-07-13..2003-10-16]')).toEqual({ parts: [2003], approximate: false });
    expect(knownDate('2003-07/2003-09')).toEqual({ parts: [2003], approximate: false });
  });

  it('marks approximate and uncertain dates', () => {
    expect(knownDate('2003-09~')).toEqual({ parts: [2003, 9], approximate: true });
    expect(knownDate('2003?')).toEqual({ parts: [2003], approximate: true });
  });

  it('knows nothing of a date without its year or with an open end', () => {
    expect(knownDate('XXXX-03-07')).toBeUndefined();
    expect(knownDate('[..2003-08-08]')).toBeUndefined();
    expect(knownDate('2003-09-01/..')).toBeUndefined();
  });

  it('stops at a part left unspecified', () => {
    expect(knownDate('2003-09-XX')).toEqual({ parts: [2003, 9], approximate: false });
  });
});

describe('writeParts', () => {
  it('writes months and days with two digits, with the separator asked for', () => {
    expect(writeParts([2002, 4, 6])).toBe('2002-04-06');
    expect(writeParts([2003, 8], '/')).toBe('2003/08');
    expect(writeParts([2003])).toBe('2003');
  });
});

describe('dayRange', () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;

  it('spans a year given alone from its first day to its last', () => {
    expect(dayRange('1994')).toEqual({ first: day('1994-01-01'), last: day('1994-12-31') });
  });

  it('spans both days of "one day between 7 and 8 August 2003"', () => {
    expect(dayRange('[2003-08-07..2003-08-08]')).toEqual({ first: day('2003-08-07'), last: day('2003-08-08') });
  });

  it('knows nothing of an open end or an unknown year', () => {
    expect(dayRange('2003-09-01/..')).toBeUndefined();
    expect(dayRange('XXXX-03-07')).toBeUndefined();
  });
});

describe('formatEdtf, for a day the evidence narrows to a range', () => {
  it('reads two days in a row as a choice, and a longer range as one day within it', () => {
    expect(formatEdtf('[2003-08-07..2003-08-08]')).toBe('7 or 8 August 2003');
    expect(formatEdtf('[2003-08-07..2003-08-10]')).toBe('one day between 7 and 10 August 2003');
    expect(formatEdtf('[2003-07-30..2003-08-02]')).toBe('one day between 30 July and 2 August 2003');
  });
});

describe('readingsOf', () => {
  it('gives the dates a "one of" set offers, and nothing for other forms', () => {
    expect(readingsOf('[2016-03-10,2016-10-03]')).toEqual(['2016-03-10', '2016-10-03']);
    expect(readingsOf('[2003-08-07..2003-08-08]')).toBeUndefined();
    expect(readingsOf('2003-08-07')).toBeUndefined();
  });
});
