import { describe, expect, it } from 'vitest';
import { englishGivenNameOf } from './english-given-names.ts';

describe('englishGivenNameOf', () => {
  it('gives the English given name a Russian spelling transcribes, in the nominative or a case', () => {
    expect(englishGivenNameOf('Джон')).toBe('John');
    expect(englishGivenNameOf('Джона')).toBe('John');
    expect(englishGivenNameOf('Майкле')).toBe('Michael');
    expect(englishGivenNameOf('Сары')).toBe('Sarah');
  });

  it('knows no Russian given name, nor a word it does not list', () => {
    expect(englishGivenNameOf('Сергей')).toBeUndefined();
    expect(englishGivenNameOf('Москва')).toBeUndefined();
  });
});
