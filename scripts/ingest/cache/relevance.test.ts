import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/schemas/theme.ts';
import { ROOT, SEEDS } from '../../../test/paths.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { loadContent } from '../content/index.ts';
import { ingestSeed } from '../pipeline.ts';
import { readSeed } from '../read.ts';
import { isReadable, relevanceIndex } from './relevance.ts';

const entry = (id: string, name: string, more: Partial<KindedEntry> = {}): KindedEntry => ({
  id,
  kind: 'person',
  name,
  aliases: [],
  description: 'An entry made for the test.',
  roles: [],
  ...more,
});
const gazetteer = [
  entry('sergei-lavrov', 'Sergei Lavrov', { aliases: ['Лавров'] }),
  entry('kamal-kharrazi', 'Kamal Kharrazi', {
    roles: [{ title: 'Foreign Minister of Iran', phrases: ['Iranian foreign minister'], from: '1997' }],
  }),
  entry('karim-al-tayyan', 'Karim al-Tayyan'),
  entry('geneva', 'Geneva', { kind: 'place', country: 'switzerland' }),
  entry('switzerland', 'Switzerland', { kind: 'place' }),
];
const theme = (id: string, terms: string[], entities: string[]): Theme =>
  ({
    id,
    title: id,
    order: 1,
    threshold: 3,
    signals: {
      terms: terms.map((term) => ({ term, weight: 1 })),
      entities: entities.map((e) => ({ id: e, weight: 1 })),
    },
  }) as unknown as Theme;
const themes = [theme('iran', ['nuclear programme'], ['kamal-kharrazi']), theme('syria', ['Assad'], [])];
const index = relevanceIndex(gazetteer, themes);
const ids = (text: string) => {
  const { entries, themes: found } = index.relevant([text]);
  return [...entries.map(({ id }) => id), ...found.map(({ id }) => `theme:${id}`)];
};

describe('relevanceIndex', () => {
  it('finds a name however the text breaks, joins or inflects it', () => {
    expect(ids('Sergei Lavrov said')).toEqual(['sergei-lavrov']);
    expect(ids('Ser-\ngei Lav-\nrov said')).toEqual(['sergei-lavrov']);
    expect(ids('talks withSergei Lavrovsaid')).toEqual(['sergei-lavrov']);
    expect(ids('по словам Сергея Лаврова')).toEqual(['sergei-lavrov']);
    expect(ids('President Tayyan said')).toEqual(['karim-al-tayyan']);
  });

  it('finds a one-word alias in Cyrillic, and a name that sounds like one the gazetteer gives', () => {
    const others = relevanceIndex(
      [
        entry('saddam-hussein', 'Saddam Hussein', { aliases: ['Saddam', 'Саддам Хусейн'] }),
        entry('joe-biden', 'Joe Biden'),
      ],
      [],
    );
    const found = (text: string) => others.relevant([text]).entries.map(({ id }) => id);
    expect(found('Ирак после Саддама')).toEqual(['saddam-hussein']);
    expect(found('с президентом США Джо Байденом')).toEqual(['joe-biden']);
    expect(found('Jon Bidwell spoke')).toEqual([]);
  });

  it('passes over text that only holds the letters, not the words', () => {
    expect(ids('the Sergeant said')).toEqual([]);
    expect(ids('Kamal spoke. Iran and its neighbours then met the foreign minister of Iraq.')).toEqual([]);
  });

  it("reads a role phrase, and keeps a city's country and a theme's signal entity with them", () => {
    expect(ids('the Iranian foreign minister arrived')).toEqual(['kamal-kharrazi', 'theme:iran']);
    expect(ids('GENEVA, March 6')).toEqual(['geneva', 'switzerland']);
    expect(ids('Iran’s nuclear programme')).toEqual(['theme:iran']);
  });
});

/**
 * The over-approximation against the ingest itself, on the seeds and the evaluation articles: ingesting a text with
 * only the entries and themes called relevant to it gives the same article as with all of them. Were an entry the
 * text does not name able to change the article, the cache would serve it stale; this fails first.
 */
describe('relevance against the ingest', () => {
  const { lexicon, gazetteer: all, themes: allThemes } = loadContent(join(ROOT, 'content'), []);
  const everything = relevanceIndex(all, allThemes);
  const texts = [
    ...readdirSync(SEEDS).map((file) => join(SEEDS, file)),
    ...readdirSync(join(ROOT, 'test', 'eval', 'articles'))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => join(ROOT, 'test', 'eval', 'articles', file)),
  ];
  it.each(texts.map((path) => [path.replace(`${ROOT}/`, ''), path]))('%s', (_, path) => {
    const file = path.split('/').at(-1) ?? '';
    const seed = { file, bytes: readFileSync(path), editorial: {} };
    const { entries, themes: relevant } = everything.relevant([readSeed(file, seed.bytes).text]);
    expect(ingestSeed(seed, lexicon, entries, relevant)).toEqual(ingestSeed(seed, lexicon, all, allThemes));
  });
});

describe('names followed word by word', () => {
  // Words that begin alike and names that share their first words, as the gazetteer's do by the hundred.
  const word = fc.constantFrom(
    'Russian',
    'Russia',
    'Rus',
    'Foreign',
    'foreign',
    'Minister',
    'Ministry',
    'US',
    'U.S.',
    'United',
    'States',
    'Lavrov',
    'Lavrova',
    'of',
    'the',
    'Security',
    'Council',
    'Ёлкин',
    'Москва',
    'Élysée',
  );
  const filler = fc.stringMatching(/^[a-z]{1,12}$/);
  const separator = fc.constantFrom(' ', ', ', '-', '', '. ', '\n', ' (', "'s ");
  const text = fc
    .array(fc.tuple(fc.oneof(word, word, filler), separator), { maxLength: 40 })
    .map((parts) => parts.map(([each, after]) => each + after).join(''));
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
  const entries = fc
    .array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 })
    .map((lists) =>
      lists.map(([first = '', ...aliases], i) => entry(`e${i}`, first, { kind: 'organisation', aliases })),
    );

  it('finds an entry exactly when one of its names can be read, by the rule for one name', () => {
    fc.assert(
      fc.property(entries, text, (gazetteer, seed) => {
        const found = relevanceIndex(gazetteer, [])
          .relevant([seed])
          .entries.map(({ id }) => id);
        const readable = gazetteer
          .filter(({ name, aliases }) => [name, ...aliases].some((each) => isReadable([seed], each)))
          .map(({ id }) => id)
          .sort();
        expect(found).toEqual(readable);
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});
