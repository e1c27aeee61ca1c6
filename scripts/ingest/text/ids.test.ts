import { describe, expect, it } from 'vitest';
import { paragraphIds, textDigest, uniqueIds } from './ids.ts';

describe('textDigest', () => {
  it('is the same after a run-together word is split and a quotation mark repaired', () => {
    expect(textDigest('Burns met YuriFedotov on \\restart\\.')).toBe(
      textDigest('Burns met Yuri Fedotov on "restart".'),
    );
  });

  it('differs when a word changes', () => {
    expect(textDigest('Burns met Fedotov.')).not.toBe(textDigest('Burns met Ivanov.'));
  });
});

describe('paragraphIds', () => {
  it('gives each paragraph p- and its digest, and a repeated paragraph a suffix', () => {
    const ids = paragraphIds(['One.', 'Two.', 'One.']);
    expect(ids[0]).toMatch(/^p-[a-z0-9]{6}$/);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });

  it('keeps a paragraph’s id when paragraphs before it are removed', () => {
    expect(paragraphIds(['Menu', 'Body text.'])[1]).toBe(paragraphIds(['Body text.'])[0]);
  });
});

describe('uniqueIds', () => {
  it('numbers the second and third uses of an id', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});
