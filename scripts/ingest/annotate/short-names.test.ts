import { describe, expect, it } from 'vitest';
import { isShortFormOf } from './short-names.ts';

describe('isShortFormOf', () => {
  it('knows the short forms English does not make by cutting the name', () => {
    expect(isShortFormOf('Bill', 'William')).toBe(true);
    expect(isShortFormOf('Joe', 'Joseph')).toBe(true);
    expect(isShortFormOf('Bill', 'Robert')).toBe(false);
    expect(isShortFormOf('William', 'Bill')).toBe(false);
  });
});
