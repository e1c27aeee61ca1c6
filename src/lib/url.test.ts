import { describe, expect, it } from 'vitest';
import { href } from './url.ts';

describe('href', () => {
  it('leaves a root path at the root when the site has no base path', () => {
    expect(href('/articles/x/')).toBe('/articles/x/');
    expect(href('/')).toBe('/');
  });

  it('leaves fragments and queries alone', () => {
    expect(href('#note-1')).toBe('#note-1');
    expect(href('?q=reset')).toBe('?q=reset');
  });
});
