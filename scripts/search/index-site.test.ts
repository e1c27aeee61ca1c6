import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
