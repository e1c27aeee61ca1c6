import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();

/** The quotations a page lists: each item's words and the line under them, as a reader sees them. */
function listed(path: string): { words: string; meta: string; links: string[] }[] {
  return selectAll('ul.quote-list > li', pageAt(pages, path)).map((item) => ({
    words: toText(select('q', item) ?? item),
    meta: toText(select('.meta', item) ?? item).replace(/\s+/g, ' '),
    links: selectAll('.meta a', item).map((a) => String(a.properties.href)),
  }));
}

describe('quotations', () => {
  it('lists every speaker on /quotes/, each linked to their quotations', () => {
    const links = selectAll('main h2 a', pageAt(pages, 'quotes/index.html')).map((a) => a.properties.href);
    expect(links).toEqual(expect.arrayContaining(['/quotes/sergei-lavrov/', '/quotes/hillary-clinton/']));
  });

  it('gives once a quotation both Syria witnesses carry, with both, dated by the day it was said', () => {
    const goal = listed('quotes/sergei-lavrov/index.html').filter(({ words }) =>
      words.includes('our common goal is to defeat'),
    );
    expect(goal).toHaveLength(1);
    expect(goal[0]?.meta).toContain('said 29 September 2015 (“Tuesday”)');
    expect(goal[0]?.links).toEqual([
      '/articles/russia-us-agree-to-cooperate-in-solving-syria-crisis-russian/#quote-3',
      '/articles/russia-us-agree-to-cooperate-in-solving-syria-crisis/#quote-3',
    ]);
  });

  it('shows a quotation the text does not date as reported on the publication date', () => {
    const restart = listed('quotes/hillary-clinton/index.html');
    expect(restart.length).toBeGreaterThan(0);
    for (const { meta } of restart) expect(meta).toMatch(/^reported 7 March 2009, in /);
  });

  it('orders a speaker’s quotations by date, then as they come in the article', () => {
    const numbers = listed('quotes/sergei-lavrov/index.html')
      .flatMap(({ links }) => links.slice(0, 1))
      .filter((link) => link.includes('restart-relations'))
      .map((link) => Number(link.split('#quote-')[1]));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('lists on a person page no quotation twice', () => {
    const words = listed('people/sergei-lavrov/index.html').map((item) => item.words);
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words).size).toBe(words.length);
  });

  it('gives the Iran theme key quotations that speak of Iran first', () => {
    const [first] = listed('themes/iran/index.html');
    expect(first?.words).toMatch(/\bIran\b/);
  });
});
