import type { KeptPiece } from '../clean.ts';
import type { FoundDate } from './published.ts';

/** What a telegram's header says: when it was sent, by whom, and on what. */
export interface Cable {
  /** The date-time group's date, and the line it is printed on. */
  sent?: { piece: KeptPiece; date: FoundDate };
  /** The sending post's place ("FM SECSTATE WASHDC": Washington), and the line. */
  from?: { piece: KeptPiece; place: string };
  /** The subject, its wrapped lines joined, and the lines it was read from. */
  subject?: { pieces: KeptPiece[]; title: string };
}

/**
 * A date-time group, the stamp of a military or diplomatic message (ACP 121): an optional precedence ("O" immediate,
 * "P" priority, "R" routine, "Z" flash), then day, hour and minute, the time zone's letter ("Z", Greenwich), the
 * month's three letters and the year's last two figures: "O 261615 Z JUN 73" is 26 June 1973, 16:15 GMT.
 */
const DATE_TIME_GROUP =
  /^(?:[OPRZ]{1,2}\s+)?(\d{2})(\d{2})(\d{2})\s?([A-Z])\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d{2}|\d{4})$/u;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The sender's line: "FM SECSTATE WASHDC", "FM AMEMBASSY MOSCOW", "FROM: USMISSION GENEVA". */
const FROM = /^(?:FM|FROM:?)\s+(?:[A-Z]+\s+)?([A-Z][A-Z ]{2,30}?)(?:\s+\d+)?$/u;
/** Posts written as the State Department's cables write them, where it is not the place's name in capitals. */
const POSTS: Record<string, string> = { WASHDC: 'Washington' };

/** The subject's label: "SUBJ:", "SUBJECT:". */
const SUBJECT = /^SUBJ(?:ECT)?\s*:\s*(\S.*)$/u;
/** A line that opens the text or another field after the subject: "1. FOLLOWING …", "REF: …", "TAGS: …". */
const NEXT_FIELD = /^(?:\d{1,2}\.\s|[A-Z][A-Z .]{0,12}:|\(\w\)\s)/u;
/** How many lines a wrapped subject may run over after its first. */
const SUBJECT_WRAP = 2;

/**
 * A telegram's header among the lines above its text, as cables print it (a US diplomatic cable: the date-time group,
 * "FM" the sender, "TO" the addressees, "SUBJ:" the subject, then numbered paragraphs). Read only when a date-time group
 * and a sender's line are both there, so that no other page is taken for a cable. The subject is the cable's title.
 */
export function readCable(head: KeptPiece[]): Cable | undefined {
  const stamped = head.findIndex((piece) => DATE_TIME_GROUP.test(piece.text.trim()));
  const sender = head.findIndex((piece) => FROM.test(piece.text.trim()));
  const group = DATE_TIME_GROUP.exec(head[stamped]?.text.trim() ?? '');
  const stampPiece = head[stamped];
  const fromPiece = head[sender];
  if (!group || !stampPiece || !fromPiece) return undefined;
  const [, day, , , , month, year] = group;
  const yy = Number(year);
  // Two figures of a year: cables of 1950–1999 and of 2000–2049.
  const full = (year ?? '').length === 4 ? yy : yy >= 50 ? 1900 + yy : 2000 + yy;
  const date: FoundDate = {
    text: stampPiece.text.trim(),
    index: 0,
    year: full,
    month: MONTHS.indexOf(month ?? '') + 1,
    day: Number(day),
    alternatives: [],
  };
  const post = FROM.exec(fromPiece.text.trim())?.[1]?.trim() ?? '';
  const place =
    POSTS[post] ??
    post.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const cable: Cable = { sent: { piece: stampPiece, date }, from: { piece: fromPiece, place } };
  const at = head.findIndex((piece) => SUBJECT.test(piece.text.trim()));
  const opening = head[at];
  if (opening) {
    const pieces = [opening];
    for (const next of head.slice(at + 1, at + 1 + SUBJECT_WRAP)) {
      if (NEXT_FIELD.test(next.text.trim())) break;
      pieces.push(next);
    }
    const title = [SUBJECT.exec(opening.text.trim())?.[1] ?? '', ...pieces.slice(1).map((piece) => piece.text.trim())]
      .join(' ')
      .trim();
    cable.subject = { pieces, title };
  }
  return cable;
}
