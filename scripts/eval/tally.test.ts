import { describe, expect, it } from 'vitest';
import { addTallies, precision, recall } from './tally.ts';

describe('tallies', () => {
  it('adds tallies field by field', () => {
    expect(
      addTallies([
        { hits: 1, extra: 2, missed: 3 },
        { hits: 4, extra: 0, missed: 1 },
      ]),
    ).toEqual({
      hits: 5,
      extra: 2,
      missed: 4,
    });
  });

  it('computes precision as hits over predictions', () => {
    expect(precision({ hits: 3, extra: 1, missed: 5 })).toBe(0.75);
  });

  it('computes recall as hits over gold items', () => {
    expect(recall({ hits: 3, extra: 5, missed: 1 })).toBe(0.75);
  });

  it('gives 1 for precision when nothing was predicted and for recall when gold is empty', () => {
    expect([precision({ hits: 0, extra: 0, missed: 2 }), recall({ hits: 0, extra: 2, missed: 0 })]).toEqual([1, 1]);
  });
});
