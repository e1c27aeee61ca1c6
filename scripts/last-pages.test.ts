import fs, { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastSite, linkLastPages, pruneLastPages, stampLastPages, writesReplaceLinks } from './last-pages.ts';

let dir: string;
let site: string;
let into: string;
let manifest: string;
let order: string;
let stamp: string;

/** Records that `at` was built with the manifest and order as they are now, by `code`. */
const stampNow = (at = site, code = 'code') => stampLastPages(at, { manifest, order }, stamp, code);

/** Links the last site's pages into the new site's folder, as the build does, if the stamp allows. */
async function link() {
  const last = lastSite(site, { manifest, order }, stamp);
  return last && linkLastPages(last, into, manifest);
}

/** Whether the stamp says the last site was built by this build's code, `code`, as the build asks. */
const sameCode = () => lastSite(site, { manifest, order }, stamp)?.code === 'code';

/** Writes a file, making its folders. */
function put(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** An Astro manifest of an incremental build that names these page files. */
function writeManifest(pages: string[]): void {
  const paths = Object.fromEntries(pages.map((page) => [`/${page}`, { cacheKey: 'k', outputFile: page }]));
  put(manifest, JSON.stringify({ version: 1, configHash: 'c', routes: { 'src/pages/x.astro': { paths } } }));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'last-pages-'));
  site = join(dir, 'dist');
  into = join(dir, 'dist.building');
  manifest = join(dir, 'node_modules', '.astro', 'incremental-build.json');
  stamp = join(dir, '.cache', 'last-pages.json');
  order = join(dir, '.cache', 'search-order.json');
  put(order, JSON.stringify(['a/index.html', 'b/index.html']));
  put(join(site, 'a', 'index.html'), '<p>a</p>');
  put(join(site, 'b', 'index.html'), '<p>b</p>');
  put(join(site, 'b', 'source.txt'), 'b');
  put(join(site, 'sitemap-0.xml'), '<urlset/>');
  writeManifest(['a/index.html', 'b/index.html', 'b/source.txt']);
  mkdirSync(into);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('linkLastPages', () => {
  it("links the pages Astro's manifest names, when the last site was built with that manifest", async () => {
    stampNow();
    const kept = await link();
    expect(kept?.linked.map((page) => page.path).sort()).toEqual(['a/index.html', 'b/index.html', 'b/source.txt']);
    expect(sameCode()).toBe(true);
    expect(statSync(join(into, 'a', 'index.html')).ino).toBe(statSync(join(site, 'a', 'index.html')).ino);
    // What is not a page of Astro's (the sitemap, the search index) is made afresh by the build.
    expect(existsSync(join(into, 'sitemap-0.xml'))).toBe(false);
  });

  it('links nothing when the manifest changed since the last site was built, or no stamp says which it was', async () => {
    expect(await link()).toBeUndefined();
    stampNow();
    // A build that failed after Astro wrote its manifest left the last site as it was.
    writeManifest(['a/index.html']);
    expect(await link()).toBeUndefined();
    // Nor when the search index's order changed.
    stampNow();
    put(order, '[]');
    expect(await link()).toBeUndefined();
    // A stamp of another site.
    stampNow(join(dir, 'elsewhere'));
    expect(await link()).toBeUndefined();
    expect(existsSync(join(into, 'a'))).toBe(false);
  });

  it('links nothing from a manifest it does not understand or that names a file outside the site', async () => {
    put(manifest, JSON.stringify({ version: 2, routes: {} }));
    stampNow();
    expect(await link()).toBeUndefined();
    writeManifest(['a/index.html', '../outside.txt']);
    stampNow();
    expect(await link()).toBeUndefined();
  });

  it("says whether the last site was built by this build's code", async () => {
    stampNow(site, 'the code before');
    const kept = await link();
    expect(kept?.linked.length).toBe(3);
    expect(sameCode()).toBe(false);
  });

  it('leaves a page the last site lacks for Astro to make', async () => {
    rmSync(join(site, 'b', 'source.txt'));
    stampNow();
    const kept = await link();
    expect(kept?.linked.map((page) => page.path).sort()).toEqual(['a/index.html', 'b/index.html']);
  });
});

describe('pruneLastPages', () => {
  it('removes the linked pages the new site does not have, and keeps those it has or wrote again', async () => {
    stampNow();
    const kept = await link();
    if (!kept) throw new Error('nothing linked');
    // The build wrote b's page again (replacing its link) and no longer has b's source, nor a.
    rmSync(join(into, 'b', 'index.html'));
    writeFileSync(join(into, 'b', 'index.html'), '<p>b, again</p>');
    writeManifest(['b/index.html']);
    expect(pruneLastPages(kept, manifest).sort()).toEqual(['a/index.html', 'b/source.txt']);
    expect(existsSync(join(into, 'a'))).toBe(false);
    expect(readFileSync(join(into, 'b', 'index.html'), 'utf8')).toBe('<p>b, again</p>');
    expect(existsSync(join(into, 'b', 'source.txt'))).toBe(false);
    // The last site is as it was.
    expect(readFileSync(join(site, 'b', 'index.html'), 'utf8')).toBe('<p>b</p>');
    expect(existsSync(join(site, 'a', 'index.html'))).toBe(true);
  });

  it('stops the build when a write went through a link into the last site', async () => {
    stampNow();
    const kept = await link();
    if (!kept) throw new Error('nothing linked');
    writeFileSync(join(into, 'a', 'index.html'), '<p>a, written in place</p>');
    expect(() => pruneLastPages(kept, manifest)).toThrow(/written through its link/);
  });
});

describe('writesReplaceLinks', () => {
  it("makes a write into the build's folder replace a linked page, never write into the last site", async () => {
    stampNow();
    await link();
    const [writeFile, writeFileSync] = [fs.promises.writeFile, fs.writeFileSync];
    const written: string[] = [];
    const undo = writesReplaceLinks(into, (path) => written.push(path));
    try {
      await fs.promises.writeFile(pathToFileURL(join(into, 'a', 'index.html')), '<p>a, again</p>');
      fs.writeFileSync(join(into, 'b', 'index.html'), '<p>b, again</p>');
    } finally {
      undo();
    }
    // Each write inside the folder is told once done, by its path in the site.
    expect(written).toEqual(['a/index.html', 'b/index.html']);
    expect(readFileSync(join(into, 'a', 'index.html'), 'utf8')).toBe('<p>a, again</p>');
    expect(readFileSync(join(into, 'b', 'index.html'), 'utf8')).toBe('<p>b, again</p>');
    expect(readFileSync(join(site, 'a', 'index.html'), 'utf8')).toBe('<p>a</p>');
    expect(readFileSync(join(site, 'b', 'index.html'), 'utf8')).toBe('<p>b</p>');
    // Undone, Node's own functions are back.
    expect(fs.promises.writeFile).toBe(writeFile);
    expect(fs.writeFileSync).toBe(writeFileSync);
  });

  it('leaves writes outside the folder as they are', async () => {
    const written: string[] = [];
    const undo = writesReplaceLinks(into, (path) => written.push(path));
    try {
      fs.linkSync(join(site, 'a', 'index.html'), join(dir, 'outside.html'));
      await fs.promises.writeFile(join(dir, 'outside.html'), '<p>in place</p>');
    } finally {
      undo();
    }
    expect(readFileSync(join(site, 'a', 'index.html'), 'utf8')).toBe('<p>in place</p>');
    expect(written).toEqual([]);
  });
});
