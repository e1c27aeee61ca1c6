import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { embeddedMetadata } from './embedded-metadata.ts';
import { servedSite } from './served-site.ts';

/** Each seed article, with what a reference manager must save from its page. */
const ARTICLES = [
  {
    slug: 'russia-us-agree-to-cooperate-in-solving-syria-crisis-russian',
    title: 'Russia, US agree to cooperate in solving Syria crisis: Russian FM',
    date: '2015/09/30',
    outlet: 'China Daily',
  },
  {
    slug: 'russia-us-agree-to-cooperate-in-solving-syria-crisis',
    title: 'Russia, US agree to cooperate in solving Syria crisis',
    date: '2015/09/30',
    outlet: 'Global News Network 9',
  },
  {
    slug: 'russia-pledges-support-for-powell-mideast-mission',
    title: 'Russia Pledges Support for Powell Mideast Mission',
    date: '2002/04/06',
    outlet: 'Voice of America',
  },
  {
    // Dated by the editors to one of two days: only the month is sure. No outlet is known.
    slug: 'russia-and-the-united-states-pledge-joint-efforts-for',
    title: '[Russia and the United States pledge joint efforts for post-war Iraq]',
    date: '2003/08',
    outlet: undefined,
  },
  {
    // Dated by inference; credited to an agency, with no outlet known.
    slug: 'the-us-and-russia-began-restart-relations',
    title: 'The U.S. and Russia began "restart" relations',
    date: '2009/03/07',
    outlet: undefined,
  },
];

const pages = new Map<string, Root>();

beforeAll(() => {
  const dist = inject('dist');
  for (const { slug } of ARTICLES)
    pages.set(slug, fromHtml(readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8')));
});

function page(slug: string): Root {
  const tree = pages.get(slug);
  if (!tree) throw new Error(`no page for ${slug}`);
  return tree;
}

function jsonLd(tree: Root): Record<string, unknown>[] {
  return selectAll('script[type="application/ld+json"]', tree).map((script) => JSON.parse(toText(script)));
}

describe('an article page saved to a reference manager', () => {
  it.each(ARTICLES)('saves $slug as a newspaper article with its title, date, outlet and address', (article) => {
    const saved = embeddedMetadata(page(article.slug));
    expect(saved).toMatchObject({
      itemType: 'newspaperArticle',
      title: article.title,
      date: article.date,
      language: 'en',
    });
    expect(saved.publicationTitle).toBe(article.outlet);
    expect(saved.url).toMatch(new RegExp(`^https?://[^/]+/(?:.+/)?articles/${article.slug}/$`));
    // No seed names a writer (GNN9's "by admin" is an account): no author is invented.
    expect(saved.creators).toEqual([]);
  });
});

describe('the "Cite this" section of an article page', () => {
  it.each(ARTICLES)('gives $slug in all four formats in the HTML, without a script', ({ slug, title }) => {
    const section = select('section.cite', page(slug));
    if (!section) throw new Error(`no "Cite this" section on ${slug}`);
    const format = (id: string) => toText(select(`#cite-${id}`, section) ?? section);
    expect(format('text')).toContain(title.replace(/"(\w+)"/, '“$1”'));
    expect(format('bibtex')).toMatch(/^@article\{\w+,\n/);
    expect(format('ris')).toMatch(/^TY {2}- NEWS\n[\s\S]*\nER {2}- $/);
    expect(JSON.parse(format('csl'))).toMatchObject([{ type: 'article-newspaper' }]);
    expect(select('script:not([type="application/ld+json"])', section)).toBeUndefined();
  });

  it('is left out of the search index', () => {
    for (const tree of pages.values()) expect(select('[data-pagefind-ignore] section.cite', tree)).toBeDefined();
  });
});

describe('the JSON-LD of an article page', () => {
  it.each(ARTICLES)('describes $slug as one NewsArticle with its headline', ({ slug, title }) => {
    const nodes = jsonLd(page(slug));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title });
  });

  it('says the GNN9 copy is based on the address the seed gives, and mentions Lavrov with his page', () => {
    const [node] = jsonLd(page('russia-us-agree-to-cooperate-in-solving-syria-crisis'));
    expect(node).toMatchObject({ isBasedOn: 'http://www.gnn9.com/index.php', sourceOrganization: [{ name: 'IANS' }] });
    expect(node?.['mentions']).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        name: 'Sergei Lavrov',
        url: expect.stringMatching(/\/people\/sergei-lavrov\/$/),
      }),
    );
    expect(node?.['mentions']).toContainEqual(
      expect.objectContaining({
        '@type': 'Event',
        startDate: '2015-09-28',
        url: expect.stringMatching(/\/chronology\/#event-/),
      }),
    );
  });

  it('gives a person page a Person', () => {
    const tree = fromHtml(readFileSync(join(inject('dist'), 'people', 'sergei-lavrov', 'index.html'), 'utf8'));
    expect(jsonLd(tree)).toMatchObject([{ '@type': 'Person', name: 'Sergei Lavrov' }]);
  });
});

describe('the "Cite this" section in Chromium', () => {
  const served = servedSite();

  it('opens the RIS record and selects a whole reference with one click, without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${served.site.url}/articles/the-us-and-russia-began-restart-relations/`);
    await tab.locator('.cite summary', { hasText: 'RIS' }).click();
    expect(await tab.locator('#cite-ris').innerText()).toContain('DA  - 2009/03/07');
    await tab.locator('#cite-text').click();
    expect(await tab.evaluate(() => String(getSelection()))).toMatch(
      /^The U\.S\. and Russia began .*restart-relations\/$/,
    );
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'lets axe find nothing with every format open, in the %s scheme',
    async (colorScheme) => {
      const tab = await served.browser.newPage({ colorScheme });
      await tab.goto(`${served.site.url}/articles/russia-and-the-united-states-pledge-joint-efforts-for/`);
      for (const summary of await tab.locator('.cite summary').all()) await summary.click();
      expect(await axeViolations(tab)).toEqual([]);
      await tab.close();
    },
  );
});
