import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();
const STORY = 'stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/index.html';
const WITNESSES = [
  'russia-us-agree-to-cooperate-in-solving-syria-crisis',
  'russia-us-agree-to-cooperate-in-solving-syria-crisis-russian',
];

describe('the story page of seeds 001 and 002', () => {
  it('is linked from each witness’s article page', () => {
    for (const slug of WITNESSES) {
      const links = selectAll('a', pageAt(pages, `articles/${slug}/index.html`)).map((a) => a.properties.href);
      expect(links, slug).toContain('/stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/');
    }
  });

  it('is listed on the stories index', () => {
    const index = pageAt(pages, 'stories/index.html');
    expect(selectAll('main a', index).map((a) => a.properties.href)).toContain(
      '/stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
    );
  });

  it('marks each spelling that differs, struck in 001 and underlined in 002', () => {
    const page = pageAt(pages, STORY);
    const struck = selectAll('table.witnesses del', page).map((node) => toText(node).trim());
    const added = selectAll('table.witnesses ins', page).map((node) => toText(node).trim());
    expect(struck).toEqual(expect.arrayContaining(['defence', 'centre', '(IS']));
    expect(added).toEqual(expect.arrayContaining(['defense', 'center', 'IS (']));
  });

  it('shows the paragraphs only 002 has beside an empty cell that says so', () => {
    const rows = selectAll('table.witnesses tbody tr', pageAt(pages, STORY));
    const alone = rows.filter((row) => toText(row).includes('Not in this witness.'));
    expect(alone).toHaveLength(6);
    const last = alone.at(-1);
    expect(last && toText(last)).toContain('We have explained our position');
  });

  it('links every paragraph to its place in its article', () => {
    const links = selectAll('table.witnesses td a', pageAt(pages, STORY)).map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link).toMatch(/^\/articles\/[a-z0-9-]+\/#p-[a-z0-9]+$/);
  });
});

describe('the article index', () => {
  it('lists the two Syria witnesses once, naming the second and linking to them side by side', () => {
    const index = pageAt(pages, 'articles/index.html');
    const items = selectAll('ul.article-list > li', index).filter((item) => toText(item).includes('Syria crisis'));
    expect(items).toHaveLength(1);
    const links = selectAll('a', items[0] ?? index).map((a) => a.properties.href);
    expect(links).toEqual(
      expect.arrayContaining([
        `/articles/${WITNESSES[0]}/`,
        `/articles/${WITNESSES[1]}/`,
        '/stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
      ]),
    );
  });

  it('gives each article its themes, linked', () => {
    const index = pageAt(pages, 'articles/index.html');
    const restart = selectAll('ul.article-list > li', index).find((item) => toText(item).includes('restart'));
    expect(restart && selectAll('a', restart).map((a) => a.properties.href)).toEqual(
      expect.arrayContaining(['/themes/reset/', '/themes/iran/']),
    );
  });
});
