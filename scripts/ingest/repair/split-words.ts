import { isCommonWord, isEnglishWord, isFunctionWord } from '../text/english.ts';

/** What the splitter knows about the article around a word. */
export interface SplitContext {
  /** Capitalised words the article uses on their own as names ("Fedotov", "Iraq"). */
  names: Set<string>;
  /** How often each word occurs in the article: a word written the same way twice is deliberate. */
  counts: Map<string, number>;
  /** Words with inner capitals on purpose ("YouTube"), from the lexicon. */
  intercaps: Set<string>;
}

/** Name particles that take a capital after them: McDonald, MacArthur, DiCaprio, LeBlanc. */
const PARTICLE = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|Al|El|St)$/;

/**
 * Splits a word that is two words run together, or returns undefined. A split needs evidence on both
 * sides, from an English word list (SCOWL) and from the names the article itself uses:
 * - at an inner capital ("YuriFedotov", "talksAs", "inMoscow"): the right part is a function word or a
 *   name the article uses alone, or follows a lowercase dictionary word; or the left part is a function word;
 * - with no inner capital ("instrumentalin", "Iraqthat"): the word is in neither list, and it ends in a
 *   function word after a dictionary word or a known name (or starts with a function word), or it is a
 *   name the article uses and a common word ("Russiauntil"). Two dictionary words alone are no evidence:
 *   "nestabilities" is not "nest abilities", and "counterterrorism" is one word the list lacks.
 */
export function splitRunTogether(word: string, context: SplitContext): [string, string] | undefined {
  if (word.length < 5 || context.intercaps.has(word) || (context.counts.get(word) ?? 0) > 1) return undefined;
  const junctions = [...word.matchAll(/(?<=\p{Ll})\p{Lu}/gu)].map((match) => match.index);
  if (junctions.length > 1) return undefined;
  const [junction] = junctions;
  return junction === undefined ? atWordEnd(word, context) : atCapital(word, junction, context);
}

function atCapital(word: string, at: number, context: SplitContext): [string, string] | undefined {
  const left = word.slice(0, at);
  const right = word.slice(at);
  if (left.length < 2 || PARTICLE.test(left) || /^\p{Lu}{2,}$/u.test(right)) return undefined;
  const rightIsName = isFunctionWord(right) || context.names.has(right);
  if (isFunctionWord(left) && right.length >= 3) return [left, right];
  if (/^\p{Ll}/u.test(left)) {
    return isEnglishWord(left) && (rightIsName || isEnglishWord(right)) ? [left, right] : undefined;
  }
  return rightIsName ? [left, right] : undefined;
}

function atWordEnd(word: string, context: SplitContext): [string, string] | undefined {
  if (isEnglishWord(word)) return undefined;
  const capital = /^\p{Lu}/u.test(word);
  const known = (part: string): boolean => (capital ? context.names.has(part) : isEnglishWord(part));
  for (let at = word.length - 2; at >= 3; at--) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (isFunctionWord(right) && known(left)) return [left, right];
  }
  // A name may start with a function word and go on as a short word ("Assad" is not "As sad", "Andrew" not
  // "An drew"), so after a capital the word that follows must be long enough to be evidence ("Theconference").
  const shortest = capital ? 5 : 3;
  for (let at = 2; at <= word.length - shortest; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (isFunctionWord(left) && isEnglishWord(right)) return [left, right];
  }
  return capital ? nameAndWord(word, context) : undefined;
}

/** A name the article uses, run into a common word: "Russiauntil". */
function nameAndWord(word: string, context: SplitContext): [string, string] | undefined {
  for (let at = word.length - 4; at >= 3; at--) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (context.names.has(left) && isCommonWord(right)) return [left, right];
  }
  return undefined;
}

/** The names an article uses on its own: capitalised words not in the dictionary, or in the middle of a sentence. */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
    const word = match[1] ?? '';
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    const sentenceStart =
      match.index < 6 ? /^\s*["“‘'(]*$/.test(before) : /(?:[.!?…]["”’]?\s+|\n)["“‘'([]*$/.test(before);
    if (!sentenceStart || !isEnglishWord(word)) names.add(word);
  }
  return names;
}

/** How often each word (letters only) occurs in a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
