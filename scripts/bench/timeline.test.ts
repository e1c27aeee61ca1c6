import { describe, expect, it } from 'vitest';
import { isEdtf } from '../../src/schemas/edtf.ts';
import { createRandom } from './random.ts';
import { edtfOf, randomDay, randomThemes } from './timeline.ts';

const many = <T>(draw: () => T, times = 3_000) => Array.from({ length: times }, draw);

describe('randomDay', () => {
  it('keeps every day within 1991–2024, at midnight', () => {
    const random = createRandom(1);
    const days = many(() => randomDay(random).day);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(Date.UTC(1991, 0, 1));
    expect(Math.max(...days)).toBeLessThanOrEqual(Date.UTC(2024, 11, 31));
    expect(days.every((day) => day % 86_400_000 === 0)).toBe(true);
  });

  it('crowds days around the episodes, with their themes', () => {
    const random = createRandom(1);
    const geneva = many(() => randomDay(random)).filter(({ day }) => new Date(day).toISOString().startsWith('2009-03'));
    expect(geneva.length).toBeGreaterThan(15);
    expect(geneva.some(({ themes }) => themes.includes('reset'))).toBe(true);
  });
});

describe('edtfOf', () => {
  it('writes a day in each shape the archive writes', () => {
    const random = createRandom(1);
    const shapes = new Set(many(() => edtfOf(Date.UTC(2003, 7, 7), random)));
    expect([...shapes].sort()).toEqual(
      [
        '2003',
        '2003-08',
        '2003-08-07',
        '2003-08-07?',
        '2003-08/2003-09',
        '2003-08/2003-10',
        '2003-08/2003-11',
        '2003-08~',
        'XXXX-08-07',
        '[2003-08-07..2003-08-08]',
        '[2003-08-07..2003-08-09]',
      ].sort(),
    );
  });

  it('keeps ranges and intervals from running past 2024, and writes valid EDTF for a leap day', () => {
    const random = createRandom(1);
    const last = many(() => edtfOf(Date.UTC(2024, 11, 31), random));
    expect(last.filter((edtf) => edtf.includes('2025'))).toEqual([]);
    expect(last).toContain('[2024-12-29..2024-12-31]');
    expect(many(() => edtfOf(Date.UTC(2012, 1, 29), random), 500).every(isEdtf)).toBe(true);
  });
});

describe('randomThemes', () => {
  const random = createRandom(1);

  it('gives none, one or two themes, never one twice', () => {
    const drawn = many(() => randomThemes(random, Date.UTC(2013, 0, 1), ['syria']));
    expect(new Set(drawn.map((themes) => themes.length))).toEqual(new Set([0, 1, 2]));
    expect(drawn.every((themes) => new Set(themes).size === themes.length)).toBe(true);
  });

  it("favours the episode's themes, and each era's", () => {
    const first = (day: number, suggested: ('iran' | 'iraq')[]) =>
      many(() => randomThemes(random, day, suggested)[0]).filter(Boolean);
    const share = (themes: (string | undefined)[], theme: string) =>
      themes.filter((each) => each === theme).length / themes.length;
    expect(share(first(Date.UTC(2015, 6, 14), ['iran']), 'iran')).toBeGreaterThan(0.75);
    expect(share(first(Date.UTC(2003, 2, 1), []), 'iraq')).toBeGreaterThan(0.3);
    expect(share(first(Date.UTC(2016, 2, 1), []), 'iraq')).toBeLessThan(0.1);
  });
});
