import { describe, expect, it } from 'vitest';
import type { KindedEntry } from './gazetteer.ts';
import { pickPerson, titleAround } from './homonyms.ts';

function person(id: string, roles: [string, string, string?][]): KindedEntry {
  const [name = id] = [id.replace(/-/g, ' ')];
  return {
    id,
    name,
    aliases: [],
    description: '',
    kind: 'person',
    roles: roles.map(([title, from, to]) => ({ title, phrases: [], from, ...(to ? { to } : {}) })),
  };
}

const elder = person('elder-smith', [['President of the United States', '1989-01-20', '1993-01-20']]);
const younger = person('younger-smith', [['President of the United States', '2001-01-20', '2009-01-20']]);
const senator = person('jane-smith', [['United States Secretary of State', '2009-01-21', '2013-02-01']]);
const partner = person('ivan-petrov', [['President of Russia', '1991-07-10', '1999-12-31']]);
const none = { named: new Set<string>(), when: undefined, contemporaries: [], title: undefined };

describe('pickPerson', () => {
  it('gives an undated surname to the one in office beside the people the article names in full', () => {
    expect(pickPerson([elder, younger], { ...none, contemporaries: [partner] })?.id).toBe('elder-smith');
  });

  it('leaves an undated surname to no one when nobody named in full dates the article', () => {
    expect(pickPerson([elder, younger], none)).toBeUndefined();
  });

  it('takes the one who held the office the text gives the surname', () => {
    expect(pickPerson([senator, elder], { ...none, title: 'President', when: Date.UTC(1990, 0) })?.id).toBe(
      'elder-smith',
    );
  });

  it('links a titled surname to no one when its only bearer never held that office', () => {
    expect(pickPerson([senator], { ...none, title: 'President' })).toBeUndefined();
  });

  it('links a surname to no one in an article written years before its only bearer first took office', () => {
    expect(pickPerson([younger], { ...none, title: 'President', when: Date.UTC(1990, 0) })).toBeUndefined();
    expect(pickPerson([senator], { ...none, when: Date.UTC(1993, 2) })).toBeUndefined();
  });

  it('still links a surname to its bearer in the years before their first office, or when the article names them in full', () => {
    expect(pickPerson([younger], { ...none, when: Date.UTC(1999, 5) })?.id).toBe('younger-smith');
    const named = new Set(['younger-smith']);
    expect(pickPerson([younger], { ...none, named, when: Date.UTC(1990, 0) })?.id).toBe('younger-smith');
  });

  it('still links a titled surname to a person whose offices nobody has entered', () => {
    const found = person('auto-li-wei', []);
    expect(pickPerson([found], { ...none, title: 'President' })?.id).toBe('auto-li-wei');
  });
});

describe('titleAround', () => {
  it('reads the title before a surname and "administration" after it as the president', () => {
    const text = 'President Smith and the Jones administration';
    expect(titleAround(text, 10, 15)).toBe('President');
    expect(titleAround(text, 24, 29)).toBe('President');
    expect(titleAround('Vice President Smith', 15, 20)).toBe('Vice President');
    expect(titleAround('Mr. Smith', 4, 9)).toBeUndefined();
  });
});
