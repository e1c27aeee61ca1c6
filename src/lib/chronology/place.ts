import { parseEdtf as edtf } from '../edtf.ts';

/**
 * How an event's date is drawn: `day` a single day, `span` a stretch of time the event covers (an EDTF interval
 * `2009-03/2009-05`, or a month or year given without a day: the whole span it names), `choice` one day
 * somewhere in a range (`[2003-08-07..2003-08-08]`, "7 or 8 August 2003"), `unplaced` a date
 * with no year (`XXXX-04-02`), which no axis can hold honestly.
 */
export type Shape = 'day' | 'span' | 'choice' | 'unplaced';

/** Where a date falls on a time axis, read from its EDTF. */
export interface Placement {
  shape: Shape;
  /** The first day it allows, `YYYY-MM-DD` (UTC); absent when unplaced. */
  start?: string;
  /** The last day it allows, `YYYY-MM-DD` (UTC); absent when unplaced. */
  end?: string;
  /** EDTF `~`: the date is approximate. */
  approximate: boolean;
  /** EDTF `?`: the date is uncertain (`%` is both). */
  uncertain: boolean;
}

/**
 * Places an EDTF date for drawing, with the edtf library (ISO 8601-2, levels 0–2): its first and last day, how
 * to draw it, and its qualifiers. The library's `approximate` and `uncertain` are bit masks over the date's
 * parts; any bit set counts.
 */
export function placeEdtf(value: string): Placement {
  if (/^X{4}|^\[?X{4}/.test(value)) return { shape: 'unplaced', approximate: false, uncertain: false };
  const parsed = edtf(value) as unknown as Parsed;
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const [min, max] = bounds(parsed);
  const [start, end] = [day(min), day(max)];
  const qualifier = (name: 'approximate' | 'uncertain'): boolean => {
    const mask = (parsed as unknown as Record<string, { value?: number } | undefined>)[name];
    return Boolean(mask?.value);
  };
  const shape: Shape = parsed.type === 'Set' || parsed.type === 'List' ? 'choice' : start === end ? 'day' : 'span';
  return { shape, start, end, approximate: qualifier('approximate'), uncertain: qualifier('uncertain') };
}

/** A parsed EDTF value as `bounds` reads it. */
interface Parsed {
  type: string;
  min: number;
  max: number;
  values?: unknown[];
}

/**
 * The first and last instant a value allows. For a set or list the members are read one by one: edtf.js keeps a
 * range inside a set (`[a..b]`) as the pair `[a, b]`, and its own `max` of such a set stops at `a`.
 */
function bounds(parsed: Parsed): [number, number] {
  if (parsed.type !== 'Set' && parsed.type !== 'List') return [parsed.min, parsed.max];
  const members = (parsed.values ?? []).flat() as { min: number; max: number }[];
  return [Math.min(...members.map((m) => m.min)), Math.max(...members.map((m) => m.max))];
}
