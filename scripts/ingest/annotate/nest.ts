import type { Inline, Mark } from '../text/document.ts';

/** A mark over a stretch of a block's plain text. */
export interface Range {
  start: number;
  end: number;
  mark: Mark;
}

/**
 * Wraps a block's inline runs in annotation marks. Ranges must nest: a range that crosses an earlier,
 * wider one is dropped. Repaired and dateline runs stay whole: a range that cuts into one is widened to
 * cover it, as is one inside a repaired run that shares its start or end and covers most of it ("Fedotov"
 * in the repaired "Yuri Fedotov", not "Iraq" in "Iraq that"); any other range inside such a run is
 * dropped. Ranges are applied widest first.
 */
export function nest(children: Inline[], ranges: Range[]): Inline[] {
  const atoms = atomsOf(children);
  const placed: Range[] = [];
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const range of sorted) {
    const widened = widen(range, atoms);
    if (!widened || widened.end <= widened.start) continue;
    if (placed.some((other) => crosses(other, widened))) continue;
    placed.push(widened);
  }
  return build(atoms, placed, placed, 0, atoms.at(-1)?.end ?? 0);
}

interface Atom {
  start: number;
  end: number;
  inline: Inline;
}

function atomsOf(children: Inline[]): Atom[] {
  let at = 0;
  return children.map((inline) => {
    const length = (inline.type === 'annotation' ? '' : inline.value).length;
    const atom = { start: at, end: at + length, inline };
    at += length;
    return atom;
  });
}

function widen(range: Range, atoms: Atom[]): Range | undefined {
  let { start, end } = range;
  for (const atom of atoms) {
    if (atom.inline.type === 'text') continue;
    const inside = atom.start <= start && end <= atom.end && !(atom.start === start && atom.end === end);
    const sharesEdge = (atom.start === start || atom.end === end) && (end - start) * 2 > atom.end - atom.start;
    if (inside && !(atom.inline.type === 'repair' && sharesEdge)) return undefined;
    if (inside) return { ...range, start: atom.start, end: atom.end };
    if (atom.start < start && start < atom.end) start = atom.start;
    if (atom.start < end && end < atom.end) end = atom.end;
  }
  return { ...range, start, end };
}

function crosses(a: Range, b: Range): boolean {
  return (
    (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end)
  );
}

/** The inline runs between `from` and `to`, with the outermost ranges there wrapped around what they cover. */
function build(atoms: Atom[], ranges: Range[], placed: Range[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = from;
  const outer = ranges.filter((range) => !ranges.some((other) => contains(other, range, placed)));
  for (const range of outer.sort((a, b) => a.start - b.start)) {
    out.push(...slice(atoms, at, range.start));
    const inner = ranges.filter((other) => contains(range, other, placed));
    out.push({ type: 'annotation', mark: range.mark, children: build(atoms, inner, placed, range.start, range.end) });
    at = range.end;
  }
  out.push(...slice(atoms, at, to));
  return out;
}

/** Whether one placed range holds another; of two over the same stretch, the one placed first is outside. */
function contains(outer: Range, inner: Range, placed: Range[]): boolean {
  if (outer === inner || outer.start > inner.start || inner.end > outer.end) return false;
  return outer.start < inner.start || inner.end < outer.end || placed.indexOf(outer) < placed.indexOf(inner);
}

/** The runs between two offsets, cutting text runs; repaired and dateline runs are never cut (widen saw to that). */
function slice(atoms: Atom[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  for (const atom of atoms) {
    if (atom.end <= from || atom.start >= to) continue;
    if (atom.inline.type === 'text') {
      const value = atom.inline.value.slice(Math.max(0, from - atom.start), to - atom.start);
      if (value) out.push({ type: 'text', value });
    } else out.push(atom.inline);
  }
  return out;
}
