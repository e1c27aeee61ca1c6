import { describe, expect, it } from 'vitest';
import { foldName, foldQuote } from './fold.ts';

describe('foldName', () => {
  it('ignores accents, case and doubled spaces', () => {
    expect(foldName(' Sergeï  LAVROV ')).toBe('sergei lavrov');
  });

  it('keeps different names apart', () => {
    expect(foldName('Igor Ivanov')).not.toBe(foldName('Sergei Ivanov'));
  });
});

describe('foldQuote', () => {
  it('drops curly double quotation marks and straightens apostrophes', () => {
    expect(foldQuote('“We don’t  agree.”')).toBe("we don't agree.");
  });

  it('keeps the words and punctuation inside the quotation', () => {
    expect(foldQuote('"Russia will vote against [it]."')).toBe('russia will vote against [it].');
  });
});
