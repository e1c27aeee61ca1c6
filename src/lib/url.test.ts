import { afterEach, describe, expect, it, vi } from 'vitest';
import { absolute, href } from './url.ts';

/** url.ts as a build under the base path `base` reads it. */
async function under(base: string): Promise<typeof import('./url.ts')> {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return import('./url.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('href', () => {
  it('leaves a root path at the root when the site has no base path', () => {
    expect(href('/articles/x/')).toBe('/articles/x/');
    expect(href('/')).toBe('/');
  });

  it('leaves fragments and queries alone', () => {
    expect(href('#note-1')).toBe('#note-1');
    expect(href('?q=reset')).toBe('?q=reset');
  });

  it('puts a root path under the base path "/archive/"', async () => {
    const url = await under('/archive');
    expect(url.href('/articles/x/#p-1')).toBe('/archive/articles/x/#p-1');
    expect(url.href('/')).toBe('/archive/');
    expect(url.ROOT).toBe('/archive');
  });
});

describe('absolute', () => {
  it('gives the address on the site’s host', () => {
    expect(absolute('/rss.xml', 'https://example.org')).toBe('https://example.org/rss.xml');
  });

  it('keeps the base path, whatever path the host URL has', async () => {
    const url = await under('/archive/');
    expect(url.absolute('/rss.xml', new URL('https://example.org/'))).toBe('https://example.org/archive/rss.xml');
  });
});
