import { describe, expect, it } from 'vitest';
import { basePath } from './base-path.ts';

describe('basePath', () => {
  it('is the root when no base path is given', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('gives "/archive/" however the slashes are written', () => {
    for (const raw of ['archive', '/archive', 'archive/', '/archive/', '//archive//']) {
      expect(basePath(raw)).toBe('/archive/');
    }
    expect(basePath('/a//b/')).toBe('/a/b/');
  });

  it('refuses a full address, naming the variable and the fix', () => {
    expect(() => basePath('https://example.org/archive/')).toThrow(/BASE_PATH .*SITE_URL/);
    expect(() => basePath('/archive/?x')).toThrow(/not a path/);
  });
});
