import type { Change } from '../../src/schemas/article.ts';

/** A run of seed text the later stages treat as one block: a line, or part of a line where a lost paragraph break was restored. */
export interface Piece {
  /** The 1-based line of the seed it starts on. */
  line: number;
  /** The text, trimmed. */
  text: string;
}

/** The seed's text cut into pieces, and the paragraph breaks that had to be restored. */
export interface Segmented {
  pieces: Piece[];
  changes: Change[];
}

/**
 * A sentence end glued to the next sentence: two lowercase letters (so "U.S." is never cut), terminal
 * punctuation (a quote before it closes, a quote after it opens the next sentence), and no space before a capital. Pages
 * copied without their `<p>` tags lose paragraph breaks exactly this way.
 */
const GLUED_SENTENCE = /(?<=\p{Ll}\p{Ll}["”’]?[.!?…])(?=["“]?\p{Lu})/gu;

/** Cuts a seed into pieces: one per line, hard-wrapped paragraphs joined, glued paragraphs separated. */
export function segment(text: string): Segmented {
  const changes: Change[] = [];
  const pieces: Piece[] = [];
  for (const block of unwrap(text)) {
    const parts = splitGlued(block.text);
    if (parts.length > 1) {
      for (const part of parts.slice(1)) {
        changes.push({
          kind: 'paragraph',
          line: block.line,
          text: part.slice(0, 40),
          reason: 'a paragraph break was missing (no space after the sentence end); restored before these words',
        });
      }
    }
    for (const part of parts) pieces.push({ line: block.line, text: part });
  }
  return { pieces, changes };
}

function splitGlued(text: string): string[] {
  return text
    .split(GLUED_SENTENCE)
    .reduce<string[]>((parts, part) => {
      // A glue point inside a web address or an e-mail is not a sentence end.
      const previous = parts.at(-1);
      if (previous !== undefined && /(?:https?:\/\/|www\.|@)\S*$/.test(previous)) {
        parts[parts.length - 1] = previous + part;
      } else parts.push(part);
      return parts;
    }, [])
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Lines, with hard-wrapped paragraphs joined. A line is a continuation of the one before when both are
 * in one blank-line-separated block and it starts in lowercase, or the line before ends mid-sentence in
 * a file whose lines are wrapped at a fixed width.
 */
function unwrap(text: string): Piece[] {
  const lines = text.split('\n');
  const wrapped = isHardWrapped(lines);
  const out: Piece[] = [];
  let previousBlank = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      previousBlank = true;
      return;
    }
    const last = out.at(-1);
    if (last && !previousBlank && continues(last.text, line, wrapped)) {
      last.text = last.text.endsWith('-') && /^\p{Ll}/u.test(line) ? `${last.text}${line}` : `${last.text} ${line}`;
    } else out.push({ line: index + 1, text: line });
    previousBlank = false;
  });
  return out;
}

function continues(previous: string, line: string, wrapped: boolean): boolean {
  if (/[.!?:"”’)|]$/.test(previous)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  return wrapped && /[\p{L},;-]$/u.test(previous);
}

/** Wrapped at a fixed width: most lines of 40 characters or more end within 20 characters of the longest, which is at most 100. */
function isHardWrapped(lines: string[]): boolean {
  const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length >= 40);
  if (lengths.length < 5) return false;
  const longest = Math.max(...lengths);
  if (longest > 100) return false;
  const nearWidth = lengths.filter((length) => length >= longest - 20).length;
  return nearWidth / lengths.length >= 0.8;
}
