import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();

/** Page furniture from the five seeds that must never reach a page, whatever the page. */
const FURNITURE = [
  'Accessibility links',
  'Breaking News',
  'gnn9',
  'by admin',
  'Updated:',
  '|||',
  'Typhoon Dujuan',
  'Forbidden City visitor cap',
  'Most Viewed',
  "Editor's Picks",
  "Today's Top News",
  'US Weekly',
  'Geared to go',
  'Похожие статьи',
  'Ваше имя',
  'Рассылка комментариев',
  'Ввести код',
  '- IANS',
];

describe('the built site', () => {
  it('has the home page, the article index, the about page and one page per seed', () => {
    // Pages left at an article's former address (they send readers on) are not articles.
    const articles = [...pages]
      .filter(
        ([path, tree]) => /^articles\/[^/]+\/index\.html$/.test(path) && !select('meta[http-equiv="refresh"]', tree),
      )
      .map(([path]) => path);
    expect(pages.has('index.html')).toBe(true);
    expect(pages.has('articles/index.html')).toBe(true);
    expect(pages.has('about/index.html')).toBe(true);
    expect(pages.has('404.html')).toBe(true);
    expect(articles).toHaveLength(5);
  });

  it.each(FURNITURE)('shows "%s" on no page but the source views', (junk) => {
    // A source view shows the seed as received, furniture struck through: that is what it is for.
    for (const [path, tree] of pages) {
      if (!/^articles\/[^/]+\/source\/index\.html$/.test(path)) expect(toText(tree), path).not.toContain(junk);
    }
  });

  it('ships scripts only with a chart, on the search page or to highlight a search, and loads nothing from another host', () => {
    const charted = /^(?:chronology\/(?:[^/]+\/)?|themes\/[^/]+\/|embed\/(?:chronology\/)?|search\/)index\.html$/;
    // JSON-LD is data for search engines and reference managers, not a script a browser runs.
    const scripts = (tree: Root) => selectAll('script:not([type="application/ld+json"])', tree);
    for (const [path, tree] of pages) {
      // Elsewhere only inline loaders that load something when a reader searches: the header box, and an article's
      // highlighter when arrived at from a search.
      if (!charted.test(path)) {
        for (const script of scripts(tree)) {
          expect(script.properties.src, path).toBeUndefined();
          expect(toText(script), path).toMatch(/pagefind-highlight|\/search\/box\.js/);
        }
      }
      for (const script of scripts(tree)) {
        expect(script.properties.type, path).toBe('module');
        if (script.properties.src) expect(String(script.properties.src), path).toMatch(/^\/(?:_astro|embed)\//);
      }
      // A canonical address is absolute by definition.
      for (const node of selectAll('[src], link[href]:not([rel="canonical"])', tree)) {
        const url = String(node.properties.src ?? node.properties.href);
        expect(url, path).not.toMatch(/^(?:https?:)?\/\//);
      }
    }
  });

  it('lists the years on the article index, newest first, each linked to its page, then the latest articles', () => {
    const index = pageAt(pages, 'articles/index.html');
    const years = selectAll('.year-list a', index);
    expect(years.map((node) => toText(node))).toEqual(['2015', '2009', '2003', '2002']);
    expect(years.map((node) => node.properties.href)).toEqual(
      ['2015', '2009', '2003', '2002'].map((year) => `/articles/years/${year}/`),
    );
    // Five articles, the two witnesses of the Syria story listed as one, naming the second.
    expect(selectAll('.article-list > li', index)).toHaveLength(4);
    expect(toText(index)).toContain('China Daily');
  });

  it("lists a year's articles on the year's page, each with its outlet", () => {
    const year = pageAt(pages, 'articles/years/2015/index.html');
    // The year's two articles are the two witnesses of one story: one item names both.
    const items = selectAll('.article-list > li', year);
    expect(items).toHaveLength(1);
    expect(toText(year)).toContain('2 articles, newest first.');
    expect(items[0] && toText(items[0])).toMatch(/Global News Network 9[\s\S]*China Daily/);
  });

  it('puts no link inside another on any page (a repaired name with its note stays valid HTML)', () => {
    // Read as written: an HTML parser would close the outer link and hide the fault.
    const dist = inject('dist');
    for (const path of pages.keys()) {
      let depth = 0;
      for (const tag of readFileSync(join(dist, path), 'utf8').matchAll(/<(\/?)a[\s>]/g)) {
        depth += tag[1] ? -1 : 1;
        expect(depth, path).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives every page a language, a title and exactly one main heading', () => {
    for (const [path, tree] of pages) {
      expect(select('html', tree)?.properties.lang, path).toBe('en');
      expect(toText(select('title', tree) ?? tree).length, path).toBeGreaterThan(3);
      expect(selectAll('h1', tree), path).toHaveLength(1);
    }
  });

  it('brackets the title supplied for seed 000, which prints none', () => {
    const page = pages.get('articles/russia-and-the-united-states-pledge-joint-efforts-for/index.html');
    if (!page) throw new Error('no page for seed 000');
    expect(select('h1 .supplied', page)).toBeDefined();
    expect(toText(page)).toContain('supplied by the archive');
  });
});

describe('an article whose slug changed', () => {
  it('leaves a page at its old address that sends readers to the new one and is no search result', () => {
    const old = pages.get('articles/russia-and-the-united-states-pledge-joint-efforts-for-post/index.html');
    const refresh = old && select('meta[http-equiv="refresh"]', old);
    expect(refresh?.properties.content).toBe('0; url=/articles/russia-and-the-united-states-pledge-joint-efforts-for/');
    expect(old && select('meta[name="robots"]', old)?.properties.content).toBe('noindex');
    expect(old && select('[data-pagefind-body]', old)).toBeUndefined();
  });
});
