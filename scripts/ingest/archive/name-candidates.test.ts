import { describe, expect, it } from 'vitest';
import { initialsOf, russianNamesIn, russianSurnamesIn, samePerson, surnamesIn } from './name-candidates.ts';

const words = (text: string, own: string[] = []) =>
  surnamesIn(text, new Set(own), () => []).map(({ start, end }) => text.slice(start, end));

describe('samePerson', () => {
  it('takes a given name cut short for the whole one, with the same surname', () => {
    expect(samePerson('Ron Brackwell', 'Ronald R. Brackwell Jr.')).toBe(true);
    expect(samePerson('Tony Brackwell', 'Antony Brackwell')).toBe(true);
    expect(samePerson('Tony Brackwell', 'Antony Whitfield')).toBe(false);
    expect(samePerson('Al Brackwell', 'Albert Brackwell')).toBe(false);
    expect(samePerson('Bill Brackwell', 'William J. Brackwell')).toBe(true);
  });
});

describe('initialsOf', () => {
  it('takes initials for the given names they begin, a patronymic left unprinted or not', () => {
    expect(initialsOf('T. R. Vandersloot', 'Tomas Vandersloot')).toBe(true);
    expect(initialsOf('T.R. Vandersloot', 'Tomas Rein Vandersloot')).toBe(true);
    expect(samePerson('Tomas Vandersloot', 'T. Vandersloot')).toBe(true);
  });

  it('leaves initials that begin other given names, another surname, or a name given by initials both times', () => {
    expect(initialsOf('A. R. Vandersloot', 'Tomas Vandersloot')).toBe(false);
    expect(initialsOf('T. K. Vandersloot', 'Tomas Rein Vandersloot')).toBe(false);
    expect(initialsOf('T. R. Vandersloot', 'Tomas Krieghoff')).toBe(false);
    expect(initialsOf('T. R. Vandersloot', 'T. Vandersloot')).toBe(false);
  });
});

describe('russianNamesIn', () => {
  it('finds an English name Russian declines, its given name’s ending a consonant: "Кевином Дорси"', () => {
    const [found] = russianNamesIn('Министр говорил с Кевином Дорси в среду.');
    expect(
      found?.test({ id: 'k', name: 'Kevin Dorsey', aliases: [], description: '', roles: [], kind: 'person' }),
    ).toBe(true);
  });
});

describe('surnamesIn', () => {
  it('takes a capitalised word alone, and one that is also a word only where the capital is not the sentence’s', () => {
    expect(words('Talks went on. Vandersloot left.')).toContain('Vandersloot');
    expect(words('Baker: We agree. Rice grew, said Secretary Rice, and under Baker it grew.')).toEqual([
      'Baker',
      'Rice',
      'Baker',
    ]);
  });

  it('takes a surname that is also a word after initials, whose full stop ends no sentence', () => {
    expect(words('The channel let T.R.Rice and K. Baker go home.')).toEqual(['Rice', 'Baker']);
  });

  it('takes a surname between acronyms, as a memo header gives offices: "SEC Vandersloot APNSA Krieghoff"', () => {
    expect([...new Set(words('memorandum to SEC Vandersloot APNSA Krieghoff OVP from the desk'))]).toEqual([
      'Vandersloot',
      'Krieghoff',
    ]);
  });

  it('leaves a word that belongs to another name, or to a person the article links already', () => {
    expect(words('Governor Michael Vandersloot spoke at the Vandersloot Center.')).toEqual([]);
    expect(words('Then Vandersloot spoke.', ['Vandersloot'])).toEqual([]);
  });
});

describe('russianSurnamesIn', () => {
  it('gives back the English spelling of a surname Russian transcribed, in any case', () => {
    const spelt = (text: string) => russianSurnamesIn(text).map(({ surname }) => surname);
    expect(spelt('сказал Байден')).toContain('Biden');
    expect(spelt('встреча с Байденом')).toContain('Biden');
  });
});
