import { describe, expect, it } from 'vitest';
import type { CslItem } from './cite.ts';
import { newsArticleLd, personLd, serialiseLd } from './json-ld.ts';

const ITEM: CslItem = {
  id: 'x',
  'citation-key': 'x',
  type: 'article-newspaper',
  title: 'Russia, US agree to cooperate in solving Syria crisis',
  'container-title': 'Global News Network 9',
  issued: { 'date-parts': [[2015, 9, 30]] },
  language: 'en',
  URL: 'https://archive.example/articles/x/',
  archive: 'Moscow–Washington: a documentary chronicle',
};

const LAVROV = { name: 'Sergei Lavrov', url: 'https://archive.example/people/sergei-lavrov/', wikidata: 'Q182108' };

describe('newsArticleLd', () => {
  const ld = newsArticleLd({
    item: ITEM,
    basedOn: 'http://www.gnn9.com/index.php',
    agencies: ['IANS'],
    people: [LAVROV],
    events: [
      {
        name: 'Putin and Obama meet at the UN',
        url: 'https://archive.example/chronology/#event-e',
        startDate: '2015-09-28',
      },
    ],
    themes: [{ name: 'Syria', url: 'https://archive.example/themes/syria/' }],
  });

  it('describes a NewsArticle published by the outlet, from the agency, on the known date', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: ITEM.title,
      datePublished: '2015-09-30',
      publisher: { name: 'Global News Network 9' },
      sourceOrganization: [{ name: 'IANS' }],
      isBasedOn: 'http://www.gnn9.com/index.php',
      inLanguage: 'en',
    });
  });

  it('mentions the people, with their Wikidata item, and the events', () => {
    expect(ld['mentions']).toEqual([
      personLd(LAVROV),
      {
        '@type': 'Event',
        name: 'Putin and Obama meet at the UN',
        url: 'https://archive.example/chronology/#event-e',
        startDate: '2015-09-28',
      },
    ]);
    expect(personLd(LAVROV)['sameAs']).toBe('https://www.wikidata.org/wiki/Q182108');
  });

  it('gives a partial date as far as it is known, and no author or publisher when none is known', () => {
    const { 'container-title': _outlet, ...unpublished } = ITEM;
    const partial = newsArticleLd({
      item: { ...unpublished, issued: { 'date-parts': [[2003, 8]] } },
      agencies: [],
      people: [],
      events: [],
      themes: [],
    });
    expect(partial['datePublished']).toBe('2003-08');
    expect(partial).not.toHaveProperty('publisher');
    expect(partial).not.toHaveProperty('author');
  });
});

describe('serialiseLd', () => {
  it('keeps a seed\'s "</script>" from closing the script, and stays JSON', () => {
    const node = { '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' };
    const text = serialiseLd(node);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(node);
  });
});
