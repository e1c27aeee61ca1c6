import { describe, expect, it } from 'vitest';
import { pagePath, pagerNumbers } from './pages.ts';

describe('pagePath', () => {
  it('gives the first page of a list its own address, without a number', () => {
    expect(pagePath('/articles/years/2009/', 1)).toBe('/articles/years/2009/');
  });

  it('numbers the pages after it as paginate() does: /2/, /3/', () => {
    expect(pagePath('/articles/years/2009/', 3)).toBe('/articles/years/2009/3/');
  });
});

describe('pagerNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and two either side of the current page of a long list, with its gaps', () => {
    expect(pagerNumbers(6, 826)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 826]);
    expect(pagerNumbers(1, 826)).toEqual([1, 2, 3, undefined, 826]);
  });
});
