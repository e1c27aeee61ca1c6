import { parseEdtf as edtf } from './edtf.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date, or part of one, read from a simple EDTF date such as `2015-09-30`, `2003-09` or `XXXX-03-07`. */
interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

function parts(date: string): Parts {
  const [year, month, day] = date.replace(/[?~%]$/, '').split('-');
  return {
    ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

function spell({ year, month, day }: Parts, { withYear = true } = {}): string {
  const words = [day, month ? MONTHS[month - 1] : undefined, withYear ? (year ?? 'year unknown') : undefined];
  return words
    .filter((word) => word !== undefined)
    .join(' ')
    .replace(/ year unknown$/, ', year unknown');
}

/** Two dates in words, sharing their year (and month) when they have them in common: "7–8 August 2003". */
function spellPair(a: Parts, b: Parts, joiner: string): string {
  if (a.year === b.year && a.month === b.month && a.day && b.day) return `${a.day}${joiner}${spell(b)}`;
  if (a.year === b.year) return `${spell(a, { withYear: false })}${joiner === '–' ? ' – ' : joiner}${spell(b)}`;
  return `${spell(a)}${joiner === '–' ? ' – ' : joiner}${spell(b)}`;
}

/**
 * An EDTF date in words, as a reader sees it: `2015-09-30` → "30 September 2015", `2003-09~` → "about
 * September 2003", `[2003-08-07..2003-08-08]` → "7 or 8 August 2003", `[2003-08-07..2003-08-10]` → "one day between 7 and
 * 10 August 2003",
 * `XXXX-03-07` → "7 March, year unknown". Covers the EDTF forms the archive writes; others are shown as written.
 */
export function formatEdtf(value: string): string {
  const set = /^\[(.+)\]$/.exec(value)?.[1];
  if (set) {
    const range = /^([^,.]+)\.\.([^,.]+)$/.exec(set);
    if (range?.[1] && range[2]) {
      const [from, to] = [range[1], range[2]];
      // Two days in a row read as a choice; a longer range as one day within it.
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      return days === 1
        ? spellPair(parts(from), parts(to), ' or ')
        : `one day between ${spellPair(parts(from), parts(to), ' and ')}`;
    }
    const items = set.split(',');
    if (items.length === 2 && items[0] && items[1]) return spellPair(parts(items[0]), parts(items[1]), ' or ');
    return value;
  }
  const interval = /^([^/]+)\/([^/]+)$/.exec(value);
  if (interval?.[1] && interval[2]) return spellPair(parts(interval[1]), parts(interval[2]), '–');
  if (!/^(?:\d{4}|XXXX)(?:-\d{2}){0,2}[?~%]?$/.test(value)) return value;
  const words = spell(parts(value));
  if (value.endsWith('~')) return `about ${words}`;
  if (value.endsWith('?')) return `${words} (uncertain)`;
  if (value.endsWith('%')) return `about ${words} (uncertain)`;
  return words;
}

const earliestOf = new Map<string, number | undefined>();

/**
 * The earliest instant an EDTF value allows, in ms since 1970; undefined when the year is unknown. Remembered per
 * string: edtf.js works `min` out again each time it is read, and sorting thousands of articles or quotations by date
 * asked it for every comparison (seconds of a build at 5,000 articles).
 */
export function earliest(value: string): number | undefined {
  if (value.startsWith('XXXX')) return undefined;
  if (earliestOf.has(value)) return earliestOf.get(value);
  const min = edtf(value).min;
  earliestOf.set(value, min);
  return min;
}

/** The dates a "one of" set (`[2016-03-10,2016-10-03]`) offers, as EDTF; undefined for any other form. */
export function readingsOf(value: string): string[] | undefined {
  if (!value.startsWith('[') || value.includes('..')) return undefined;
  return edtf(value).values?.flatMap((reading) => (Array.isArray(reading) ? [] : [reading.edtf]));
}

/** The year an EDTF value starts in, for grouping; undefined when the year is unknown. */
export function yearOf(value: string): number | undefined {
  const min = earliest(value);
  return min === undefined ? undefined : new Date(min).getUTCFullYear();
}

/** The years some dates fall in, as a span: "2009–2015", or "2003" for one year; undefined when none has a year. */
export function yearSpanOf(values: readonly (string | undefined)[]): string | undefined {
  const years = values.flatMap((value) => {
    const year = value ? yearOf(value) : undefined;
    return year === undefined ? [] : [year];
  });
  if (years.length === 0) return undefined;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? `${first}` : `${first}–${last}`;
}

/** A machine-readable date for `<time datetime>`: the earliest day the value allows, or undefined. */
export function datetimeOf(value: string): string | undefined {
  const min = earliest(value);
  return min === undefined ? undefined : new Date(min).toISOString().slice(0, 10);
}

/** What an EDTF value is sure of: the year, month and day every reading of it shares, and whether it is approximate. */
export interface KnownDate {
  /** `[year]`, `[year, month]` or `[year, month, day]`: the parts all its readings agree on. */
  parts: [number] | [number, number] | [number, number, number];
  /** True when the value is marked approximate or uncertain (`~`, `?`, `%`). */
  approximate: boolean;
}

/**
 * The calendar parts an EDTF value is sure of, for citations and metadata that cannot say "one of": `2015-09-30` →
 * 2015, 9, 30; `[2003-08-07..2003-08-08]` → 2003, 8 (the day is one of two); `2003-09~` → 2003, 9, approximate.
 * Sets, ranges and intervals keep the parts their ends share. Undefined when even the year is unknown or open.
 */
export function knownDate(value: string): KnownDate | undefined {
  const ends = value.replace(/^[[{]|[\]}]$/g, '').split(/\.\.|,|\//);
  if (ends.some((end) => !/^\d{4}/.test(end))) return undefined;
  const readings = ends.map(parts);
  const shared: number[] = [];
  for (const key of ['year', 'month', 'day'] as const) {
    const values = new Set(readings.map((reading) => reading[key]));
    const [only] = values;
    if (values.size !== 1 || only === undefined || !Number.isInteger(only)) break;
    shared.push(only);
  }
  const [year, month, day] = shared;
  if (year === undefined) return undefined;
  return {
    parts: month === undefined ? [year] : day === undefined ? [year, month] : [year, month, day],
    approximate: ends.some((end) => /[?~%]$/.test(end)),
  };
}

/** Known date parts written with two-digit months and days: `[2003, 8]` → `2003-08`, or `2003/08` with `/` (RIS, HighWire). */
export function writeParts(parts: readonly number[], separator = '-'): string {
  return parts.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join(separator);
}

/** Days since 1970-01-01 (UTC): the unit in which offices and articles' dates are compared. */
const DAY = 86_400_000;

/**
 * The first and last day an EDTF value allows, as days since 1970-01-01: `1994` → 1 January to 31 December 1994;
 * `[2003-08-07..2003-08-08]` → 7 to 8 August 2003 (the ends of a set or range are read one by one, as the edtf
 * library gives a one-of range the latest day of its first end). Undefined when an end is open or its year unknown.
 */
export function dayRange(value: string): { first: number; last: number } | undefined {
  const ends = value.replace(/^[[{]|[\]}]$/g, '').split(/\.\.|,|\//);
  if (ends.some((end) => !/^\d{4}/.test(end))) return undefined;
  const readings = ends.map((end) => edtf(end));
  return {
    first: Math.floor(Math.min(...readings.map((reading) => reading.min)) / DAY),
    last: Math.floor(Math.max(...readings.map((reading) => reading.max)) / DAY),
  };
}
