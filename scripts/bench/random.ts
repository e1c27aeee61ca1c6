import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Seeded random choices for the benchmark generators: the same seed gives the same sequence, on every machine. */
export interface Random {
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One of the items, each as likely; throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One of the items, in proportion to its weight (non-negative numbers); throws when no weight is positive. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A shuffled copy of the items (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** `length` characters of `0-9a-z`, the alphabet of the archive's digests (scripts/ingest/ids.ts). */
  base36(length: number): string;
}

const DIGITS = [...'0123456789abcdefghijklmnopqrstuvwxyz'];

/**
 * A `Random` seeded with `seed` (an integer), on xoroshiro128+ from pure-rand, the generator its authors
 * recommend (https://github.com/dubzzz/pure-rand#pseudorandom-number-generators); never `Math.random`.
 */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number): number => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('random.pick: the list is empty; pass at least one item.');
    return items[int(0, items.length - 1)] as T;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const positive = entries.filter(([, weight]) => weight > 0);
    if (positive.length === 0) throw new Error('random.weighted: no entry has a positive weight; give one.');
    let left = uniformFloat64(rng) * positive.reduce((sum, [, weight]) => sum + weight, 0);
    // The last entry takes what rounding leaves over, so the loop stops one short.
    let index = 0;
    for (; index < positive.length - 1; index++) {
      left -= (positive[index] as readonly [T, number])[1];
      if (left < 0) break;
    }
    return (positive[index] as readonly [T, number])[0];
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy;
  };
  return {
    int,
    pick,
    weighted,
    shuffle,
    chance: (p) => uniformFloat64(rng) < p,
    base36: (length) => Array.from({ length }, () => pick(DIGITS)).join(''),
  };
}
