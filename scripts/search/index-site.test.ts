import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from './index-site.ts';

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

describe('indexSite, with several pages given at once', () => {
  /** Every file of a written index, by path, as bytes in base64. */
  const indexFiles = (site: string) =>
    new Map(
      readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.includes('.'))
        .sort()
        .map((name) => [name, readFileSync(join(site, 'pagefind', name)).toString('base64')]),
    );

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

describe('the search step of the build', () => {
  it('fails, naming the problem, when the site cannot be indexed', () => {
    const result = spawnSync(process.execPath, ['scripts/search/cli.ts', join(dir, 'no-such-site')], {
      cwd: resolve(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The search index was not built: .*no-such-site/);
  });
});
