import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { CONTENT } from '../paths.ts';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();

/** The themes of each article, by slug, as its frontmatter in content/articles/ gives them. */
const themesOf = new Map<string, string[]>();

beforeAll(() => {
  const folder = join(CONTENT, 'articles');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
    const article = ArticleSchema.parse(parse(frontmatter));
    themesOf.set(
      file.replace(/\.mdx$/, ''),
      article.themes.map((theme) => theme.id),
    );
  }
});

const THEMES = ['iraq', 'syria', 'reset', 'iran'];

const page = (path: string): Root => pageAt(pages, path);

/** The slugs of the articles a theme has, by the articles' frontmatter. */
function articlesOn(theme: string): string[] {
  return [...themesOf].filter(([, themes]) => themes.includes(theme)).map(([slug]) => slug);
}

/** The slugs of the articles a part of a page links to. */
function linkedArticles(tree: Root | Element): string[] {
  return selectAll('a[href^="/articles/"]', tree).map((a) => String(a.properties.href).split('/')[2] ?? '');
}

/** The path under dist/ of the page a site link goes to, without its fragment. */
function target(href: string): string {
  return `${href.split('#')[0]?.replace(/^\//, '')}index.html`;
}

function section(tree: Root, id: string): Element {
  const found = select(`section[aria-labelledby="${id}"]`, tree);
  if (!found) throw new Error(`no section "${id}"`);
  return found;
}

describe('the themes index', () => {
  it('lists iraq, syria, reset and iran in their order, each linked, with its number of articles', () => {
    const items = selectAll('main li', page('themes/index.html'));
    expect(items.map((item) => select('a', item)?.properties.href)).toEqual(THEMES.map((id) => `/themes/${id}/`));
    items.forEach((item, i) => {
      const count = articlesOn(THEMES[i] ?? '').length;
      expect(count).toBeGreaterThan(0);
      expect(toText(item)).toContain(`${count} ${count === 1 ? 'article' : 'articles'}`);
    });
  });

  it('gives the years each theme spans, and the summary', () => {
    const iraq = selectAll('main li', page('themes/index.html'))[0];
    if (!iraq) throw new Error('no first theme');
    expect(toText(iraq)).toMatch(/1 article, 2003\b/);
    expect(toText(iraq)).toContain('from the 2003 war and the Security Council votes');
  });

  it('is on the home page too, with the same counts', () => {
    const home = section(page('index.html'), 'themes');
    expect(selectAll('a', home).map((a) => a.properties.href)).toEqual(THEMES.map((id) => `/themes/${id}/`));
    expect(toText(home)).toMatch(/Iraq\s*1 article, 2003/);
  });
});

describe('the Iraq theme page', () => {
  it('has the title and the editorial introduction', () => {
    const iraq = page('themes/iraq/index.html');
    expect(toText(select('h1', iraq) ?? iraq)).toBe('Iraq');
    expect(toText(iraq)).toContain(
      'Before the war of 2003, Russia opposed the use of force against Iraq at the United Nations.',
    );
  });

  it('has a chronology drawn as SVG and a table of its events, by date, each linked to an article that exists', () => {
    const chronology = section(page('themes/iraq/index.html'), 'chronology');
    expect(selectAll('svg.chrono a.event', chronology).length).toBeGreaterThan(0);
    const events = selectAll('table.events tbody tr', chronology);
    const dates = events.map((event) => String(select('time[datetime]', event)?.properties.dateTime));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]).toMatch(/^2003-\d\d-\d\d$/);
    expect(dates).toEqual([...dates].sort());
    for (const event of events) {
      const links = selectAll('a[href^="/articles/"]', event);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(pages.has(target(String(link.properties.href)))).toBe(true);
    }
  });

  it('lists the Iraq articles and Igor Ivanov among the people', () => {
    const iraq = page('themes/iraq/index.html');
    expect(articlesOn('iraq').length).toBeGreaterThan(0);
    for (const slug of articlesOn('iraq')) expect(linkedArticles(section(iraq, 'articles'))).toContain(slug);
    const people = selectAll('a', section(iraq, 'people'));
    expect(people.map((a) => [toText(a), a.properties.href])).toContainEqual(['Igor Ivanov', '/people/igor-ivanov/']);
  });

  it("gives key quotations with the speaker's page and the quotation in its article", () => {
    const quotes = selectAll('li', section(page('themes/iraq/index.html'), 'quotes'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(select('q', quote)).toBeDefined();
      expect(select('a[href^="/people/"]', quote)).toBeDefined();
      const article = select('a[href^="/articles/"]', quote);
      expect(String(article?.properties.href)).toMatch(/^\/articles\/[^/]+\/#quote-\d+$/);
    }
  });
});

describe('every theme page', () => {
  it.each(THEMES)('/themes/%s/ lists exactly the articles whose frontmatter has the theme', (theme) => {
    const listed = linkedArticles(section(page(`themes/${theme}/index.html`), 'articles'));
    expect([...listed].sort()).toEqual(articlesOn(theme).sort());
    for (const slug of listed) expect(themesOf.get(slug)).toContain(theme);
  });

  it.each(THEMES)('/themes/%s/ gives at most eight key quotations, each linked to itself in its article', (theme) => {
    const quotes = select('section[aria-labelledby="quotes"]', page(`themes/${theme}/index.html`));
    expect(quotes ? selectAll('ul.quote-list > li', quotes).length : 0).toBeLessThanOrEqual(8);
    // Each quotation links to every witness that carries it.
    const links = quotes ? selectAll('a[href^="/articles/"]', quotes).map((a) => String(a.properties.href)) : [];
    for (const href of links) expect(select(`#${href.split('#')[1]}`, page(target(href))), href).toBeDefined();
  });
});

describe('links to the themes', () => {
  it("links every article page's theme names to an existing theme page", () => {
    for (const [slug, themes] of themesOf) {
      const facts = select('.facts', page(`articles/${slug}/index.html`));
      const links = facts ? selectAll('a[href^="/themes/"]', facts).map((a) => String(a.properties.href)) : [];
      expect(links, slug).toEqual(themes.map((id) => `/themes/${id}/`));
      for (const href of links) expect(pages.has(target(href)), href).toBe(true);
    }
  });

  it('has Themes and Chronology in the site navigation of every page but the iframe page, between Articles and People', () => {
    for (const [path, tree] of pages) {
      // The iframe page is the chart alone; a page left at a former address only sends readers on.
      if (path === 'embed/chronology/index.html' || select('meta[http-equiv="refresh"]', tree)) continue;
      const nav = selectAll('nav[aria-label="Site"] a', tree);
      expect(
        nav.map((a) => toText(a)),
        path,
      ).toEqual(['Articles', 'Themes', 'Chronology', 'People', 'About']);
      expect(nav[1]?.properties.href, path).toBe('/themes/');
    }
  });
});

describe('what a theme introduction says', () => {
  it.each(THEMES)(
    '/themes/%s/ links its facts to the archived articles that carry them, and names its other sources',
    (theme) => {
      const intro = select('.intro', page(`themes/${theme}/index.html`));
      const links = intro ? selectAll('a', intro).map((a) => String(a.properties.href)) : [];
      expect(links.filter((link) => link.startsWith('/articles/')).length).toBeGreaterThan(0);
      for (const link of links.filter((each) => each.startsWith('/articles/')))
        expect(pages.has(target(link)), link).toBe(true);
      expect(links.filter((link) => /^https?:\/\//.test(link)).length).toBeGreaterThan(0);
    },
  );
});
