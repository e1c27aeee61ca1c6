import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkEntities } from './entities.ts';
import { loadGazetteer } from './gazetteer.ts';

const gazetteer = loadGazetteer(resolve(import.meta.dirname, '../../../content'));

/** The mentions in a text, as "words→id". */
function linked(text: string, published?: string): string[] {
  return linkEntities([text], gazetteer, published).mentions.map((m) => `${text.slice(m.start, m.end)}→${m.id}`);
}

describe('linkEntities with the gazetteer', () => {
  it('links full names, surnames and "Mr." forms to one person', () => {
    expect(
      linked('Colin Powell left. Russia offered support to Mr. Powell, and Powell thanked it.', '2002-04-06'),
    ).toEqual(['Colin Powell→colin-powell', 'Russia→russia', 'Mr. Powell→colin-powell', 'Powell→colin-powell']);
  });

  it('gives a shared surname to the Ivanov the article names in full', () => {
    const mentions = linked('Foreign Minister Igor Ivanov spoke. Later Ivanov left.', '2003-08-07');
    expect(mentions).toContain('Igor Ivanov→igor-ivanov');
    expect(mentions).toContain('Ivanov→igor-ivanov');
  });

  it('resolves "the Russian Foreign Minister" by the date: Ivanov in 2002, Lavrov in 2015', () => {
    expect(linked('The Russian Foreign Minister said Russia would help.', '2002-04-06')).toContain(
      'Russian Foreign Minister→igor-ivanov',
    );
    expect(linked('The Russian Foreign Minister said Russia would help.', '2015-09-30')).toContain(
      'Russian Foreign Minister→sergei-lavrov',
    );
  });

  it('does not take a title before a name for a mention of its own', () => {
    expect(linked('Russian Foreign Minister Sergei Lavrov said so.', '2015-09-30')).toEqual([
      'Sergei Lavrov→sergei-lavrov',
    ]);
  });

  it('finds a person the gazetteer lacks, marked automatic, and the surname after', () => {
    const { mentions, automatic } = linkEntities(
      ['Talks with Ambassador Pyotr Zhukovsky ended. Zhukovsky left.'],
      gazetteer,
    );
    expect(automatic.map((entry) => entry.name)).toEqual(['Pyotr Zhukovsky']);
    expect(mentions.filter((m) => m.by !== 'name').map((m) => m.by)).toEqual(['automatic', 'surname']);
  });

  it('matches names with their case: "US" is the country, "us" is not', () => {
    expect(linked('Let us see what US officials say.').filter((m) => m.includes('united-states'))).toEqual([
      'US→united-states',
    ]);
  });
});
