import { describe, expect, it } from 'vitest';
import { memoise } from './memo.ts';

describe('memoise', () => {
  it('runs the function once for each string and gives the same answer again', () => {
    const seen: string[] = [];
    const upper = memoise((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('remembers undefined answers too', () => {
    let runs = 0;
    const nothing = memoise(() => {
      runs += 1;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(runs).toBe(1);
  });

  it('forgets everything when full, and answers the same afterwards', () => {
    let runs = 0;
    const length = memoise((text) => {
      runs += 1;
      return text.length;
    }, 2);
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    expect(runs).toBe(4);
  });
});
