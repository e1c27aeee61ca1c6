import { describe, expect, it } from 'vitest';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import type { IngestedArticle } from '../ingest/pipeline.ts';
import { predict } from './prediction.ts';

const entry = (id: string, name: string, kind: KindedEntry['kind']): KindedEntry => ({
  id,
  name,
  kind,
  aliases: [],
  description: 'An entry made up for a test.',
  roles: [],
});

const gazetteer = [entry('sergei-lavrov', 'Sergei Lavrov', 'person'), entry('moscow', 'Moscow', 'place')];

/** An event as the ingest finds it, kept out of the typed literal below so that it fits ingests with and without event themes. */
const snowden = {
  edtf: '2013-07-12',
  title: 'Snowden tells activists he seeks asylum',
  sentence: 'Snowden told a group of human rights activists on Friday that he was seeking asylum.',
  block: 0,
  people: ['edward-snowden'],
  themes: ['syria', 'iran'],
};

const article: IngestedArticle = {
  file: 'test.txt',
  frontmatter: {
    title: 'A test',
    language: 'en',
    seed: { file: 'test.txt', sha256: '0'.repeat(64), encoding: 'utf-8' },
    published: { edtf: '2013-07-13', provenance: 'stated', text: 'July 13, 2013' },
    mentions: [
      { id: 'moscow', count: 3 },
      { id: 'sergei-lavrov', count: 2 },
      { id: 'alexander-minakov', count: 1 },
    ],
    quotations: [
      { n: 1, speaker: 'alexander-minakov', text: '"Yes."' },
      { n: 2, text: '"No."' },
    ],
    themes: [
      { id: 'syria', score: 2, by: 'machine' },
      { id: 'iran', score: 3, by: 'machine' },
    ],
  },
  blocks: [],
  automatic: [entry('alexander-minakov', 'Alexander Minakov', 'person')],
  events: [snowden],
  personIds: new Set(['sergei-lavrov', 'alexander-minakov']),
  namedInFull: ['alexander-minakov', 'sergei-lavrov'],
  warnings: [],
};

describe('predict', () => {
  it('names the people mentioned, from the gazetteer or the automatic entries, leaving out places', () => {
    expect(predict(article, gazetteer).people).toEqual(['Alexander Minakov', 'Sergei Lavrov']);
  });

  it('gives each quotation its speaker by name, and null when unattributed', () => {
    expect(predict(article, gazetteer).quotations).toEqual([
      { text: '"Yes."', speaker: 'Alexander Minakov' },
      { text: '"No."', speaker: null },
    ]);
  });

  it('keeps the date with its provenance and sorts the theme ids', () => {
    expect(predict(article, gazetteer)).toMatchObject({
      published: { edtf: '2013-07-13', provenance: 'stated' },
      themes: ['iran', 'syria'],
    });
  });

  it('gives each event its date, title and sorted themes', () => {
    expect(predict(article, gazetteer).events).toEqual([
      { edtf: '2013-07-12', title: 'Snowden tells activists he seeks asylum', themes: ['iran', 'syria'] },
    ]);
  });

  it('reads an event without themes, from an ingest that gives none, as having none', () => {
    const { themes: _, ...bare } = snowden;
    const older = { ...article, events: [bare] } as IngestedArticle;
    expect(predict(older, gazetteer).events[0]?.themes).toEqual([]);
  });
});
