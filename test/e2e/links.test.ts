import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { type Served, serve } from '../../scripts/browser/serve.ts';
import { RedirectsFileSchema } from '../../src/schemas/data.ts';
import { CONTENT } from '../paths.ts';

/** The host and the sub-path this test publishes the archive at, as a site would publish it inside another. */
const SITE_URL = 'https://example.org';
const BASE = '/archive/';

let root: string;
let dist: string;
let site: Served;
let browser: Browser | undefined;

/**
 * Builds the whole site under the base path into `<root>/archive/` and serves `<root>`, so that `/archive/x/` is
 * `dist/x/index.html` and anything outside the base path is missing, as on the host. About a minute more than the
 * suite's own build.
 */
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chronicle-links-'));
  dist = join(root, BASE);
  // Vitest gives its workers Vite's own variables (BASE_URL=/, MODE=test, ...), and the Astro build would take
  // BASE_URL from the environment over its `base`: the child gets the environment a shell would give it.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...shell } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: resolve(import.meta.dirname, '..', '..'),
    env: { ...shell, DIST_DIR: dist, BASE_PATH: BASE, SITE_URL },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The site did not build under ${BASE}:\n${result.stdout}\n${result.stderr}`);
  site = await serve(root);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The text of every element named `name` in an XML document (saxes): a feed's `<link>`s, a sitemap's `<loc>`s. */
function textsOf(xml: string, name: string): string[] {
  const parser = new SaxesParser();
  const texts: string[] = [];
  let inside = false;
  parser.on('opentag', (tag) => {
    inside = tag.name === name;
    if (inside) texts.push('');
  });
  parser.on('text', (text) => {
    if (inside) texts[texts.length - 1] += text;
  });
  parser.on('closetag', () => {
    inside = false;
  });
  parser.write(xml).close();
  return texts.map((text) => text.trim());
}

/** A file of the build, by its absolute address on the site's host: `https://example.org/archive/x` → `dist/x`. */
function fileAt(url: string): string {
  expect(url.startsWith(`${SITE_URL}${BASE}`), `${url} is not under ${SITE_URL}${BASE}`).toBe(true);
  return readFileSync(join(dist, url.slice(`${SITE_URL}${BASE}`.length)), 'utf8');
}

/**
 * The addresses an inline script names (the header's search box, the search highlighter), which a link checker
 * does not read: quoted strings under the base path in every page's inline `<script>`s.
 */
function inlineScriptAddresses(): string[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const found = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, script] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const [, address] of (script ?? '').matchAll(/"(\/archive\/[^"\s]+)"/g)) found.add(address ?? '');
    }
  }
  return [...found];
}

/**
 * The links that do not resolve, with the page that has them, found by linkinator from `paths` on the served
 * build: every `href` and `src` (pages, stylesheets, scripts, images, iframes, JSON-LD), the `#fragment` of every
 * link to an element id, and, with `recurse`, every page reached that way. Addresses on SITE_URL count as internal
 * (rewritten to the served build); any other host is not contacted. `checked` has the addresses that resolved
 * (without query or fragment), so that a crawl that reached nothing cannot pass.
 */
async function check(paths: string[], recurse: boolean): Promise<{ broken: string[]; checked: Set<string> }> {
  const local = (url: string) => url.replace(SITE_URL, site.url);
  const result = await new LinkChecker().check({
    path: paths.map(local),
    recurse,
    checkFragments: true,
    concurrency: 10,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${SITE_URL.replaceAll('.', '\\.')}/`), replacement: `${site.url}/` },
    ],
    linksToSkip: async (link) => !link.startsWith(site.url),
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? 'no answer'}) on ${link.parent ?? 'the start'}`),
    checked: new Set(
      result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url.replace(/[?#].*$/, '')),
    ),
  };
}

describe(`the archive published at ${SITE_URL}${BASE}`, () => {
  it('has no broken link, source, stylesheet, script or fragment on any page reached from the home page', async () => {
    // The crawl starts from the home page alone. linkinator follows a link only when it starts with the address its
    // crawl started from, and checks each address once: started beside the home page, a crawl from 404.html that
    // reached /archive/articles/ first checked it without following it, and the years it links to went unreached.
    const { broken, checked } = await check([`${site.url}${BASE}`], true);
    expect(broken).toEqual([]);
    const scripts = inlineScriptAddresses().map((path) => `${site.url}${path}`);
    expect(scripts).toContain(`${site.url}${BASE}search/box.js`);
    const outside = await check([`${site.url}${BASE}404.html`, ...scripts], false);
    expect(outside.broken).toEqual([]);
    const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${site.url}${BASE}${file.replace(/index\.html$/, '')}`);
    // The pages left at articles' former addresses are linked from nowhere, by design: they are checked on their own
    // (a crawl that starts from them would not go on past their one link).
    const moved = RedirectsFileSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'data', 'redirects.json'), 'utf8')));
    const redirects = await check(
      moved.map((redirect) => `${site.url}${BASE}articles/${redirect.from}/`),
      false,
    );
    expect(redirects.broken).toEqual([]);
    expect(built.filter((page) => !checked.has(page) && !redirects.checked.has(page))).toEqual([]);
    expect(outside.checked).toContain(`${site.url}${BASE}404.html`);
  }, 120_000);

  it("has every RSS item's <link> and <guid> at a page of the build", async () => {
    const feed = fileAt(`${SITE_URL}${BASE}rss.xml`);
    const items = [...textsOf(feed, 'link'), ...textsOf(feed, 'guid')];
    expect(items.length).toBeGreaterThan(5);
    expect(await check(items, false)).toMatchObject({ broken: [] });
  }, 60_000);

  it("has every sitemap's <loc> at a page of the build", async () => {
    const sitemaps = textsOf(fileAt(`${SITE_URL}${BASE}sitemap-index.xml`), 'loc');
    const pages = sitemaps.flatMap((sitemap) => textsOf(fileAt(sitemap), 'loc'));
    expect(pages).toContain(`${SITE_URL}${BASE}articles/`);
    expect(await check([...sitemaps, ...pages], false)).toMatchObject({ broken: [] });
  }, 60_000);

  it("links search results, which Pagefind writes in the browser, to the archive's pages", async () => {
    browser = await launchChromium();
    const tab = await browser.newPage();
    await tab.goto(`${site.url}${BASE}search/?q=Lavrov`);
    await tab.waitForSelector('#search-results li h2 a');
    const results = await tab.$$eval('#search-results li h2 a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(results.length).toBeGreaterThan(2);
    expect(
      await check(
        results.map((result) => `${site.url}${result}`),
        false,
      ),
    ).toMatchObject({ broken: [] });
  }, 60_000);

  it('names the sitemap in robots.txt by its absolute address', () => {
    expect(fileAt(`${SITE_URL}${BASE}robots.txt`)).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
  });
});
