import { describe, expect, it } from 'vitest';
import { scoreDate } from './dates.ts';

describe('scoreDate', () => {
  it('calls a stated date equal to gold exact', () => {
    expect(scoreDate('2003-03-10', { edtf: '2003-03-10', provenance: 'stated' })).toBe('exact');
  });

  it('calls an inferred date equal to gold exact', () => {
    expect(scoreDate('2009-04-02', { edtf: '2009-04-02', provenance: 'inferred' })).toBe('exact');
  });

  it('calls a date that differs only in precision wrong', () => {
    expect(scoreDate('2003-03-10', { edtf: '2003-03', provenance: 'stated' })).toBe('wrong');
  });

  it('calls a gold date the machine did not find missing', () => {
    expect(scoreDate('2003-03-10', undefined)).toBe('missing');
  });

  it('does not count an editorial date as the machine finding one', () => {
    expect(scoreDate('2003-03-10', { edtf: '2003-03-10', provenance: 'editorial' })).toBe('missing');
  });

  it('calls a date where gold says the text states none invented, even without a year', () => {
    expect(scoreDate(null, { edtf: 'XXXX-04-02', provenance: 'inferred' })).toBe('invented');
  });

  it('calls no date on either side none', () => {
    expect(scoreDate(null, undefined)).toBe('none');
  });
});
