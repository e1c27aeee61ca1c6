import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceKept, tellBuild } from './kept-pages';

let dir: string;
let fd: number;
const told = () => readFileSync(join(dir, 'told.txt'), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  const paths = (prefix: string) =>
    Object.fromEntries(
      ['a', 'b', 'c'].map((id) => [
        `/${prefix}/${id}/`,
        { cacheKey: `key-${id}`, outputFile: `${prefix}/${id}/index.html` },
      ]),
    );
  writeFileSync(
    join(dir, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/people/[id].astro': { dependencyHash: 'd', paths: paths('people') },
        'src/pages/places/[id].astro': { dependencyHash: 'd', paths: paths('places') },
      },
    }),
  );
  fd = openSync(join(dir, 'told.txt'), 'w');
  vi.stubEnv('KEPT_PAGES_FD', String(fd));
  vi.stubEnv('KEPT_PAGES_MANIFEST', join(dir, 'incremental-build.json'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
});

describe('announceKept', () => {
  it("names the files of the route's paths whose key is the key they had in Astro's last build", () => {
    const paths = [
      { params: { id: 'a' }, cacheKey: 'key-a' },
      { params: { id: 'b' }, cacheKey: 'key-b, changed' },
      { params: { id: 'c' }, cacheKey: 'key-c' },
      { params: { id: 'd' }, cacheKey: 'key-d' },
      { params: { id: 'e' } },
    ];
    expect(announceKept('src/pages/people/[id].astro', paths)).toBe(paths);
    expect(told()).toBe('kept people/a/index.html\nkept people/c/index.html\n');
  });

  it("takes the keys of the route's own paths only", () => {
    announceKept('src/pages/agreements/[id].astro', [{ cacheKey: 'key-a' }]);
    announceKept('src/pages/places/[id].astro', [{ cacheKey: 'key-b' }]);
    expect(told()).toBe('kept places/b/index.html\n');
  });

  it('tells the build of pages written', () => {
    tellBuild('written', ['articles/a/index.html', 'robots.txt']);
    tellBuild('written', []);
    expect(told()).toBe('written articles/a/index.html\nwritten robots.txt\n');
  });

  it('says nothing outside the build, or without a manifest it understands', () => {
    vi.stubEnv('KEPT_PAGES_FD', '');
    announceKept('src/pages/people/[id].astro', [{ cacheKey: 'key-a' }]);
    vi.stubEnv('KEPT_PAGES_FD', String(fd));
    vi.stubEnv('KEPT_PAGES_MANIFEST', join(dir, 'missing.json'));
    announceKept('src/pages/people/[id].astro', [{ cacheKey: 'key-a' }]);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ version: 2, routes: {} }));
    vi.stubEnv('KEPT_PAGES_MANIFEST', join(dir, 'other.json'));
    announceKept('src/pages/people/[id].astro', [{ cacheKey: 'key-a' }]);
    expect(told()).toBe('');
  });
});
