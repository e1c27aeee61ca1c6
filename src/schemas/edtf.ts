import { z } from 'zod';
import { parseEdtf as edtf } from '../lib/edtf.ts';

/** Whether a string is a valid EDTF (ISO 8601-2) expression, levels 0–2, as parsed by edtf.js. */
export function isEdtf(value: string): boolean {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
}

/** An EDTF string such as `2015-09-30`, `2003-09~` or `[2003-08-07..2003-08-08]`; see https://www.loc.gov/standards/datetime/. */
export const EdtfSchema = z
  .string()
  .refine(isEdtf, { message: 'is not a valid EDTF date (see https://www.loc.gov/standards/datetime/)' });
