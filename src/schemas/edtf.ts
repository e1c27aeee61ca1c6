import { z } from 'zod';
import { parseEdtf as edtf } from '../lib/edtf.ts';

/** Whether a string is a valid EDTF (ISO 8601-2) expression, levels 0–2, as parsed by edtf.js. */
export function isEdtf(value: string): boolean {
  if (isCalendarDate(value)) return true;
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a string is a plain year, month or day of the calendar (`2009`, `2009-03`, `2009-03-06`), EDTF's level 0,
 * told without the EDTF grammar: most dates the archive validates are of this form (every editor's date of every
 * seed is read again at each ingest), and edtf.js's parser takes about a millisecond for each distinct one. Anything
 * else goes to edtf.js.
 */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last of this one (UTC, so no zone moves it); setUTCFullYear keeps years below 100.
  const last = new Date(0);
  last.setUTCFullYear(Number(year), m, 0);
  const d = Number(day);
  return d >= 1 && d <= last.getUTCDate();
}

/** An EDTF string such as `2015-09-30`, `2003-09~` or `[2003-08-07..2003-08-08]`; see https://www.loc.gov/standards/datetime/. */
export const EdtfSchema = z
  .string()
  .refine(isEdtf, { message: 'is not a valid EDTF date (see https://www.loc.gov/standards/datetime/)' });
