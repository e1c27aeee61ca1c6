import type { Change } from '../../src/schemas/article.ts';
import { isGivenName } from './annotate/name-words.ts';
import { dateLine } from './describe/published.ts';
import { isEnglishWord } from './text/english.ts';
import { endsSentence } from './text/prose.ts';

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
 * punctuation (a quote before it closes, a quote after it opens the next sentence), and no space before a capital,
 * a copyright sign (a photo credit), or a lower-case word (a picture's description; see `wordsGlued`). Pages
 * copied without their `<p>` tags lose paragraph breaks exactly this way.
 */
const GLUED_SENTENCE = /(?<=\p{Ll}\p{Ll}["”’]?[.!?…])(?=["“]?\p{Lu}|©|\p{Ll}+\s)/gu;

/** Cuts a seed into pieces: one per line, hard-wrapped paragraphs joined, glued paragraphs separated. */
export function segment(text: string): Segmented {
  const { lines, change } = withoutLineMarks(text.split('\n'));
  const changes: Change[] = change ? [change] : [];
  const pieces: Piece[] = [];
  for (const block of unwrap(lines.join('\n'))) {
    const parts = splitGlued(block.text).flatMap(splitHeadRun);
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

/** A mark an archive may set before every line of a text it stores: a dash, a quoting ">" or a bar, then a space. */
const LINE_MARK = /^([-–>|])(?:\s|$)/;
/** The share of a file's lines that must open with one mark for it to be the archive's layout, not the text's. */
const MARKED_SHARE = 0.9;

/**
 * The lines without the mark an archive set before each of them ("- The President offered …", "-" for a blank line),
 * as a CD-ROM's or a mail reader's layout does: when nine lines in ten open with the same dash, ">" or bar, the mark
 * is no list's bullet and no quotation's dash but the page's, and is taken off every line, recorded once. A list in
 * the text is never nine lines in ten of a page.
 */
function withoutLineMarks(lines: string[]): { lines: string[]; change?: Change } {
  const filled = lines.filter((line) => line.trim() !== '');
  const marks = filled.map((line) => LINE_MARK.exec(line.trim())?.[1]);
  const mark = marks.find((each) => each !== undefined);
  const share = marks.filter((each) => each === mark).length / Math.max(filled.length, 1);
  if (mark === undefined || filled.length < 10 || share < MARKED_SHARE) return { lines };
  const first = lines.findIndex((line) => LINE_MARK.exec(line.trim())?.[1] === mark);
  return {
    lines: lines.map((line) => (LINE_MARK.exec(line.trim())?.[1] === mark ? line.trim().slice(1) : line)),
    change: {
      kind: 'removed',
      line: first + 1,
      text: mark,
      reason: `the archive set "${mark}" before every line of the text as layout; it was taken off each line`,
    },
  };
}

/**
 * Whether a glue point before a lower-case word is a lost break: a picture's description run into the text
 * ("…in 30 years.a man and a woman standing…") ends a dictionary word and starts one; "rosbalt.ru" does not.
 */
function wordsGlued(previous: string, part: string): boolean {
  if (!/^\p{Ll}/u.test(part)) return true;
  const before = /(\p{L}+)[.!?]$/u.exec(previous)?.[1];
  const after = /^(\p{L}+)/u.exec(part)?.[1];
  return before !== undefined && after !== undefined && isEnglishWord(before) && isEnglishWord(after);
}

function splitGlued(text: string): string[] {
  return text
    .split(GLUED_SENTENCE)
    .reduce<string[]>((parts, part) => {
      const previous = parts.at(-1);
      // A glue point inside a web address or an e-mail, or before a lone word ("Rosbalt.RU"), is no sentence end.
      if (
        previous !== undefined &&
        (/(?:https?:\/\/|www\.|@)\S*$/.test(previous) || !/\s/.test(part.trim()) || !wordsGlued(previous, part))
      ) {
        parts[parts.length - 1] = previous + part;
      } else parts.push(part);
      return parts;
    }, [])
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Lines, with hard-wrapped paragraphs joined. A line continues the one before, in the same block of
 * lines, when it starts in lowercase, or when the file separates paragraphs with blank lines and the
 * line before is long, ends mid-sentence and is full: the next line's first word would not have fitted
 * on it within the file's wrap width; a file with no blank lines joins a full line so too, once a line above has ended
 * a sentence ("… with Chinese President" / "Jiang Zemin, the Kremlin said."). Short lines without a full stop are labels or headlines, and a
 * headline with a byline under it ("By Jonathan Wright") is two lines, not one wrapped paragraph.
 */
function unwrap(text: string): Piece[] {
  const lines = text.split('\n');
  const blankSeparated = separatesWithBlankLines(lines);
  const width = wrapWidth(lines);
  const out: Piece[] = [];
  let previousBlank = true;
  let prose = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      previousBlank = true;
      return;
    }
    const last = out.at(-1);
    // Without blank lines, a full line is wrapped prose only once prose has begun: above it, full lines are headlines.
    const full = fills(raw, lines[index - 1], width) && (blankSeparated || (prose && wraps(lines[index - 1], line)));
    const joined = previousBlank
      ? blankSeparated && last !== undefined && brokenByBlank(last.text, line) && closes(lines, index)
      : last !== undefined && continues(last.text, line, full);
    prose ||= endsSentence(line);
    if (last && joined) {
      last.text = /\p{Ll}-$/u.test(last.text) && /^\p{Ll}/u.test(line) ? `${last.text}${line}` : `${last.text} ${line}`;
    } else out.push({ line: index + 1, text: line });
    previousBlank = false;
  });
  return out;
}

/**
 * Whether a line after a blank one goes on with the sentence before it: a copy that set a blank line after every line
 * breaks one sentence into several ("MOSCOW — Russian President Vladimir Putin" / "and U.S. President Joe Biden spoke
 * by phone on Tuesday after the" / …). A paragraph starts with a capital; a line of three words or more in lower case
 * after a line that ends no sentence is the same sentence going on. A shorter one may be a menu's item ("share").
 */
function brokenByBlank(previous: string, line: string): boolean {
  return !endsSentence(previous) && !/[:|]$/.test(previous) && /^\p{Ll}/u.test(line) && line.split(/\s+/).length >= 3;
}

/**
 * Whether the sentence going on at `from` across blank lines comes to its end: the lines that go on with it, each in
 * lower case after a line that ends no sentence, reach one that ends a sentence. Menu lines in lower case ("add The
 * News to homescreen" / "tap to bring up your browser menu …") never close one.
 */
function closes(lines: string[], from: number): boolean {
  let previous = '';
  for (const raw of lines.slice(from)) {
    const line = raw.trim();
    if (line === '') continue;
    if (previous !== '' && !brokenByBlank(previous, line)) return false;
    if (endsSentence(line)) return true;
    previous = line;
  }
  return false;
}

/** A clock time and nothing else: "1:04 am", "18:35". */
const CLOCK_ALONE = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/iu;

function continues(previous: string, line: string, blankSeparated: boolean): boolean {
  // A line in lower case, a quotation mark before it or none ("``mistake'' Thursday"), goes on with the line before;
  // so it does after a dotted abbreviation ("… of Russian and U.S."), which then ended no sentence.
  const lower = /^[`'"“‘«]*\p{Ll}/u.test(line);
  if (lower && /(?:^|\s)(?:\p{L}\.){2,}$/u.test(previous)) return true;
  // A line that ends on a person's initial ("…; L. I." / "ZAMYATIN, GENERAL DIRECTOR") breaks a name, not a sentence.
  if (/(?:^|[\s.])\p{Lu}\.$/u.test(previous) && /^\p{Lu}[\p{L}'’-]+\b/u.test(line) && !/^\p{Lu}\.$/u.test(previous))
    return true;
  if (endsSentence(previous) || /[:|]$/.test(previous)) return false;
  // A given name alone on a line, over a capitalised word, is a name the wrap broke ("Vladimir" / "Putin and …"):
  // no headline or label is a given name alone.
  if (/^\p{Lu}\p{Ll}+$/u.test(previous) && isGivenName(previous) && /^\p{Lu}\p{Ll}+\b/u.test(line)) return true;
  // A date line or a clock time under a title ("… With President Boris Yeltsin of Russia" / "September 28, 1994") is
  // the title's stamp, not the sentence going on, unless the line above leads into a date ("… signed on" / "May 24, 2002", "…,").
  if (
    !/(?:\b(?:on|of|in|since|until|by|from|to|and|or|dated|before|after)|[,;])$/iu.test(previous) &&
    (isStampAlone(line) || CLOCK_ALONE.test(line.trim()))
  ) {
    return false;
  }
  // A clock time alone on a line ("1:04 am") is a recording's or a feed's stamp over the text, not its first words.
  if (CLOCK_ALONE.test(previous.trim())) return false;
  if (lower) return true;
  return blankSeparated && previous.length >= 40;
}

/**
 * The width a file's lines were wrapped at: the length most of its lines reach (the 80th percentile). A
 * hard-wrapped file's lines all end near it; in a file of unwrapped paragraphs it is a paragraph's length,
 * which no headline fills.
 */
function wrapWidth(lines: string[]): number {
  const lengths = lines
    .map((line) => line.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

/** How long a line must be to have been wrapped, rather than be a label or a list's item. */
const WRAPPED = 40;

/** Whether a line of a file without blank lines wraps onto `line`: it is long, and `line` goes on in words. */
function wraps(before: string | undefined, line: string): boolean {
  return (before ?? '').trim().length >= WRAPPED && /^\p{L}/u.test(line);
}

/** Whether the line before `line` was full: the first word of `line` would have taken it past `width`. */
function fills(line: string, before: string | undefined, width: number): boolean {
  const word = line.trim().split(/\s+/)[0] ?? '';
  return (before ?? '').trimEnd().length + 1 + word.length > width;
}

/** Paragraphs are set off by blank lines when there is at least one blank line for every seven lines of text. */
function separatesWithBlankLines(lines: string[]): boolean {
  const blank = lines.filter((line) => line.trim() === '').length;
  return blank > 0 && blank * 7 >= lines.length - blank;
}

/** A line that is a date stamp and nothing else ("September 28, 1994", "March 4, 2006 12:15"): no sentence's words. */
function isStampAlone(line: string): boolean {
  return !endsSentence(line) && dateLine(line) !== undefined;
}

/**
 * A head line whose parts a page set apart by layout and a copy ran together: a date run into a kicker in capitals and
 * the kicker into the headline ("December 2, 1985COVER STORYSummit Talks Open"). Cut after a year followed by a word in
 * capitals, and after a run of four capitals or more followed by a capitalised word, in lines of a head's length with
 * no sentence's end; names with capitals inside ("JPMorgan", "McDONALD") have shorter runs.
 */
function splitHeadRun(line: string): string[] {
  if (line.split(/\s+/).length > 20 || endsSentence(line)) return [line];
  const parts = line
    .split(/(?<=\b(?:1[89]|20)\d{2})(?=\p{Lu}{2})|(?<=(?:^|[\s\d])(?:\p{Lu}+ )*\p{Lu}{4,})(?=\p{Lu}\p{Ll})/u)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [line];
}
