/**
 * Other spellings under which the text may print a gazetteer name: a Russian given name romanised another way
 * ("Sergey" for "Sergei"), and an institution's name with its common nouns in lower case ("Russia's foreign
 * ministry"). Written by hand: the romanisation libraries on npm go from Cyrillic to one Latin system, and what is
 * needed here is the other way round, from one Latin spelling to the others that English-language news uses.
 */
import type { KindedEntry } from './gazetteer.ts';

/**
 * Endings of Russian given names that the romanisation systems news uses (BGN/PCGN, the passport's ICAO, the
 * Library of Congress, and the plain -i of wires) write apart: "Sergei", "Sergey", "Sergej"; "Dmitry", "Dmitri",
 * "Dmitriy"; "Nikolai", "Nikolay"; longest first, so "-ei" is not read as "-i".
 */
const ENDINGS = [
  ['ei', 'ey', 'ej'],
  ['ai', 'ay'],
  ['iy', 'ii', 'y', 'i'],
];

/**
 * Words of an institution's name that news prints in lower case ("the Russian foreign ministry", "the UN security
 * council"): the head nouns of state bodies and the words that say what a body does. Other common words stay as
 * written, so that "Islamic State" never becomes a phrase of ordinary English.
 */
const INSTITUTION_WORDS = new Set(
  'ministry department embassy council committee commission office agency service foreign defence defense interior affairs security press'.split(
    ' ',
  ),
);
const HEADS = /\b(?:ministry|department|embassy|council|committee|commission|office|agency|service)$/;

/** At most this many spellings of one given name, so that a long name cannot multiply the table. */
const MOST = 12;

/** The spellings of a given name besides its own: other endings, "ks" for "x" ("Aleksei", "Alexei"), "E" for "Ye". */
export function givenNameVariants(given: string): string[] {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given)) return [];
  const stems = new Set([given]);
  const lower = given.toLowerCase();
  const group = ENDINGS.find((endings) => endings.some((ending) => lower.endsWith(ending)));
  const ending = group?.find((each) => lower.endsWith(each));
  if (group && ending) for (const other of group) stems.add(given.slice(0, -ending.length) + other);
  for (const stem of [...stems]) {
    if (stem.includes('x')) stems.add(stem.replaceAll('x', 'ks'));
    if (stem.includes('ks')) stems.add(stem.replaceAll('ks', 'x'));
  }
  for (const stem of [...stems]) {
    if (/^Ye[^aeiouy]/.test(stem)) stems.add(`E${stem.slice(2)}`);
    else if (/^E[^aeiouy]/.test(stem)) stems.add(`Ye${stem.slice(1)}`);
  }
  stems.delete(given);
  return [...stems].sort().slice(0, MOST);
}

/**
 * The names of an entry the text may print otherwise: for a person, each full name with its given name spelt
 * another way (only names of two or three words, so "Sergei Lavrov" gives "Sergey Lavrov"); for an organisation,
 * each name of several words ending in an institution's head noun, with its institution words in lower case, as news often prints them ("the Russian foreign
 * ministry"), the first word kept as written.
 */
export function spellingVariants(entry: KindedEntry, names: string[]): string[] {
  if (entry.kind === 'person') {
    return names.flatMap((name) => {
      const [given, ...rest] = name.split(' ');
      if (!given || rest.length < 1 || rest.length > 2) return [];
      return givenNameVariants(given).map((other) => [other, ...rest].join(' '));
    });
  }
  if (entry.kind !== 'organisation') return [];
  return names.flatMap((name) => {
    const [first, ...rest] = name.split(' ');
    if (!first || rest.length === 0) return [];
    const lowered = [
      first,
      ...rest.map((word) => (INSTITUTION_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word)),
    ];
    const text = lowered.join(' ');
    return text === name || !HEADS.test(text) ? [] : [text];
  });
}
