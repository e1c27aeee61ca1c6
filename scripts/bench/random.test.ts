import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

const draws = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 20 }, () => random.int(0, 1_000_000));
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(7)).toEqual(draws(7));
  });

  it('gives another sequence for another seed', () => {
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('draws integers within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const values = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks in proportion to the weights and never an entry weighted zero', () => {
    const random = createRandom(1);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) {
      counts[
        random.weighted<keyof typeof counts>([
          ['a', 3],
          ['never', 0],
          ['b', 1],
        ])
      ]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.7);
    expect(counts.a / counts.b).toBeLessThan(3.3);
  });

  it('shuffles into a permutation and leaves the input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRandom(1).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('writes base-36 strings of the length asked', () => {
    expect(createRandom(1).base36(6)).toMatch(/^[0-9a-z]{6}$/);
  });

  it('says what to pass when there is nothing to choose from', () => {
    expect(() => createRandom(1).pick([])).toThrow(/pass at least one item/);
    expect(() => createRandom(1).weighted([['a', 0]])).toThrow(/no entry has a positive weight/);
  });
});
