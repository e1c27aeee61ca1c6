import { describe, expect, it } from 'vitest';
import { pagePath } from './pages.ts';

describe('pagePath', () => {
  it('gives the first page of a list its own address, without a number', () => {
    expect(pagePath('/articles/years/2009/', 1)).toBe('/articles/years/2009/');
  });

  it('numbers the pages after it as paginate() does: /2/, /3/', () => {
    expect(pagePath('/articles/years/2009/', 3)).toBe('/articles/years/2009/3/');
  });
});
