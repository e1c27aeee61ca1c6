/** The few clause shapes attribution needs: the verb of saying, its subject before it, the phrase after it. */

import { type AttributionText, mentionsIn } from './article.ts';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_OPENERS,
  isTitleWord,
  isWord,
  SAYING,
  SAYING_PARTICIPLES,
  type Token,
} from './text.ts';

/** A finite verb of saying, unless an article makes it an adjective ("the declared desire"). */
export function isSayingVerb(list: Token[], index: number): boolean {
  const word = list[index]?.lower ?? '';
  return SAYING.has(word) && !['the', 'a', 'an'].includes(list[index - 1]?.lower ?? '');
}

/** Verbs an agency reports someone's words with, the speaker between them and "as saying": "reported X as saying". */
export const AS_SAYING = new Set(['quoted', 'reported', 'cited']);

/**
 * The speaker named between "quoted" and "as saying" (`Xinhua quoted Lavrov as saying`); none for `X was quoted as
 * saying` nor for `X was quoted by Tass as saying`, where the agency after "by" only reports and the subject spoke.
 */
export function quotedAsSaying(list: Token[], verb: number): Token[] | undefined {
  if (!AS_SAYING.has(list[verb]?.lower ?? '') || list[verb + 1]?.lower === 'by') return undefined;
  const as = list.findIndex((token, at) => at > verb + 1 && at <= verb + 10 && token.lower === 'as');
  return as > 0 && SAYING_PARTICIPLES.has(list[as + 1]?.lower ?? '') ? list.slice(verb + 1, as) : undefined;
}

/** The noun phrase after a verb or "according to": up to a clause break, past "in his turn," and time adverbs. */
export function phraseAfter(rest: Token[]): Token[] {
  let index = 0;
  while (
    rest[index] &&
    (BETWEEN_SUBJECT_AND_VERB.has(rest[index]?.lower ?? '') ||
      /^(in|his|her|its|turn|,)$/.test(rest[index]?.lower ?? ''))
  ) {
    index++;
  }
  const phrase: Token[] = [];
  for (const token of rest.slice(index)) {
    if (/^[;:()–—-]$/.test(token.text) || CLAUSE_OPENERS.has(token.lower) || phrase.length >= 12) break;
    // `said Lavrov, adding that` ends at the comma; `statement by Putin, the Kremlin press service` does not.
    const next = rest[rest.indexOf(token) + 1];
    if (token.text === ',' && !(next && (/^(the|a|an)$/.test(next.lower) || /^\p{Lu}/u.test(next.text)))) break;
    phrase.push(token);
  }
  return phrase;
}

/**
 * The words before a verb that are its subject: back to the clause's start, past auxiliaries and adverbs, and past
 * a parenthetical or appositive to a name (`Snowden, breaking weeks of silence, told`, `Dmitry Medvedev, Russian
 * President said`, `Tammy Bruce, State Department spokeswoman, said`), a person before the office that names a body.
 * Empty when the verb has no subject of its own.
 */
export function subjectBefore(article: AttributionText, block: number, list: Token[], verb: number): Token[] {
  let index = verb - 1;
  while (index >= 0 && BETWEEN_SUBJECT_AND_VERB.has(list[index]?.lower ?? '')) index--;
  const phrase: Token[] = [];
  for (; index >= 0 && phrase.length < 8; index--) {
    const token = list[index] as Token;
    if (!isWord(token) || CLAUSE_OPENERS.has(token.lower) || SAYING.has(token.lower)) break;
    phrase.unshift(token);
  }
  const named = (words: Token[]) =>
    words.length > 0 ? mentionsIn(article, block, words[0]?.start ?? 0, words.at(-1)?.end ?? 0) : [];
  const names = (words: Token[]) => named(words).length > 0;
  // "John Kerry and Sergei Lavrov said": a subject of two, the words before "and" a name at the clause's start.
  if (list[index]?.lower === 'and' && names(phrase)) {
    let first = index - 1;
    while (first >= 0 && isWord(list[first] as Token) && isTitleWord(list[first] as Token)) first--;
    const other = list.slice(first + 1, index);
    const opens = first < 0 || /^[,;:(]$/.test(list[first]?.text ?? '');
    if (opens && names(other)) return list.slice(first + 1, verb);
  }
  if (names(phrase) || !phrase.every(isTitleWord) || list[index]?.text !== ',') return phrase;
  const segments = splitAtCommas(list.slice(0, index))
    .slice(-2)
    .toReversed()
    .filter((segment) => names(segment) && segment.every(isTitleWord));
  // "Tammy Bruce, State Department spokeswoman, said": the person is the subject, the office after the comma hers.
  return (
    segments.find((segment) => named(segment).some((mention) => mention.kind === 'person')) ?? segments[0] ?? phrase
  );
}

/** A clause's tokens cut at its commas. */
export function splitAtCommas(list: Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const token of list) {
    if (token.text === ',') segments.push([]);
    else segments.at(-1)?.push(token);
  }
  return segments;
}

/** A subject without the auxiliaries and adverbs that end it ("Fedotov was"). */
export function withoutAdverbs(list: Token[]): Token[] {
  const end = list.findLastIndex((token) => !BETWEEN_SUBJECT_AND_VERB.has(token.lower));
  return list.slice(0, end + 1);
}
