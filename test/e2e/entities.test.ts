import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();

const RESTART = 'the-us-and-russia-began-restart-relations';

/** The articles a page lists, by path, in its order. */
const listed = (tree: Root) =>
  selectAll('section[aria-labelledby=articles] .article-list h3 a', tree).map((node) => String(node.properties.href));

/** The text of a fact (`<dt>` name) in a page's facts list. */
function fact(tree: Root, name: string): string {
  const dt = selectAll('.facts dt', tree).find((node) => toText(node) === name);
  const dd = dt && selectAll('.facts > *', tree).at(selectAll('.facts > *', tree).indexOf(dt) + 1);
  return dd ? toText(dd).replace(/\s+/g, ' ') : '';
}

describe('places, organisations and agreements', () => {
  it('a place page lists the articles that name it, newest first', () => {
    const tree = pageAt(pages, 'places/moscow/index.html');
    expect(toText(select('h1', tree) ?? tree)).toBe('Moscow');
    expect(listed(tree)).toEqual([
      '/articles/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
      `/articles/${RESTART}/`,
      '/articles/russia-and-the-united-states-pledge-joint-efforts-for/',
      '/articles/russia-pledges-support-for-powell-mideast-mission/',
    ]);
    expect(select('.facts a[href="/places/russia/"]', tree)).toBeTruthy();
  });

  it('a city names its country even when no article does', () => {
    const tree = pageAt(pages, 'places/geneva/index.html');
    expect(fact(tree, 'Country')).toBe('Switzerland');
    expect(select('.facts a[href="https://www.wikidata.org/wiki/Q71"]', tree)).toBeTruthy();
  });

  it('an organisation page lists the articles that name it', () => {
    const tree = pageAt(pages, 'organisations/un-security-council/index.html');
    expect(listed(tree)).toEqual([
      '/articles/russia-and-the-united-states-pledge-joint-efforts-for/',
      '/articles/russia-pledges-support-for-powell-mideast-mission/',
    ]);
  });

  it('an agreement page lists the articles that name it', () => {
    const tree = pageAt(pages, 'agreements/un-security-council-resolution-1483/index.html');
    expect(listed(tree)).toEqual(['/articles/russia-and-the-united-states-pledge-joint-efforts-for/']);
  });

  it('the places index sets cities apart, each with its country and count', () => {
    const tree = pageAt(pages, 'places/index.html');
    const cities = selectAll('section[aria-labelledby=cities] li', tree).map((node) => toText(node));
    expect(cities.find((text) => text.startsWith('Geneva'))).toMatch(/^Geneva, Switzerland.*1 article\.$/s);
    const countries = selectAll('section[aria-labelledby=countries] h3', tree).map((node) => toText(node));
    expect(countries).toContain('Russia');
    expect(countries).not.toContain('Geneva');
  });

  it('the people index and the home page link to the other indexes', () => {
    for (const path of ['people/index.html', 'index.html']) {
      const links = selectAll('main a', pageAt(pages, path)).map((node) => node.properties.href);
      expect(links).toEqual(expect.arrayContaining(['/places/', '/organisations/', '/agreements/']));
    }
  });
});

describe('annotations link places and organisations', () => {
  it('links a place and an organisation in the text to their pages', () => {
    const restart = pageAt(pages, `articles/${RESTART}/index.html`);
    expect(selectAll('.prose a.entity.place', restart).map((node) => node.properties.href)).toContain(
      '/places/geneva/',
    );
    const iraq = pageAt(pages, 'articles/russia-and-the-united-states-pledge-joint-efforts-for/index.html');
    expect(selectAll('.prose a.entity.organisation', iraq).map((node) => node.properties.href)).toContain(
      '/organisations/un-security-council/',
    );
    expect(selectAll('.prose a.entity.agreement', iraq).map((node) => node.properties.href)).toContain(
      '/agreements/un-security-council-resolution-1483/',
    );
  });

  it('puts no link inside another on any article page', () => {
    const articles = [...pages].filter(([path]) => /^articles\/[^/]+\/index\.html$/.test(path));
    expect(articles.length).toBeGreaterThan(0);
    for (const [, tree] of articles) expect(selectAll('a a', tree)).toEqual([]);
  });
});

describe('roles at the time of each article', () => {
  it(`gives Lavrov's and Clinton's offices on the day of the reset meeting, 7 March 2009`, () => {
    const people = fact(pageAt(pages, `articles/${RESTART}/index.html`), 'People');
    expect(people).toContain('Sergei Lavrov, Foreign Minister of Russia');
    expect(people).toContain('Hillary Clinton, United States Secretary of State');
  });

  it('names without an office a person who held none on the date', () => {
    const people = fact(pageAt(pages, `articles/${RESTART}/index.html`), 'People');
    expect(people).toMatch(/George W\. Bush(?:;|$)/);
  });

  it("gives a person's office beside each of their articles", () => {
    const tree = pageAt(pages, 'people/vladimir-putin/index.html');
    const items = selectAll('#articles ~ ul.article-list > li', tree).map((node) => toText(node).replace(/\s+/g, ' '));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain('then President of Russia');
  });
});
