import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { indexSite, startIndexing } from './index-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexSite', () => {
  it('indexes only the pages that mark their text, reports their filters, and writes the index', async () => {
    mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'articles', 'a', 'index.html'),
      '<html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>Talks</h1><p>Lavrov met Clinton.</p><span data-pagefind-filter="theme:The reset"></span><span data-pagefind-filter="year:2009"></span></article></body></html>',
    );
    writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><h1>Home</h1><p>Navigation only.</p></body></html>');
    const report = await indexSite(dir);
    expect(report).toMatchObject({ pages: 1, language: 'en', filters: { theme: 1, year: 1 } });
    expect(report.words).toBeGreaterThan(2);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 60_000);
});

/** Every file of a written index, by path, as bytes in base64. */
const indexFiles = (site: string) =>
  new Map(
    readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.includes('.'))
      .sort()
      .map((name) => [name, readFileSync(join(site, 'pagefind', name)).toString('base64')]),
  );

describe('indexSite, with several pages given at once', () => {
  it('writes the same index, byte for byte, as one page at a time', async () => {
    const one = join(dir, 'one');
    for (let n = 0; n < 40; n++) {
      mkdirSync(join(one, 'articles', `a${n}`), { recursive: true });
      const words = Array.from({ length: 30 + n }, (_, i) => `word${(i * (n + 3)) % 97}`).join(' ');
      writeFileSync(
        join(one, 'articles', `a${n}`, 'index.html'),
        `<html lang="en"><body><article data-pagefind-body><h1 id="t${n}">Talks ${n}</h1><p>${words}</p><h2 id="s${n}">More</h2><p>Lavrov ${n % 7}</p><span data-pagefind-filter="year:${2000 + (n % 5)}"></span><span data-pagefind-sort="date:20${String(n).padStart(2, '0')}-01-01"></span></article></body></html>`,
      );
    }
    const many = join(dir, 'many');
    cpSync(one, many, { recursive: true });
    const [sequential, parallel] = [await indexSite(one, { inFlight: 1 }), await indexSite(many, { inFlight: 8 })];
    expect(parallel).toEqual(sequential);
    expect(indexFiles(many)).toEqual(indexFiles(one));
    expect(indexFiles(one).size).toBeGreaterThan(40);
  }, 60_000);
});

describe('startIndexing, with pages offered while the site is built', () => {
  const page = (n: number, extra = '') =>
    `<html lang="en"><body><article data-pagefind-body><h1>Talks ${n}</h1><p>Lavrov ${n % 5} met Blinken ${extra}</p><span data-pagefind-filter="year:${2000 + (n % 3)}"></span></article></body></html>`;
  /** A site of article pages numbered `numbers`, and a home page without search text. */
  const site = (name: string, numbers: number[]) => {
    const root = join(dir, name);
    for (const n of numbers) {
      mkdirSync(join(root, 'articles', `a${n}`), { recursive: true });
      writeFileSync(join(root, 'articles', `a${n}`, 'index.html'), page(n));
    }
    writeFileSync(join(root, 'index.html'), '<html lang="en"><body><h1>Home</h1></body></html>');
    return root;
  };
  const upTo = (count: number) => Array.from({ length: count }, (_, n) => n);
  /**
   * Holds the index made while `built` was built, and its report, to those of the finished site copied to `name` and
   * indexed whole.
   */
  const expectIndexedWhole = async (built: string, name: string, report: unknown) => {
    const whole = join(dir, name);
    cpSync(built, whole, { recursive: true });
    rmSync(join(whole, 'pagefind'), { recursive: true, force: true });
    expect(report).toEqual(await indexSite(whole));
    expect(indexFiles(built)).toEqual(indexFiles(whole));
  };
  const settle = () => new Promise((done) => setTimeout(done, 300));
  /** The order of the last index of a site: its pages for search, by path. */
  const orderOf = (root: string) => {
    const indexing = startIndexing(root);
    return indexing.finish().then(() => indexing.pages());
  };

  it('writes the same index, byte for byte, as indexing the finished site, pages offered in any order', async () => {
    const previous = await orderOf(site('previous', upTo(30)));
    expect(previous.slice(0, 3)).toEqual([
      'articles/a0/index.html',
      'articles/a1/index.html',
      'articles/a10/index.html',
    ]);
    const built = site('built', upTo(30));
    const indexing = startIndexing(built, { previous });
    for (const n of [3, 1, 0, 4, 15, 2, 9, 26, 10, 11, 12]) indexing.offer(`articles/a${n}/index.html`);
    indexing.offer('/index.html');
    indexing.offer('articles/a3/index.html'); // offered twice
    const report = await indexing.finish();
    await expectIndexedWhole(built, 'built-whole', report);
  }, 60_000);

  it('indexes the finished site afresh when a page given changed, or a page for search came before it', async () => {
    const previous = await orderOf(site('previous-2', upTo(12)));
    const changed = site('changed', upTo(12));
    const indexing = startIndexing(changed, { previous });
    for (const n of [0, 1, 2, 3]) indexing.offer(`articles/a${n}/index.html`);
    await settle();
    writeFileSync(join(changed, 'articles', 'a1', 'index.html'), page(1, 'and Lavrov again'));
    rmSync(join(changed, 'articles', 'a2'), { recursive: true });
    const report = await indexing.finish();
    await expectIndexedWhole(changed, 'changed-whole', report);
    expect(report.pages).toBe(11);

    // A new page sorted before those given: `articles/a00` comes before `articles/a1`.
    const added = site('added', upTo(12));
    const adding = startIndexing(added, { previous });
    for (const n of upTo(12)) adding.offer(`articles/a${n}/index.html`);
    await settle();
    mkdirSync(join(added, 'articles', 'a00'));
    writeFileSync(join(added, 'articles', 'a00', 'index.html'), page(0, 'new'));
    const addedReport = await adding.finish();
    await expectIndexedWhole(added, 'added-whole', addedReport);
  }, 60_000);

  it('reads again a page read while the site was built when its file changed after, though it was not for search', async () => {
    const previous = await orderOf(site('previous-3', upTo(6)));
    const built = site('home-changed', upTo(6));
    const indexing = startIndexing(built, { previous });
    for (const n of upTo(6)) indexing.offer(`articles/a${n}/index.html`);
    // The home page, which the last index did not hold, is read when offered: it is not for search then.
    indexing.offer('index.html');
    await settle();
    writeFileSync(join(built, 'index.html'), page(99, 'on the home page'));
    const report = await indexing.finish();
    expect(report.pages).toBe(7);
    await expectIndexedWhole(built, 'home-changed-whole', report);
  }, 60_000);

  it("takes a page that is the last site's own file for search only if the last index held it, without reading it", async () => {
    const lastSite = site('last-site', upTo(4));
    const previous = await orderOf(lastSite);
    // The build linked the last site's pages into the new one (scripts/last-pages.ts), and wrote one of them again.
    const built = join(dir, 'linked');
    for (const path of [...previous, 'index.html']) {
      mkdirSync(dirname(join(built, path)), { recursive: true });
      linkSync(join(lastSite, path), join(built, path));
    }
    rmSync(join(built, 'articles', 'a2', 'index.html'));
    writeFileSync(join(built, 'articles', 'a2', 'index.html'), page(2, 'written again'));
    const indexing = startIndexing(built, { previous, last: lastSite });
    for (const path of [...previous, 'index.html']) indexing.offer(path);
    const report = await indexing.finish();
    await expectIndexedWhole(built, 'linked-whole', report);
    // Were the last site's home page marked for search though its index did not hold it, it would not be read.
    writeFileSync(join(lastSite, 'index.html'), page(98, 'on the home page'));
    const trusted = startIndexing(built, { previous, last: lastSite });
    trusted.offer('index.html');
    await settle();
    expect((await trusted.finish()).pages).toBe(4);
  }, 60_000);
  describe('in the order the routes name', () => {
    /** What `finish` says of the pages given while the site was built. */
    const givenWhileBuilt = () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      return () => {
        const said = log.mock.calls.map((call) => String(call[0])).find((line) => line.startsWith('search: '));
        log.mockRestore();
        return said;
      };
    };
    const routes = ['src/pages/a.astro', 'src/pages/b.astro'];

    it('gives the pages in the order the routes name, once they all have, with no last index', async () => {
      const built = site('planned', upTo(20));
      const paths = upTo(20).map((n) => `articles/a${n}/index.html`);
      const said = givenWhileBuilt();
      const indexing = startIndexing(built, { routes });
      // Kept pages are named with the routes, before the order is known; they wait for it.
      indexing.offer(paths[0] ?? '', 'kept');
      // Astro writes its scripts and styles before any page; they do not end the routes' naming.
      indexing.offer('_astro/site.css');
      for (const path of paths.slice(10)) indexing.plan(path);
      indexing.planned('src/pages/a.astro');
      for (const path of paths.slice(0, 10).reverse()) indexing.plan(path);
      indexing.planned('src/pages/b.astro');
      for (const path of paths.slice(1)) indexing.offer(path);
      indexing.offer('index.html');
      await settle();
      const report = await indexing.finish();
      expect(said()).toBe('search: 20 of 20 pages indexed while the site was built.');
      await expectIndexedWhole(built, 'planned-whole', report);
    }, 60_000);

    it("takes the last index's order when a page is written before every route has named its pages", async () => {
      const previous = await orderOf(site('previous-4', upTo(8)));
      const built = site('unplanned', upTo(8));
      const said = givenWhileBuilt();
      const indexing = startIndexing(built, { routes, previous });
      indexing.plan('articles/a0/index.html');
      indexing.planned('src/pages/a.astro');
      for (const path of previous) indexing.offer(path);
      // Too late: the order is the last index's.
      indexing.planned('src/pages/b.astro');
      await settle();
      const report = await indexing.finish();
      expect(said()).toBe('search: 8 of 8 pages indexed while the site was built.');
      await expectIndexedWhole(built, 'unplanned-whole', report);
    }, 60_000);

    it('indexes the finished site afresh when a page named for search is not', async () => {
      const built = site('misplanned', upTo(6));
      writeFileSync(join(built, 'articles', 'a1', 'index.html'), '<html lang="en"><body><h1>Moved</h1></body></html>');
      const indexing = startIndexing(built, { routes: ['src/pages/a.astro'] });
      for (const n of upTo(6)) indexing.plan(`articles/a${n}/index.html`);
      indexing.planned('src/pages/a.astro');
      for (const n of upTo(6)) indexing.offer(`articles/a${n}/index.html`);
      await settle();
      const report = await indexing.finish();
      expect(report.pages).toBe(5);
      await expectIndexedWhole(built, 'misplanned-whole', report);
    }, 60_000);
  });
});

describe('the search step of the build', () => {
  it('fails, naming the problem, when the site cannot be indexed', () => {
    const result = spawnSync(process.execPath, ['scripts/search/cli.ts', join(dir, 'no-such-site')], {
      cwd: resolve(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The search index was not built: .*no-such-site/);
  });

  it('indexes pages named on its input as they come, and writes nothing if the input ends before the site is done', () => {
    const site = join(dir, 'cli-stream');
    mkdirSync(join(site, 'articles', 'a'), { recursive: true });
    writeFileSync(
      join(site, 'articles', 'a', 'index.html'),
      '<html lang="en"><body><article data-pagefind-body><h1>Talks</h1><p>Lavrov met Clinton.</p></article></body></html>',
    );
    const cwd = resolve(import.meta.dirname, '..', '..');
    const stream = (input: string) =>
      spawnSync(process.execPath, ['scripts/search/cli.ts', site, '--stream'], { cwd, input, encoding: 'utf8' });
    const unfinished = stream('written articles/a/index.html\n');
    expect(unfinished.status).toBe(1);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    const finished = stream('written articles/a/index.html\n\n');
    expect(finished.stdout).toContain('Search index: 1 pages');
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
