import nlp from 'compromise';
import { earliest } from '../../../src/lib/dates.ts';
import { lastName, surname } from '../../../src/lib/people.ts';
import { isCommonWord } from '../text/english.ts';
import { memoise, memoiseOn } from '../text/memo.ts';
import { type WholeWords, wholeWords } from '../text/whole-words.ts';
import type { KindedEntry } from './gazetteer.ts';
import { heldTitle, holds, pickPerson, titleAround } from './homonyms.ts';
import { spellingVariants } from './name-variants.ts';
import { automaticPeople, isAutomaticId } from './people-nlp.ts';
import { restoreCase } from './restore-case.ts';
import { isCyrillic, nameForms, personForms, surnameForms, wordForms } from './russian/forms.ts';
import { russianPeople, surnamesInTitleCase } from './russian/people.ts';
import { soundLikeOnePerson } from './sound-alike.ts';
import type { Mention } from './spans.ts';
import { labelInTitleCase, labelName } from './speaker-labels.ts';

/** The mentions found in an article, and the people it names that the gazetteer lacks. */
export interface Linked {
  mentions: Mention[];
  /** Entries made for names the gazetteer lacks, marked automatic; ids are slugs of the name. */
  automatic: KindedEntry[];
}

/** Courtesy titles that belong to the mention of a surname: "Mr. Powell". */
const COURTESY = /(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

/**
 * Links every mention of a gazetteer entry in an article's blocks: full names and aliases first (longest
 * match wins), then surnames alone ("Lavrov", "Mr. Powell", a one-word alias), then role phrases ("the Russian
 * Foreign Minister") resolved to whoever held the office on the article's date. A surname several people share goes
 * as homonyms.ts says: to the one who held the office the text gives it, the one named in full, the one in office.
 * People the gazetteer lacks are found by NLP (compromise) and get automatic entries, unless they sound like a
 * gazetteer person (sound-alike.ts). A transcript's speaker labels are read in Title Case ("FOREIGN MINISTER
 * LAVROV:"), as are Russian surnames printed in capitals, and names spelt another way are found too (name-variants.ts).
 */
export function linkEntities(
  printed: string[],
  gazetteer: KindedEntry[],
  published?: string,
  here: Set<string> = new Set(),
): Linked {
  const names = nameWords(gazetteer);
  const isName = (word: string) => names.has(word);
  const blocks = printed.map((text) => surnamesInTitleCase(labelInTitleCase(restoreCase(text, isName))));
  const when = published ? earliest(published) : undefined;
  const mentions: Mention[] = [];
  const byBlock = blocks.map((): Mention[] => []);
  const add = (found: Mention): void => {
    if (found.kind === 'person' && isSender(printed[found.block] ?? '', found.start)) return;
    const mention = withCourtesy(found, blocks[found.block] ?? '');
    const taken = byBlock[mention.block] ?? [];
    if (!taken.some((other) => other.start < mention.end && mention.start < other.end)) {
      mentions.push(mention);
      taken.push(mention);
    }
  };
  // Russian forms are written out only for text that has Cyrillic: thousands of them would slow every English article.
  const russian = blocks.some(isCyrillic);
  const byName: Mention[] = [];
  const table = gazetteerSurfaces(gazetteer, here, russian);
  const collect = (block: number, start: number, end: number, entries: KindedEntry[]): void => {
    const entry = entries.length === 1 ? entries[0] : undefined;
    if (entry) byName.push({ block, start, end, id: entry.id, kind: entry.kind, by: 'name' });
  };
  matchAll(blocks, table, collect);
  inflectedNames(blocks, table, collect);
  // Longest first, so that "Госдепартамента США" wins over the "США" the exact pass found inside it.
  byName.sort((a, b) => b.end - b.start - (a.end - a.start) || a.block - b.block || a.start - b.start).forEach(add);
  const found = [
    ...automaticPeople(blocks, mentions, gazetteer, printed.map(labelName)),
    ...russianPeople(blocks, mentions, gazetteer),
  ];
  const known = peopleOf(gazetteer);
  // A name found that sounds like one the gazetteer gives ("Dimitry Medvedev", "Entoni Blinken") is that person.
  const heard = new Map(found.flatMap((entry) => sameByEar(entry, known).map((same) => [entry.id, same] as const)));
  for (const [id, same] of misspelt(
    found.filter((entry) => !heard.has(entry.id)),
    blocks,
  ))
    heard.set(id, same);
  const automatic = found.filter((entry) => !heard.has(entry.id));
  matchAll(blocks, surfaces(found, new Set(), russian), (block, start, end, [entry]) => {
    if (!entry) return;
    const same = heard.get(entry.id);
    add({ block, start, end, id: (same ?? entry).id, kind: 'person', by: same ? 'name' : 'automatic' });
  });
  const people = [...known, ...automatic];
  const named = new Set(mentions.map((mention) => mention.id));
  const contemporaries = people.filter((person) => named.has(person.id) && person.roles.length > 0);
  const bySurname: { block: number; start: number; end: number; entries: KindedEntry[]; title: string | undefined }[] =
    [];
  matchAll(blocks, surnamesOf(known, automatic, russian), (block, start, end, entries) => {
    bySurname.push({ block, start, end, entries, title: titleAround(blocks[block] ?? '', start, end) });
  });
  const unfit = unfitForTitles(bySurname);
  for (const { block, start, end, entries: all, title } of bySurname) {
    // One surname, one person through an article: one its titles rule out is not meant where it has no title either.
    const entries = title ? all : all.filter((entry) => !unfit.has(entry.id));
    const entry = pickPerson(entries, { named, when, contemporaries, title });
    // A one-word alias is a name the gazetteer gives, linked here only to defer to a full name.
    const by = entry?.aliases.includes(blocks[block]?.slice(start, end) ?? '') ? 'name' : 'surname';
    if (entry) add({ block, start, end, id: entry.id, kind: 'person', by });
  }
  if (when !== undefined) linkRoles(blocks, people, when, add);
  mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  return { mentions, automatic };
}

/**
 * The people a surname's titles in an article rule out: some title it is given there ("President Clinton", "the
 * Clinton administration") is an office they never held (`heldTitle`), and no other title it is given there is one they
 * held. An article means one person by one surname throughout, as a rule of discourse: where "Clinton" stands alone it
 * is the Clinton the titles point to, not another the gazetteer knows.
 */
function unfitForTitles(matches: { entries: KindedEntry[]; title: string | undefined }[]): Set<string> {
  const unfit = new Set<string>();
  const fit = new Set<string>();
  for (const { entries, title } of matches) {
    if (!title) continue;
    for (const entry of entries) {
      if (entry.roles.length === 0) continue;
      (heldTitle(entry, title) ? fit : unfit).add(entry.id);
    }
  }
  for (const id of fit) unfit.delete(id);
  return unfit;
}

/** Built once a run: the tables made from the whole gazetteer, which every article matches against. */
const onGazetteer = memoiseOn<unknown>();

/**
 * The words of the gazetteer's names that a text in capitals or in lower case prints as names (restore-case.ts): every
 * word of a person's name in Latin letters, and of another entry's only when it is no common English word ("Kremlin",
 * not "United").
 */
function nameWords(gazetteer: KindedEntry[]): Set<string> {
  return onGazetteer(gazetteer, 'name words', () => {
    const words = gazetteer.flatMap((entry) =>
      [entry.name, ...entry.aliases]
        .filter((name) => !isCyrillic(name))
        .flatMap((name) => name.split(/\s+/))
        .filter((word) => /^\p{Lu}\p{Ll}/u.test(word) && (entry.kind === 'person' || !isCommonWord(word))),
    );
    return new Set(words);
  }) as Set<string>;
}

/** The gazetteer's people. */
function peopleOf(gazetteer: KindedEntry[]): KindedEntry[] {
  return onGazetteer(gazetteer, 'people', () => gazetteer.filter((entry) => entry.kind === 'person')) as KindedEntry[];
}

/** `surfaces` of the whole gazetteer, made once for each set of dateline places and script. */
function gazetteerSurfaces(gazetteer: KindedEntry[], here: Set<string>, russian: boolean): Map<string, KindedEntry[]> {
  const key = `surfaces\0${russian}\0${[...here].sort().join('\0')}`;
  return onGazetteer(gazetteer, key, () => surfaces(gazetteer, here, russian)) as Map<string, KindedEntry[]>;
}

/**
 * `surnames` of the gazetteer's people and then of the people found in the article: the gazetteer's part is made once
 * a run, and the article's added to a copy, in the same order as `surnames` of them all.
 */
function surnamesOf(known: KindedEntry[], automatic: KindedEntry[], russian: boolean): Map<string, KindedEntry[]> {
  const base = onGazetteer(known, `surnames\0${russian}`, () => surnames(known, russian)) as Map<string, KindedEntry[]>;
  if (automatic.length === 0) return base;
  const table = new Map(base);
  for (const [surname, people] of surnames(automatic, russian))
    table.set(surname, [...(table.get(surname) ?? []), ...people]);
  return table;
}

/**
 * A person's one-word aliases as their Cyrillic names write them, in every case: "Saddam", the first word of "Saddam
 * Hussein", is the first word of "Саддам Хусейн" too, so "после Саддама" names him.
 */
function inOtherScripts(person: KindedEntry, single: string[]): string[] {
  const latin = person.name.split(' ');
  const cyrillic = person.aliases.filter((alias) => isCyrillic(alias) && alias.split(' ').length === latin.length);
  return single.flatMap((alias) => {
    const index = latin.indexOf(alias);
    return index < 0 ? [] : cyrillic.flatMap((name) => wordForms(name, index));
  });
}

/** The one gazetteer person whose name or an alias of several words sounds like a name found automatically. */
function sameByEar(entry: KindedEntry, people: KindedEntry[]): KindedEntry[] {
  const same = people.filter((person) =>
    [person.name, ...person.aliases]
      .filter((name) => name.includes(' ') && !isCyrillic(name))
      .some((name) => soundLikeOnePerson(entry.name, name)),
  );
  return same.length === 1 ? same : [];
}

/**
 * Names found that sound like one person's ("Brittney Griner" twice, "Brittany Griner" once): one person whose name
 * the text misspells, named as it prints the name most often (then the first in alphabetical order). Each found
 * name is mapped to the one that stands for it, when that is another.
 */
function misspelt(found: KindedEntry[], blocks: string[]): Map<string, KindedEntry> {
  const printed = (entry: KindedEntry) => blocks.reduce((count, text) => count + text.split(entry.name).length - 1, 0);
  const better = (a: KindedEntry, b: KindedEntry) => printed(a) - printed(b) || (a.name < b.name ? 1 : -1);
  const out = new Map<string, KindedEntry>();
  for (const entry of found) {
    const group = found.filter((other) => other === entry || soundLikeOnePerson(entry.name, other.name));
    const [best] = group.sort((a, b) => better(b, a));
    if (best && best !== entry) out.set(entry.id, best);
  }
  return out;
}

/**
 * Whether a name is a memo's or a cable's sender: after its header field "FROM", printed in capitals as such headers
 * are ("MEMORANDUM TO … FROM STROBE TALBOTT"). The writer is a credit, as a byline is, not a person of the text.
 */
function isSender(text: string, start: number): boolean {
  // The sender's surname alone is the sender too: "FROM STROBE TALBOTT", of which "TALBOTT" may be matched alone.
  return /(?<![\p{L}])FROM:?\s+(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** A one-word mention of a person with the courtesy title before it: "Mr. Powell". */
function withCourtesy(mention: Mention, text: string): Mention {
  if (mention.kind !== 'person' || text.slice(mention.start, mention.end).includes(' ')) return mention;
  const courtesy = COURTESY.exec(text.slice(Math.max(0, mention.start - 5), mention.start));
  return courtesy ? { ...mention, start: mention.start - courtesy[0].length } : mention;
}

/**
 * Full names and aliases of every entry, each with the entries it may name, and the local names of the
 * entries local to `here` (the places the dateline puts the article in). An alias "the X" whose X is
 * itself a name of the entry is left out: matched from the left, "the US" would take the start of a
 * longer name ("the US Embassy in Moscow"), and the mark is the name, not the article. Other spellings of the
 * names (name-variants.ts) are added where no entry is written so.
 */
function surfaces(entries: KindedEntry[], here: Set<string>, russian: boolean): Map<string, KindedEntry[]> {
  const table = new Map<string, KindedEntry[]>();
  const variants: [string, KindedEntry][] = [];
  for (const entry of entries) {
    const local = entry.local && here.has(entry.local.in) ? entry.local.names : [];
    const names = new Set([entry.name, ...entry.aliases, ...local]);
    for (const surface of names) {
      if (/^the /.test(surface) && names.has(surface.slice(4))) continue;
      // A person's one-word alias is a surname ("Burns"): it is linked with the surnames, so that a name the article
      // gives in full ("Nicholas Burns") is not taken for the gazetteer's other Burns.
      if (entry.kind === 'person' && surface !== entry.name && !surface.includes(' ')) continue;
      // Cyrillic names cannot occur in text without Cyrillic, and each one makes the pattern longer.
      if (!russian && isCyrillic(surface)) continue;
      const forms = russian && entry.kind === 'person' ? [surface, ...personForms(surface)] : [surface];
      for (const form of new Set(forms)) table.set(form, [...(table.get(form) ?? []), entry]);
    }
    for (const variant of spellingVariants(entry, [...names])) variants.push([variant, entry]);
  }
  // Another spelling never takes a name some entry is written with.
  const written = new Set(table.keys());
  for (const [variant, entry] of variants) {
    if (!written.has(variant)) table.set(variant, [...new Set([...(table.get(variant) ?? []), entry])]);
  }
  return table;
}

/**
 * The last word of each person's name and multi-word aliases, with everyone who has it, also without its particle
 * ("al-Assad", then "President Assad"). A name found
 * automatically may also be called by its first word, when that word is neither a given name compromise
 * knows nor a common English word: Chinese, Korean and Vietnamese names put the family name first ("Xi
 * Jinping", then "said Xi"). Gazetteer entries list such short forms as aliases instead.
 */
function surnames(people: KindedEntry[], russian: boolean): Map<string, KindedEntry[]> {
  const table = new Map<string, KindedEntry[]>();
  for (const person of people) {
    const full = [person.name, ...person.aliases].filter((name) => name.includes(' '));
    const single = person.aliases.filter((alias) => !alias.includes(' '));
    const last = new Set(full.flatMap((name) => [lastName(name), surname(name)]));
    const declined = russian ? [person.name, ...person.aliases].filter(isCyrillic).flatMap(surnameForms) : [];
    if (russian) single.push(...inOtherScripts(person, single));
    // An alias the gazetteer gives is kept however short ("Xi"): an editor vouched for it.
    const short = [...[...last, ...declined].filter((surname) => surname.length > 2), ...single];
    if (isAutomaticId(person.id)) {
      // Family names put first are often two letters long ("Xi", "Hu"); matched with their capital, they are safe.
      const first = person.name.split(' ')[0] ?? '';
      if (first.length > 1 && !isCommonWord(first) && !nlp(first).has('#FirstName')) short.push(first);
    }
    for (const surname of new Set(short)) table.set(surname, [...(table.get(surname) ?? []), person]);
  }
  return table;
}

/** "The Russian Foreign Minister said…": a role phrase not followed by a name, held by one person on the date. */
function linkRoles(blocks: string[], people: KindedEntry[], when: number, add: (mention: Mention) => void): void {
  const holders = new Map<string, Set<KindedEntry>>();
  for (const person of people) {
    for (const role of person.roles.filter((each) => holds(each, when))) {
      for (const phrase of role.phrases)
        holders.set(phrase.toLowerCase(), (holders.get(phrase.toLowerCase()) ?? new Set()).add(person));
    }
  }
  const unambiguous = [...holders].filter(([, who]) => who.size === 1).map(([phrase]) => phrase);
  if (unambiguous.length === 0) return;
  const pattern = rolePattern(JSON.stringify(unambiguous.sort((a, b) => b.length - a.length)));
  blocks.forEach((text, block) => {
    for (const match of pattern.matchAll(text)) {
      const [person] = holders.get(match[0].toLowerCase()) ?? [];
      const end = match.index + match[0].length;
      // A title before a name ("Russian Foreign Minister Sergei Lavrov") is not a mention of its own.
      // Tested apart: under the i flag, \p{Lu} matches lowercase letters too.
      if (person && !/^,?\s+\p{Lu}/u.test(text.slice(end))) {
        add({ block, start: match.index, end, id: person.id, kind: 'person', by: 'role' });
      }
    }
  });
}

/**
 * Calls `found` for every inflected form of a Cyrillic name other than a person's (people's forms are in the
 * table already, written out by lvovich): "из Москвы", "Госдепартамента США". Overlaps are left to the caller.
 */
function inflectedNames(
  blocks: string[],
  table: Map<string, KindedEntry[]>,
  found: (block: number, start: number, end: number, entries: KindedEntry[]) => void,
): void {
  // Only Cyrillic text has such forms: English text is spared the look through the table.
  if (!blocks.some(isCyrillic)) return;
  const names = [...table].filter(([name, entries]) => isCyrillic(name) && entries.every((e) => e.kind !== 'person'));
  if (names.length === 0) return;
  const entries = new Map(names);
  const list = names.map(([name]) => name);
  blocks.forEach((text, block) => {
    if (!isCyrillic(text)) return;
    for (const match of nameForms(text, list)) found(block, match.start, match.end, entries.get(match.name) ?? []);
  });
}

/** Calls `found` for every whole-word occurrence of a surface in the blocks, longest surfaces first, without overlaps. */
function matchAll(
  blocks: string[],
  table: Map<string, KindedEntry[]>,
  found: (block: number, start: number, end: number, entries: KindedEntry[]) => void,
): void {
  const pattern = surfacePattern(table);
  blocks.forEach((text, block) => {
    for (const match of pattern.matchAll(text)) {
      found(block, match.index, match.index + match[0].length, table.get(match[0]) ?? []);
    }
  });
}

/**
 * Role phrases (given longest first, as a JSON list) as whole words in any case (whole-words.ts). Most articles of a
 * period ask for the same phrases, and the pattern of them all is made once.
 */
const rolePattern = memoise((phrases: string) => wholeWords(JSON.parse(phrases) as string[], '\\p{L}', true), 1_000);

/** Kept with the tables made once a run (`onGazetteer`), so that their pattern is made once too. */
const patterns = new WeakMap<Map<string, KindedEntry[]>, WholeWords>();

/** Every surface in a table, longest first, as whole words (whole-words.ts). */
function surfacePattern(table: Map<string, KindedEntry[]>): WholeWords {
  let pattern = patterns.get(table);
  if (!pattern) {
    pattern = wholeWords(
      [...table.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
      '\\p{L}\\p{N}',
    );
    patterns.set(table, pattern);
  }
  return pattern;
}
