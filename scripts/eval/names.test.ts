import { describe, expect, it } from 'vitest';
import { nameMatcher } from './names.ts';

const same = nameMatcher([
  { name: 'Sergei Lavrov', aliases: ['Sergey Lavrov', 'Lavrov'] },
  { name: 'Ministry of Foreign Affairs of Russia', aliases: ['Russian Foreign Ministry'] },
  { name: 'Igor Ivanov', aliases: [] },
]);

describe('nameMatcher', () => {
  it('matches a name written with other accents and case', () => {
    expect(same('Sergeï lavrov', 'Sergei Lavrov')).toBe(true);
  });

  it('matches a gold alias with the canonical name of its entry', () => {
    expect(same('Russian Foreign Ministry', 'Ministry of Foreign Affairs of Russia')).toBe(true);
  });

  it('matches a gold canonical name with a predicted alias of its entry', () => {
    expect(same('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
  });

  it('does not match two people who only share a surname', () => {
    expect(same('Igor Ivanov', 'Sergei Ivanov')).toBe(false);
  });

  it('does not match names of different entries', () => {
    expect(same('Sergei Lavrov', 'Igor Ivanov')).toBe(false);
  });

  it('matches a printed spelling the gazetteer lacks by first letter and surname', () => {
    expect(same('Radosław Sikorski', 'Radek Sikorski')).toBe(true);
    expect(same('Lakhdar Brahimi', 'Lakdar Brahimi')).toBe(true);
    expect(same('Radosław Sikorski', 'Jan Sikorski')).toBe(false);
  });

  it('reads the surname before a generational suffix: "Joseph R. Biden Jr" is Joe Biden', () => {
    expect(same('Joe Biden', 'Joseph R. Biden Jr')).toBe(true);
    expect(same('Joe Biden', 'Joseph R. Jr')).toBe(false);
  });

  it('does not match a gazetteer name to another person by first letter and surname', () => {
    expect(same('Irina Ivanov', 'Igor Ivanov')).toBe(false);
  });
});
