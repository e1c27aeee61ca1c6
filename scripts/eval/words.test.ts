import { describe, expect, it } from 'vitest';
import { contentWords, sameWord, wordOverlap } from './words.ts';

describe('contentWords', () => {
  it('drops stopwords, possessives and plurals, and reads "U.S." as "us"', () => {
    expect(contentWords("The U.S. Senate approves Iraq's talks")).toEqual(['us', 'senate', 'approve', 'iraq', 'talk']);
  });

  it('keeps each word once', () => {
    expect(contentWords('Syria and Syria')).toEqual(['syria']);
  });
});

describe('sameWord', () => {
  it('takes "signed" for "sign" and "Russian" for "Russia"', () => {
    expect([sameWord('sign', 'signed'), sameWord('russia', 'russian')]).toEqual([true, true]);
  });

  it('wants short words equal, so "new" is not "news"', () => {
    expect(sameWord('new', 'newspaper')).toBe(false);
  });

  it('tells apart words that differ within their first five letters', () => {
    expect(sameWord('putin', 'putting')).toBe(false);
  });
});

describe('wordOverlap', () => {
  it('gives the share of the first title’s content words found in the second', () => {
    expect(wordOverlap('Obama and Putin speak by phone', 'Obama and Putin spoke by phone on Friday')).toBe(0.75);
  });

  it('is 0 when the first text has no content words', () => {
    expect(wordOverlap('and the', 'anything')).toBe(0);
  });
});
