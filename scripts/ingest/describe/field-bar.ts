import type { Lexicon } from '../../../src/schemas/editorial.ts';
import { words } from '../text/prose.ts';
import { agencyName } from './agency.ts';
import { isPlaceAlone } from './place-alone.ts';
import { type FoundDate, findDate } from './published.ts';

/** What a line of a copy's fields says: who sent it, from where, and when. */
export interface FieldBar {
  agency?: string;
  place?: string;
  date?: FoundDate;
}

/** The labels of a field bar's dates that give when a copy was first put out, before those of its updates. */
const FIRST_PUT_OUT = /^(?:created|published|posted|first published)\b/iu;

/**
 * A line of fields set apart by bars, as aggregators print a wire's copy under its standfirst: "Reuters | Moscow |
 * Updated: 23-06-2020 14:48 IST | Created: 23-06-2020 14:48 IST". Three parts or more, each an agency the lexicon
 * knows, a place alone, or a date with its label; anything else (a headline, a menu of sections) makes it none. The
 * date a copy was created or published is taken before the date it was updated, as a date line's is.
 */
export function readFieldBar(text: string, lexicon: Lexicon): FieldBar | undefined {
  const parts = text
    .split(/\s+\|\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 3) return undefined;
  const bar: FieldBar = {};
  let first: FoundDate | undefined;
  for (const part of parts) {
    const agency = agencyName(part, lexicon);
    const date = findDate(part);
    if (agency) bar.agency ??= agency;
    else if (date?.year !== undefined && date.alternatives.length === 0 && words(part).length <= 8) {
      bar.date ??= date;
      if (FIRST_PUT_OUT.test(part)) first ??= date;
    } else if (words(part).length <= 3 && isPlaceAlone(part)) bar.place ??= part;
    else return undefined;
  }
  if (first) bar.date = first;
  return bar.date || bar.agency ? bar : undefined;
}
