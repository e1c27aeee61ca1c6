import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderBytes, gnuTimeKiB, pageSizes, removeAll } from './build-run.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A built folder of a few files, each of the given bytes. */
function built(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-build-run-test-'));
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x'.repeat(bytes));
  }
  return dir;
}

describe('pageSizes and folderBytes', () => {
  it("types every HTML page by its address, in the order of budgets.ts's types, and counts every file of the folder", () => {
    const dist = built({
      'about/index.html': 20,
      'index.html': 100,
      'articles/a-b/index.html': 300,
      'odd/page.html': 5,
      'pagefind/x.pf': 50,
    });
    expect(pageSizes(dist)).toEqual([
      { path: '/', type: 'home', bytes: 100 },
      { path: '/articles/a-b/', type: 'article', bytes: 300 },
      { path: '/about/', type: 'about', bytes: 20 },
      { path: '/odd/page.html', type: 'of no type', bytes: 5 },
    ]);
    expect(folderBytes(dist)).toBe(475);
  });

  it('removes what a build cached, and passes over what is not there', () => {
    const project = built({ '.astro/data-store.json': 10, 'dist/index.html': 10, 'src/page.astro': 10 });
    removeAll(project, ['.astro', 'dist', 'node_modules/.astro']);
    expect(folderBytes(project)).toBe(10);
  });
});

describe('gnuTimeKiB', () => {
  it("reads GNU time's %M line, after any line it writes about a signal", () => {
    expect(gnuTimeKiB('807692\n')).toBe(807692);
    expect(gnuTimeKiB('Command terminated by signal 9\n1234\n')).toBe(1234);
    expect(gnuTimeKiB('')).toBeUndefined();
  });
});
