import { isFunctionWord } from '../text/english.ts';

/**
 * Finds a subheading run into the sentence after it ("…strategic offensive armsThe U.S. and Russia
 * agreed…"): a capital right after a lowercase letter, before any sentence end of the paragraph, with
 * 3–20 words before it. It is a heading when the next word is a function word that opens a sentence
 * ("The", "As"), or when most of its content words come back in the next two sentences, as a
 * subheading's do. Returns the heading and the rest, or undefined.
 */
export function gluedHeading(paragraph: string): [string, string] | undefined {
  for (const match of paragraph.matchAll(/(?<=\p{Ll})(\p{Lu}\p{Ll}*)/gu)) {
    const heading = paragraph.slice(0, match.index);
    if (/[.!?]["”’]?\s/.test(heading)) return undefined;
    const rest = paragraph.slice(match.index);
    const count = heading.split(/\s+/).length;
    const next = match[1] ?? '';
    if (count >= 3 && count <= 20 && (isFunctionWord(next) || echoes(heading, rest))) return [heading.trim(), rest];
  }
  return undefined;
}

/** Whether at least half of a heading's content words (compared by their first five letters) recur in the next two sentences. */
function echoes(heading: string, rest: string): boolean {
  const following = rest
    .split(/(?<=[.!?]["”’]?)\s+/)
    .slice(0, 2)
    .join(' ');
  const seen = new Set(stems(following));
  const own = stems(heading);
  return own.length >= 2 && own.filter((stem) => seen.has(stem)).length * 2 >= own.length;
}

function stems(text: string): string[] {
  return (text.match(/\p{L}{3,}/gu) ?? [])
    .filter((word) => !isFunctionWord(word))
    .map((word) => word.toLowerCase().slice(0, 5));
}
