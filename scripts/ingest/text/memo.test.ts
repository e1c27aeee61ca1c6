import { describe, expect, it } from 'vitest';
import { memoise, memoiseOn } from './memo.ts';

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

describe('memoiseOn', () => {
  it('makes an answer once for each object and key, and apart for another object with the same key', () => {
    const made: string[] = [];
    const sizeOf = memoiseOn<number>();
    const [one, two] = [
      [1, 2],
      [1, 2, 3],
    ];
    const size = (list: number[], key: string) =>
      sizeOf(list, key, () => {
        made.push(`${list.length}:${key}`);
        return list.length;
      });
    expect([size(one, 'a'), size(one, 'a'), size(two, 'a'), size(one, 'b'), size(two, 'a')]).toEqual([2, 2, 3, 2, 3]);
    expect(made).toEqual(['2:a', '3:a', '2:b']);
  });

  it('forgets an object’s answers when it holds too many, and answers the same afterwards', () => {
    let runs = 0;
    const twice = memoiseOn<string>(2);
    const owner = {};
    const answer = (key: string) =>
      twice(owner, key, () => {
        runs += 1;
        return key + key;
      });
    expect([answer('a'), answer('b'), answer('c'), answer('a')]).toEqual(['aa', 'bb', 'cc', 'aa']);
    expect(runs).toBe(4);
  });
});
