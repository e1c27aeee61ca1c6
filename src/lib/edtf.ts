import edtf from 'edtf';

/**
 * What edtf.js made of each string it was given: the parsed value, or the error it threw. The library's parser is a
 * nearley grammar, slow next to everything else the ingest does (a profile of the ingest put nearly half its time
 * there), and the archive names the same few thousand dates again and again: every office's start and end for every
 * article, every date a schema validates. The strings are few, so the cache is never emptied.
 */
const parsed = new Map<string, ReturnType<typeof edtf> | Error>();

/** A year, a month of a year or a day, as EDTF writes them at level 0: `2005`, `2005-03`, `2005-03-07`. */
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** The most days edtf.js's grammar allows in each month, whatever the year (the 29th of February in any). */
const LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What edtf.js's parser makes of a plain year, month or day (`PLAIN`) that its grammar accepts: a level-0 `Date` with
 * its year, month from 0 and day; undefined for any other string, which the parser is left to read (or refuse).
 * Most of the archive's dates are such days, and the parser (a nearley grammar) took about 0.3 ms for each: a
 * second of every build's page keys and chronology at 1,000 articles (3,000 distinct dates), and of the ingest's
 * archive-wide steps. Written by hand since edtf.js has no faster reading of the simple forms; `edtf.test.ts` holds
 * it to the parser on every month and day of sample years.
 */
export function plainDate(value: string): { type: 'Date'; level: 0; values: number[] } | undefined {
  const match = PLAIN.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const values = [Number(year)];
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return undefined;
    values.push(m - 1);
    if (day !== undefined) {
      const d = Number(day);
      if (d < 1 || d > (LONGEST[m - 1] ?? 0)) return undefined;
      values.push(d);
    }
  }
  return { type: 'Date', level: 0, values };
}

/**
 * Parses an EDTF string with edtf.js, once per distinct string; throws, as edtf.js does, on one it cannot read.
 * A plain date is made from what the parser would have made of it (`plainDate`) without running the parser.
 * The value returned is shared by every caller that parses the same string: read it, never change it.
 */
export function parseEdtf(value: string): ReturnType<typeof edtf> {
  let result = parsed.get(value);
  if (result === undefined) {
    try {
      const plain = plainDate(value);
      result = plain ? edtf(plain) : edtf(value);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    parsed.set(value, result);
  }
  if (result instanceof Error) throw result;
  return result;
}
