import type { Published } from '../../src/schemas/article.ts';

/**
 * How a machine-read publication date compares with gold: `exact` (same EDTF), `wrong` (another date),
 * `missing` (gold has one, the machine none), `invented` (the machine has one, gold says the text states
 * none), `none` (neither has one).
 */
export type DateOutcome = 'exact' | 'wrong' | 'missing' | 'invented' | 'none';

/** Compares gold's EDTF (or null) with the machine's date; only a date read or worked out from the text counts. */
export function scoreDate(
  gold: string | null,
  predicted: Pick<Published, 'edtf' | 'provenance'> | undefined,
): DateOutcome {
  const found = predicted && predicted.provenance !== 'editorial' ? predicted.edtf : undefined;
  if (gold === null) return found === undefined ? 'none' : 'invented';
  if (found === undefined) return 'missing';
  return found === gold ? 'exact' : 'wrong';
}
