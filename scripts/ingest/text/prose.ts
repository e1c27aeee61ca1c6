/** Small predicates on one piece of seed text, shared by the clean and describe stages. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Text in lower case with every run of what is neither a letter nor a digit made one space: for comparing lines. */
export function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text: runs of letters and digits, with inner apostrophes, dots and hyphens. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text.trim());
}

/** Running prose rather than a label, a headline or a link: a sentence of six words or more, or a long run of words. */
export function isProse(text: string): boolean {
  const count = words(text).length;
  return (count >= 6 && endsSentence(text)) || count >= 20;
}

/** A credit line such as "- IANS" or "(Xinhua)": a short name set off by a leading dash or by brackets. */
export function creditName(text: string): string | undefined {
  const match = /^(?:[-–—]\s*([^-–—()]{2,40})|\(([^()]{2,40})\))$/.exec(text.trim());
  const name = (match?.[1] ?? match?.[2])?.trim();
  if (!name || words(name).length > 4 || !/^\p{Lu}/u.test(name)) return undefined;
  return name;
}

/** A wire's closing credit of its reporters: "(Reporting by Polina Devitt/Gabrielle Tetrault-Farber; Editing by …)". */
export function isReportingCredit(text: string): boolean {
  return /^\(?\s*(?:additional\s+)?reporting\s+by\s+\p{Lu}/iu.test(text.trim());
}

/**
 * The reporters a wire's closing credit names, joined by commas: "(Reporting by Polina Devitt/Gabrielle Tetrault-Farber;
 * Editing by Andrew Osborn)" gives "Polina Devitt, Gabrielle Tetrault-Farber"; the editor is a credit of the desk, not a
 * writer, and is left out.
 */
export function reportersOf(text: string): string | undefined {
  const credit = /^\(?\s*(?:additional\s+)?reporting\s+by\s+([^;)]+)/iu.exec(text.trim())?.[1];
  const names = (credit ?? '')
    .replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '')
    .split(/\s*(?:\/|,|\band\b|&)\s*/u)
    .map((name) => name.trim())
    .filter((name) => /^\p{Lu}/u.test(name));
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Holds a web address or a bare domain name. */
export function hasAddress(text: string): boolean {
  return /\bhttps?:\/\/|\bwww\.|\b[\p{L}\p{N}-]+\.(?:com|org|net|info|ru|cn|uk|in|us|gov|int|eu|de|fr)\b/iu.test(text);
}

/** The Unicode script most of a text's letters are written in, or undefined when it has no letters. */
export function dominantScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];
