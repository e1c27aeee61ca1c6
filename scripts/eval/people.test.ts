import { describe, expect, it } from 'vitest';
import { nameMatcher } from './names.ts';
import { matchNames } from './people.ts';

const same = nameMatcher([{ name: 'Sergei Lavrov', aliases: ['Lavrov'] }]);

describe('matchNames', () => {
  it('counts a name found in both lists as a hit, whatever its accents', () => {
    expect(matchNames(['Dominique de Villepin'], ['Dominique de Villépin'], same)).toMatchObject({
      hits: 1,
      extra: 0,
      missed: 0,
    });
  });

  it('lists gold names not predicted as missed and predicted names not in gold as extra', () => {
    expect(matchNames(['Colin Powell', 'Igor Ivanov'], ['Igor Ivanov', 'Tony Blair'], same)).toEqual({
      hits: 1,
      extra: 1,
      missed: 1,
      missedNames: ['Colin Powell'],
      extraNames: ['Tony Blair'],
    });
  });

  it('accepts a predicted alias of the gold entry', () => {
    expect(matchNames(['Sergei Lavrov'], ['Lavrov'], same).hits).toBe(1);
  });

  it('pairs one to one, so a person predicted twice under two names counts once as extra', () => {
    expect(matchNames(['Sergei Lavrov'], ['Lavrov', 'Sergei Lavrov'], same)).toMatchObject({
      hits: 1,
      extra: 1,
      extraNames: ['Lavrov'],
    });
  });
});
