import { describe, expect, it } from 'vitest';
import { englishGivenName, soundLikeOnePerson } from './sound-alike.ts';

describe('soundLikeOnePerson', () => {
  it('hears one person in two spellings of a name', () => {
    expect(soundLikeOnePerson('Dimitry Medvedev', 'Dmitry Medvedev')).toBe(true);
    expect(soundLikeOnePerson('Dzheyms Beyker', 'James Baker')).toBe(true);
    expect(soundLikeOnePerson('Khillari Klinton', 'Hillary Clinton')).toBe(true);
  });

  it('hears two people in two given names before one surname', () => {
    expect(soundLikeOnePerson('Nicholas Burns', 'William Burns')).toBe(false);
  });

  it('hears two people in one given name before two surnames', () => {
    expect(soundLikeOnePerson('Susan Rice', 'Susan Price')).toBe(false);
  });
});

describe('englishGivenName', () => {
  it('gives the English given name a romanised transcription comes from', () => {
    expect(englishGivenName('Reks')).toBe('Rex');
    expect(englishGivenName('Dzheyms')).toBe('James');
    expect(englishGivenName('Khillari')).toBe('Hillary');
  });

  it('gives none for a short word or when two English names are as near', () => {
    expect(englishGivenName('Khu')).toBeUndefined();
    expect(englishGivenName('Mayk')).toBeUndefined();
  });
});
