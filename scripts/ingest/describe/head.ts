import type { Change } from '../../../src/schemas/article.ts';
import type { Lexicon } from '../../../src/schemas/editorial.ts';
import type { KeptPiece } from '../clean.ts';
import { isFunctionWord } from '../text/english.ts';
import { creditName, endsSentence, words } from '../text/prose.ts';
import { agencyName } from './dateline.ts';
import { dateLine, type FoundDate, findDate } from './published.ts';

/** What the lines above the first paragraph say about the article. */
export interface Head {
  headline?: string | undefined;
  standfirst?: string | undefined;
  /** The seed lines the headline and the standfirst were read from. */
  lines: { title?: number | undefined; standfirst?: number | undefined };
  /** A date stamp printed above the text, or after the headline ("… - 2003-05-20"). */
  date?: FoundDate | undefined;
  byline?: string | undefined;
  agencies: string[];
  /** A site named after the headline: "… – Rosbalt.RU". */
  outlet?: string | undefined;
  /** Photo captions above the text, which stay with it. */
  captions: KeptPiece[];
  changes: Change[];
}

/**
 * Reads the lines above the first paragraph: date stamp, credit and byline lines; then the headline,
 * chosen among the title-like lines as the one whose words the text repeats most (so a site's "Support
 * us!" banner loses to the real headline); a title-like line after it is the standfirst, lines before it
 * are navigation.
 */
export function readHead(head: KeptPiece[], body: string, lexicon: Lexicon): Head {
  const found: Head = { agencies: [], captions: [], changes: [], lines: {} };
  const note = (piece: KeptPiece, kind: Change['kind'], reason: string): void => {
    found.changes.push({ kind, line: piece.line, text: piece.text, reason });
  };
  const rest: KeptPiece[] = [];
  for (const piece of head) {
    const stamp = found.date ? undefined : dateLine(piece.text);
    const credit = readCredit(piece.text, lexicon);
    if (stamp) {
      found.date = stamp.date;
      found.byline = stamp.byline ?? found.byline;
      note(piece, 'metadata', 'the date line, shown as the publication date');
    } else if (credit) {
      found.agencies.push(credit.agency);
      found.date ??= credit.date;
      note(piece, 'metadata', 'the credit line, shown as the agency');
    } else if (/^by\s+\S/i.test(piece.text) && words(piece.text).length <= 7) {
      found.byline = piece.text.replace(/^by\s+/i, '');
      note(piece, 'metadata', 'the byline');
    } else if (piece.caption) found.captions.push(piece);
    else rest.push(piece);
  }
  // Two-word lines are usually labels ("World News"); one is a headline only if the text takes up its words.
  const candidates = rest.filter(
    (piece) =>
      isTitle(piece.text) &&
      (words(piece.text).length >= 3 || (words(piece.text).length === 2 && echo(piece.text, body) > 0.5)),
  );
  const best = candidates.reduce<KeptPiece | undefined>(
    (a, b) => (a && echo(a.text, body) >= echo(b.text, body) ? a : b),
    undefined,
  );
  for (const piece of rest) {
    if (piece === best) {
      const { title, date, outlet } = splitSuffix(unquote(piece.text));
      found.headline = title;
      found.lines.title = piece.line;
      found.date ??= date;
      if (outlet) found.outlet = outlet;
      note(piece, 'metadata', 'the headline');
    } else if (best && piece.line >= best.line && !found.standfirst && isTitle(piece.text)) {
      found.standfirst = piece.text;
      found.lines.standfirst = piece.line;
      note(piece, 'metadata', 'the standfirst, shown under the headline');
    } else note(piece, 'removed', 'a label above the article (navigation)');
  }
  return found;
}

/** A credit line ("- IANS", "(Xinhua)", "(CCTV April 2, 2009)"): the agency, by the lexicon's name, and a date printed with it. */
export function readCredit(text: string, lexicon: Lexicon): { agency: string; date?: FoundDate } | undefined {
  const credit = creditName(text);
  if (!credit) return undefined;
  const date = findDate(credit);
  const name = (date ? credit.replace(date.text, '') : credit).replace(/[\s,]+$/, '').trim();
  return { agency: agencyName(name, lexicon) ?? name, ...(date?.year ? { date } : {}) };
}

/** A headline: no closing full stop (a question or exclamation may close it), at most 30 words, starting with a capital or a quote. */
export function isTitle(text: string): boolean {
  const count = words(text).length;
  return (
    count >= 1 &&
    count <= 30 &&
    (!endsSentence(text) || /[?!]["”’']?$/.test(text)) &&
    /^["“‘']?[\p{Lu}\p{N}]/u.test(text)
  );
}

/** The share of a line's content words that the body repeats. */
function echo(line: string, body: string): number {
  const own = (line.match(/\p{L}{3,}/gu) ?? [])
    .filter((word) => !isFunctionWord(word))
    .map((word) => word.toLowerCase());
  if (own.length === 0) return 0;
  const text = body.toLowerCase();
  return own.filter((word) => text.includes(word.slice(0, 5))).length / own.length;
}

/** A date or a site's address set after a headline with a dash or bar: "… - 2003-05-20", "… – Rosbalt.RU". */
function splitSuffix(headline: string): { title: string; date?: FoundDate; outlet?: string } {
  const match = /\s+[-–—|]\s+(\S(?:.{0,38}\S)?)$/u.exec(headline);
  const suffix = match?.[1];
  if (!match || !suffix) return { title: headline };
  const title = headline.slice(0, match.index);
  const stamp = dateLine(suffix);
  if (stamp) return { title, date: stamp.date };
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(suffix)) return { title, outlet: suffix };
  return { title: headline };
}

function unquote(text: string): string {
  const match = /^(["“‘'])(.*)(["”’'])$/.exec(text);
  return match?.[2] && !match[2].includes(match[1] ?? '') ? match[2] : text;
}
