import { describe, expect, it } from 'vitest';
import type { Role } from '../schemas/gazetteer.ts';
import { roleAt, rolesAt } from './roles.ts';

const office = (title: string, from: string, to?: string): Role => ({
  title,
  phrases: [],
  from,
  ...(to ? { to } : {}),
});

const lavrov = [
  office('Deputy Foreign Minister of Russia', '1992', '1994'),
  office('Permanent Representative of Russia to the United Nations', '1994', '2004'),
  office('Foreign Minister of Russia', '2004-03-09'),
];

describe('rolesAt', () => {
  it('gives Lavrov his office on the day of the reset meeting, 7 March 2009', () => {
    expect(roleAt(lavrov, '2009-03-07')).toBe('Foreign Minister of Russia');
  });

  it('counts the first day of an office', () => {
    expect(roleAt(lavrov, '2004-03-09')).toBe('Foreign Minister of Russia');
    expect(roleAt(lavrov, '2004-03-08')).toBeUndefined();
  });

  it('reads an office known only by its years as held between them', () => {
    expect(roleAt(lavrov, '2002-04-06')).toBe('Permanent Representative of Russia to the United Nations');
  });

  it('resolves a date that is one of two days when both give the same office', () => {
    expect(roleAt(lavrov, '[2003-08-07..2003-08-08]')).toBe('Permanent Representative of Russia to the United Nations');
  });

  it('gives none for a date that straddles a change of office', () => {
    expect(rolesAt(lavrov, '2004-03')).toEqual([]);
    expect(rolesAt(lavrov, '1994-06')).toEqual([]);
  });

  it('gives every office held at once', () => {
    const putin = [
      office('Prime Minister of Russia', '1999-08-09', '2000-05-07'),
      office('President of Russia', '1999-12-31'),
    ];
    expect(roleAt(putin, '2000-03-01')).toBe('Prime Minister of Russia and President of Russia');
  });

  it('gives none for an undated article or a date without its year', () => {
    expect(rolesAt(lavrov, undefined)).toEqual([]);
    expect(rolesAt(lavrov, 'XXXX-03-07')).toEqual([]);
  });
});
