import iuliia from 'iuliia';
import { lastName, surname } from '../../../src/lib/people.ts';
import type { Theme } from '../../../src/schemas/theme.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { isCyrillic } from '../annotate/russian/forms.ts';
import { soundKeys } from '../annotate/sound-alike.ts';

/**
 * Which gazetteer entries and themes can change what the ingest makes of one seed, so that the cache (cache/index.ts)
 * keys each seed by those alone and an edit to the gazetteer or a theme re-ingests only the articles it can touch.
 *
 * The ingest uses an entry only where the text names it: by its name, an alias, a role phrase or a local name, maybe
 * inflected ("Лаврову"), hyphenated across a line ("Lav-rov") or run together with a neighbour ("Lavrovsaid",
 * "saidLavrov"). So an entry counts as relevant when one of those names can be read in the seed: once case,
 * accents and every non-letter are gone, the opening letters of its first word (up to `PREFIX`) start a word of the
 * text, and those of each next word start a word within `GAP` letters after. That is a deliberate
 * over-approximation: it may call an entry relevant that the ingest will not link, which costs a needless
 * re-ingest, and must never miss one it will link, which would serve stale output. A city's country and the place a
 * local name belongs to count with it, since a dateline resolves through them. A theme is relevant when one of its
 * terms is, read the same way, or one of its signal entities. No library does this: it is a check on the ingest's
 * own matching rules, written as loosely as they allow.
 */

/** Letters of each name word compared: enough to tell names apart, few enough that inflection keeps them. */
export const PREFIX = 4;

/** Letters allowed between one word's opening letters and the next's: the rest of a long word and its ending. */
export const GAP = 16;

/** Case, accents and ё folded, every non-letter or digit removed: the form both sides are compared in. */
export function letters(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** The opening letters of each word of a name, in the folded form; empty words (punctuation) dropped. */
function prefixes(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => letters(word).toLowerCase().slice(0, PREFIX))
    .filter((prefix) => prefix.length > 0);
}

/**
 * A seed's words, for looking names up: the folded letters, and where each word starts in them, by its opening
 * letters (1 to `PREFIX` of them). A word starts after a non-letter and where a capital follows a small letter
 * ("saidLavrov").
 */
interface Words {
  starts: Map<string, number[]>;
}

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function wordsOf(texts: string[]): Words {
  const starts = new Map<string, number[]>();
  let offset = 0;
  for (const text of texts) {
    const folded = fold(text);
    let kept = '';
    const at: number[] = [];
    // Whether the previous character was a letter or digit, and a small letter: kept rather than tested again.
    let after = false;
    let small = false;
    for (const char of folded) {
      // Most text is ASCII, whose classes are told by code without a Unicode pattern.
      const code = char.charCodeAt(0);
      const ascii = code < 128;
      const letter = ascii
        ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
        : LETTER.test(char);
      if (letter) {
        const capital = ascii ? code >= 65 && code <= 90 : UPPER.test(char);
        if (!after || (small && capital)) at.push(kept.length);
        kept += char.toLowerCase();
      }
      small = letter && (ascii ? code >= 97 && code <= 122 : LOWER.test(char));
      after = letter;
    }
    for (const position of at)
      for (let n = 1; n <= PREFIX && position + n <= kept.length; n++) {
        const key = kept.slice(position, position + n);
        const list = starts.get(key);
        if (list) list.push(offset + position);
        else starts.set(key, [offset + position]);
      }
    offset += kept.length + GAP + PREFIX + 1; // texts never run into each other
  }
  return { starts };
}

/** Whether a name can be read in a seed's texts, by the rule above (`relevanceIndex` finds the same, faster). */
export function isReadable(texts: string[], name: string): boolean {
  return readable(wordsOf(texts), prefixes(name));
}

/** Whether a name, as its words' opening letters, can be read in the seed's words. */
function readable(words: Words, name: string[]): boolean {
  const [first, ...rest] = name;
  if (first === undefined) return false;
  return (words.starts.get(first) ?? []).some((position) => {
    let end = position + first.length;
    for (const next of rest) {
      const found = firstFrom(words.starts.get(next) ?? [], end);
      if (found === undefined || found > end + GAP) return false;
      end = found + next.length;
    }
    return true;
  });
}

/**
 * Names by their words' opening letters, word after word: the gazetteer's names share their first words by the
 * hundred ("Russian …", "US …"), and a seed follows each shared beginning once for all of them (`readNames`).
 */
interface Branch {
  /** The entries with a name of exactly the words that lead here. */
  entries: KindedEntry[];
  next: Map<string, Branch>;
}

function grow(root: Map<string, Branch>, words: string[], entry: KindedEntry): void {
  let level = root;
  let branch: Branch | undefined;
  for (const word of words) {
    branch = level.get(word);
    if (!branch) {
      branch = { entries: [], next: new Map() };
      level.set(word, branch);
    }
    level = branch.next;
  }
  branch?.entries.push(entry);
}

/**
 * Calls `found` for the entry of every name `readable` in the seed's words. From each start of a first word, `readable`
 * takes each next word at its first start within reach, so a start's way through a name's first words is the same
 * for every name that begins with them: it is taken once, for all of them, here.
 */
function readNames(words: Words, root: Map<string, Branch>, found: (entry: KindedEntry) => void): void {
  const follow = (branch: Branch, ends: number[]): void => {
    for (const entry of branch.entries) found(entry);
    for (const [next, child] of branch.next) {
      const positions = words.starts.get(next);
      if (!positions) continue;
      const moved: number[] = [];
      for (const end of ends) {
        const start = firstFrom(positions, end);
        if (start !== undefined && start <= end + GAP && moved.at(-1) !== start + next.length)
          moved.push(start + next.length);
      }
      if (moved.length > 0) follow(child, moved);
    }
  };
  for (const [first, positions] of words.starts) {
    const branch = root.get(first);
    if (branch)
      follow(
        branch,
        positions.map((position) => position + first.length),
      );
  }
}

/** The first of ascending positions at or after `from`, by bisection: a common word's start has thousands. */
function firstFrom(positions: number[], from: number): number | undefined {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return positions[low];
}

/**
 * Every way an entry can be named in running text. A person is also named by the last word of each name of
 * several words, with and without a generational suffix or a particle ("Biden" in "Joseph R. Biden Jr.", "Tayyan"
 * in "Karim al-Tayyan"), as annotate/entities.ts matches surnames alone; other spellings of given names
 * (name-variants.ts) and declined forms share the surname's opening letters.
 */
function namesOf(entry: KindedEntry): string[] {
  const names = [entry.name, ...entry.aliases];
  const several = entry.kind === 'person' ? names.filter((name) => name.includes(' ')) : [];
  return [
    ...names,
    ...several.flatMap((name) => [name.split(' ').at(-1) ?? '', lastName(name), surname(name)]),
    ...(entry.kind === 'person' ? sameWordElsewhere(entry) : []),
    ...entry.roles.flatMap((role) => [role.title, ...role.phrases]),
    ...(entry.local?.names ?? []),
  ];
}

/**
 * The words of a person's Cyrillic names that stand where a one-word alias stands in the Latin name ("Саддам" for
 * "Saddam" in "Saddam Hussein"), which entities.ts links in Russian text.
 */
function sameWordElsewhere(entry: KindedEntry): string[] {
  const latin = entry.name.split(' ');
  const single = entry.aliases.filter((alias) => !alias.includes(' ')).map((alias) => latin.indexOf(alias));
  const cyrillic = entry.aliases.filter((alias) => /\p{Script=Cyrillic}/u.test(alias)).map((name) => name.split(' '));
  return single.flatMap((at) => (at < 0 ? [] : cyrillic.flatMap((words) => words[at] ?? [])));
}

/**
 * The sound keys (sound-alike.ts) of each full name's first and last word, for every person: a name found in the text
 * that sounds like one of them is linked to it ("Dimitry Medvedev", a romanised "Entoni Blinken").
 */
function soundIndex(gazetteer: KindedEntry[]): Map<string, { entry: KindedEntry; given: string[] }[]> {
  const index = new Map<string, { entry: KindedEntry; given: string[] }[]>();
  for (const entry of gazetteer.filter(({ kind }) => kind === 'person'))
    for (const name of [entry.name, ...entry.aliases].filter((each) => each.includes(' ') && !isCyrillic(each))) {
      const given = soundKeys(name.split(' ')[0] ?? '');
      for (const key of soundKeys(lastName(name))) index.set(key, [...(index.get(key) ?? []), { entry, given }]);
    }
  return index;
}

/**
 * The people two capitalised words in a row may sound like, in the text and in its romanisation if it is Cyrillic:
 * the first word's key and the start of the second's, which a Russian case ending lengthens.
 */
function heard(texts: string[], index: ReturnType<typeof soundIndex>): KindedEntry[] {
  const latin = texts.map((text) => (isCyrillic(text) ? iuliia.translate(text, iuliia.WIKIPEDIA) : text));
  return latin.flatMap((text) =>
    [...text.matchAll(/(?=\b(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+))/gu)].flatMap(([, given = '', last = '']) => {
      const keys = new Set(soundKeys(given));
      // A key's prefixes too: a declined surname sounds longer ("Baydenom" for "Bayden").
      const prefixes = soundKeys(last).flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1)));
      return [...new Set(prefixes)].flatMap((key) =>
        (index.get(key) ?? [])
          .filter((candidate) => candidate.given.some((each) => keys.has(each)))
          .map(({ entry }) => entry),
      );
    }),
  );
}

/** The gazetteer and themes, indexed once per run so that each seed's relevant ones are found quickly. */
export interface RelevanceIndex {
  /** The seed's relevant entries and themes, each sorted by id. */
  relevant(texts: string[]): { entries: KindedEntry[]; themes: Theme[] };
}

export function relevanceIndex(gazetteer: KindedEntry[], themes: Theme[]): RelevanceIndex {
  const byId = new Map(gazetteer.map((entry) => [entry.id, entry]));
  // The names word by word, so a seed tries only the names whose first word it may hold, and shared beginnings once.
  const names = new Map<string, Branch>();
  for (const entry of gazetteer)
    for (const name of namesOf(entry)) {
      const words = prefixes(name);
      if (words.length > 0) grow(names, words, entry);
    }
  const sounds = soundIndex(gazetteer);
  const terms = themes.map((theme) => ({
    theme,
    terms: theme.signals.terms.map(({ term }) => prefixes(term.replace(/\*$/, ''))),
    entities: theme.signals.entities.map(({ id }) => id),
  }));
  return {
    relevant(texts) {
      const seen = wordsOf(texts);
      const ids = new Set<string>();
      readNames(seen, names, (entry) => ids.add(entry.id));
      for (const entry of heard(texts, sounds)) ids.add(entry.id);
      for (const id of [...ids]) {
        const entry = byId.get(id);
        for (const linked of [entry?.country, entry?.local?.in]) if (linked) ids.add(linked);
      }
      const entries = [...ids].flatMap((id) => byId.get(id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
      const relevantThemes = terms
        .filter(
          ({ terms: words, entities }) =>
            entities.some((id) => ids.has(id)) || words.some((term) => readable(seen, term)),
        )
        .map(({ theme }) => theme)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      return { entries, themes: relevantThemes };
    },
  };
}
