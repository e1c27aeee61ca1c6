import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcePages, pageFile, SEARCH_ROUTES, tellBuild } from './kept-pages';

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

describe('announcePages', () => {
  it("names the route's pages for search, then the route, then the files whose key is the one they had in Astro's last build", () => {
    const paths = [
      { params: { id: 'c' }, cacheKey: 'key-c' },
      { params: { id: 'a' }, cacheKey: 'key-a' },
      { params: { id: 'b' }, cacheKey: 'key-b, changed' },
      { params: { id: 'd' }, cacheKey: 'key-d' },
      { params: { id: 'e' } },
    ];
    const sorted = announcePages('src/pages/people/[id].astro', paths, (path) => path.params.id !== 'd');
    expect(sorted.map((path) => path.params.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(told()).toBe(
      [
        'plan people/a/index.html',
        'plan people/b/index.html',
        'plan people/c/index.html',
        'plan people/e/index.html',
        'planned src/pages/people/[id].astro',
        'kept people/a/index.html',
        'kept people/c/index.html',
        '',
      ].join('\n'),
    );
  });

  it('returns the paths in the order of their files, which is not always the order of their keys', () => {
    const paths = ['x', 'x-2', 'x.y', 'w'].map((slug) => ({ params: { slug } }));
    const sorted = announcePages('src/pages/articles/[slug].astro', paths);
    // `x-2/index.html` and `x.y/index.html` come before `x/index.html`: '-' and '.' sort before '/'.
    expect(sorted.map((path) => path.params.slug)).toEqual(['w', 'x-2', 'x.y', 'x']);
  });

  it("takes the keys of the route's own paths only, and says when a route has no page for search", () => {
    announcePages('src/pages/agreements/[id].astro', [{ params: { id: 'a' }, cacheKey: 'key-a' }], () => false);
    announcePages('src/pages/places/[id].astro', [{ params: { id: 'b' }, cacheKey: 'key-b' }], () => false);
    expect(told()).toBe(
      'planned src/pages/agreements/[id].astro\nplanned src/pages/places/[id].astro\nkept places/b/index.html\n',
    );
  });

  it('tells the build of pages written', () => {
    tellBuild('written', ['articles/a/index.html', 'robots.txt']);
    tellBuild('written', []);
    expect(told()).toBe('written articles/a/index.html\nwritten robots.txt\n');
  });

  it('names no kept page without a manifest it understands, and says nothing outside the build', () => {
    const paths = [{ params: { id: 'a' }, cacheKey: 'key-a' }];
    const plan = 'plan people/a/index.html\nplanned src/pages/people/[id].astro\n';
    vi.stubEnv('KEPT_PAGES_MANIFEST', join(dir, 'missing.json'));
    announcePages('src/pages/people/[id].astro', paths);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ version: 2, routes: {} }));
    vi.stubEnv('KEPT_PAGES_MANIFEST', join(dir, 'other.json'));
    announcePages('src/pages/people/[id].astro', paths);
    vi.stubEnv('KEPT_PAGES_FD', '');
    expect(announcePages('src/pages/people/[id].astro', paths)).toEqual(paths);
    expect(told()).toBe(plan + plan);
  });
});

describe('pageFile', () => {
  it("is the file Astro writes for a route's path, in folders", () => {
    expect(pageFile('src/pages/articles/[slug].astro', { slug: 'a-b' })).toBe('articles/a-b/index.html');
    expect(pageFile('src/pages/people/[id]/quotes.astro', { id: 'p' })).toBe('people/p/quotes/index.html');
    expect(pageFile('src/pages/docs/[...rest].astro', { rest: 'a/b' })).toBe('docs/a/b/index.html');
    expect(pageFile('src/pages/themes/index.astro', {})).toBe('themes/index.html');
  });
});

describe('SEARCH_ROUTES', () => {
  it('are the routes that name their pages to the build, and the routes whose pages are for search', () => {
    const pages = join(import.meta.dirname, '..', 'pages');
    const routes = readdirSync(pages, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => ({
        file: `src/pages/${file.split('\\').join('/')}`,
        text: readFileSync(join(pages, file), 'utf8'),
      }));
    // Each names itself: the component it passes is its own file.
    const announcing = routes.filter(({ file, text }) => /announcePages\(\s*'([^']+)'/.exec(text)?.[1] === file);
    expect(announcing.map(({ file }) => file).sort()).toEqual([...SEARCH_ROUTES].sort());
    // Every route whose page marks text for search, itself or through a component that does.
    const marking = routes.filter(({ text }) => /data-pagefind-body|<EntityPage\b/.test(text));
    expect(marking.map(({ file }) => file).sort()).toEqual([...SEARCH_ROUTES].sort());
  });
});
