import { isEnglishWord } from '../text/english.ts';
import type { Span } from './spans.ts';

/** A word the archive flags as probably garbled, with what an editor says it means. */
export interface FlaggedWord extends Span {
  word: string;
  /** The likely meaning, from the article's editorial file; absent until an editor supplies it. */
  meaning?: string;
}

/**
 * Flags lowercase words of five letters or more that are in no English word list and were not repaired
 * (in translated text, a word the translator could not render: "nestabilities"). An editor can give a
 * flagged word its likely meaning, or clear a word that is fine (`false`), in the seed's editorial file. The word
 * list is English: in text of another language only the words the editorial file gives a meaning are flagged.
 */
export function flagWords(
  blocks: string[],
  editorial: Record<string, string | false> = {},
  language = 'en',
): FlaggedWord[] {
  return blocks.flatMap((text, block) =>
    [...text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}{5,}(?![\p{L}\p{N}'’-])/gu)].flatMap((match) => {
      const word = match[0];
      const verdict = editorial[word];
      if (verdict === false || (verdict === undefined && (language !== 'en' || isEnglishWord(word)))) return [];
      const flag: FlaggedWord = { block, start: match.index, end: match.index + word.length, word };
      return [verdict ? { ...flag, meaning: verdict } : flag];
    }),
  );
}
