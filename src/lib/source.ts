import type { Change, Repair } from '../schemas/article.ts';

/**
 * What happened to a stretch of a seed line: `removed` (page furniture), `moved` (to the article's header),
 * `break` (a lost paragraph break restored before it), `heading` (a heading run into the text, set apart there) or
 * `repaired` (replaced by `replacement`). A break or heading is a point: it covers no text.
 */
export interface Mark {
  kind: 'removed' | 'moved' | 'break' | 'heading' | 'repaired';
  start: number;
  end: number;
  /** Why, in the words of the ingest's record. */
  reason: string;
  /** For a repair: the text the archive shows instead, and its editorial note's number. */
  replacement?: string;
  note?: number;
  /** Marks inside this one: a repaired word in a headline moved to the header. */
  inner?: Mark[];
}

/** One line of a seed as received, with what cleaning and repair did to it. */
export interface SourceLine {
  /** 1-based, as the editorial notes count lines. */
  n: number;
  text: string;
  /** Placed in the line, in order, not overlapping. */
  marks: Mark[];
  /** Recorded for this line but not found in it word for word: shown beside the line, never dropped. */
  unplaced: Mark[];
}

/** A stretch of a line as the source view prints it: text, marked or not; a point mark has no text. */
export interface Piece {
  text: string;
  mark?: Mark;
  /** A marked piece's own pieces, when marks lie inside its mark. */
  inner?: Piece[];
}

const KIND: Record<Change['kind'], Mark['kind']> = {
  removed: 'removed',
  metadata: 'moved',
  paragraph: 'break',
  heading: 'heading',
};

/** Where in `text` a heading run into the next sentence was set apart: between "Clinton" and "The" of "ClintonThe". */
function seam(text: string): number {
  const match = /\p{Ll}[.!?"”]?(?=\p{Lu})/u.exec(text);
  return match ? match.index + match[0].length : 0;
}

/**
 * A mark for one recorded change or repair, placed in its line at the first occurrence of its text at or after
 * `from` (or anywhere in the line, failing that); undefined when the line does not hold the text.
 */
function place(
  line: string,
  kind: Mark['kind'],
  text: string,
  from: number,
): { start: number; end: number } | undefined {
  const at = line.indexOf(text, from) >= 0 ? line.indexOf(text, from) : line.indexOf(text);
  if (at < 0) {
    // A line recorded whole may have lost its surrounding spaces in the record.
    return text.trim() !== '' && line.trim() === text.trim() ? { start: 0, end: line.length } : undefined;
  }
  if (kind === 'break') return { start: at, end: at };
  if (kind === 'heading') return { start: at + seam(text), end: at + seam(text) };
  return { start: at, end: at + text.length };
}

/**
 * A seed's lines as received (the decoded text, line endings as `\n`, as the ingest numbers them), each with the
 * changes cleaning recorded and the repairs made to it placed where they happened. The records give a line number
 * and the text concerned (a whole removed line, the first words after a restored break, the two words around a
 * heading's seam, a repaired word's original), so each is found by that text in its line; a record whose text is
 * not there is kept as unplaced rather than lost.
 */
export function sourceLines(text: string, changes: readonly Change[], repairs: readonly Repair[]): SourceLine[] {
  const lines: SourceLine[] = text.split('\n').map((line, i) => ({ n: i + 1, text: line, marks: [], unplaced: [] }));
  const records = [
    ...changes.map((change) => ({
      kind: KIND[change.kind],
      line: change.line,
      text: change.text,
      reason: change.reason,
    })),
    ...repairs.map((repair) => ({
      kind: 'repaired' as const,
      line: repair.line,
      text: repair.original,
      reason: repair.kind === 'split' ? 'words run together, set apart' : 'backslashes used as quotation marks',
      replacement: repair.text,
      note: repair.n,
    })),
  ];
  // Records of one kind on one line come in the order of the text, so each is looked for after the last one found.
  const cursors = new Map<string, number>();
  for (const { line: n, ...record } of records) {
    const line = lines[n - 1];
    if (!line) continue;
    const key = `${n} ${record.kind}`;
    const found = place(line.text, record.kind, record.text, cursors.get(key) ?? 0);
    const mark: Mark = { ...record, start: found?.start ?? 0, end: found?.end ?? 0 };
    if (!found) {
      line.unplaced.push(mark);
      continue;
    }
    cursors.set(key, found.end + 1);
    const overlapping = line.marks.filter((other) => mark.start < other.end && other.start < mark.end);
    const around = overlapping.find((other) => other.start <= mark.start && mark.end <= other.end);
    if (overlapping.length === 0) line.marks.push(mark);
    else if (around && overlapping.length === 1) around.inner = [...(around.inner ?? []), mark];
    else line.unplaced.push(mark);
  }
  for (const line of lines) line.marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return lines;
}

/** A line cut into the pieces the source view prints: unmarked text, marked text and point marks, in order. */
export function piecesOf(line: SourceLine): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const mark of line.marks) {
    if (mark.start > at) pieces.push({ text: line.text.slice(at, mark.start) });
    const text = line.text.slice(mark.start, mark.end);
    const inner = mark.inner?.map((each) => ({ ...each, start: each.start - mark.start, end: each.end - mark.start }));
    pieces.push(
      inner ? { text, mark, inner: piecesOf({ n: line.n, text, marks: inner, unplaced: [] }) } : { text, mark },
    );
    at = mark.end;
  }
  if (at < line.text.length) pieces.push({ text: line.text.slice(at) });
  return pieces;
}

/** A line's marks grouped by what they say, with how many: a flattened article's line may carry twenty breaks. */
export function reasonsOf(line: SourceLine): { kind: Mark['kind']; reason: string; count: number }[] {
  const groups = new Map<string, { kind: Mark['kind']; reason: string; count: number }>();
  for (const mark of [...line.marks.flatMap((each) => [each, ...(each.inner ?? [])]), ...line.unplaced]) {
    const key = `${mark.kind} ${mark.reason}`;
    const group = groups.get(key) ?? { kind: mark.kind, reason: mark.reason, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}
