import { describe, expect, it } from 'vitest';
import { slugFor } from '../../src/lib/slug.ts';
import { castByYear, diplomats } from './people.ts';
import { createRandom } from './random.ts';

const people = diplomats(createRandom(1));

describe('diplomats', () => {
  it('makes 400 people, each id the slug of the name and no id twice', () => {
    expect(people).toHaveLength(400);
    expect(people.every((person) => person.id === slugFor(person.name))).toBe(true);
    expect(new Set(people.map(({ id }) => id)).size).toBe(400);
  });

  it("puts the archive's principals first, headlined by surname", () => {
    expect(people.slice(0, 2).map(({ id, surname }) => [id, surname])).toEqual([
      ['sergei-lavrov', 'Lavrov'],
      ['vladimir-putin', 'Putin'],
    ]);
    expect(people.find(({ id }) => id === 'bashar-al-assad')?.surname).toBe('Assad');
  });

  it('gives a Russian woman the feminine of her surname', () => {
    const women = people.filter(({ name }) => /^(?:Anna|Elena|Irina|Natalia|Olga|Svetlana|Tatiana) /.test(name));
    expect(women.length).toBeGreaterThan(5);
    for (const { name } of women) expect(name).toMatch(/(?:ova|eva|ina|skaya|ko|ya)$/);
  });

  it('says how many it can make when asked for more', () => {
    expect(() => diplomats(createRandom(1), 100_000)).toThrow(/only \d+ names can be made; ask fewer/);
  });
});

describe('castByYear', () => {
  const cast = castByYear(people);
  const ids = (year: number) => (cast.get(year) ?? []).map(([person]) => person.id);

  it('names only the people in the news that year', () => {
    expect(ids(2005)).not.toContain('barack-obama');
    expect(ids(2010)).toContain('barack-obama');
    expect(ids(1995)).toContain('boris-yeltsin');
    expect(ids(2005)).not.toContain('boris-yeltsin');
  });

  it('weights the prominent more, and covers every year from 1991 to 2024', () => {
    const weights = (cast.get(2010) ?? []).map(([, weight]) => weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect((weights[0] ?? 0) / (weights.at(-1) ?? 1)).toBeGreaterThan(10);
    expect([...cast.keys()]).toEqual(Array.from({ length: 34 }, (_, i) => 1991 + i));
  });
});
