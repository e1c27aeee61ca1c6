import type { Tally } from './tally.ts';

/** One article's themes against gold: the pair counts, whether the sets are equal, and the differences, sorted. */
export interface ThemeScore extends Tally {
  /** True when the predicted set equals the gold set. */
  exact: boolean;
  /** Gold theme ids the machine did not give. */
  missedIds: string[];
  /** Theme ids the machine gave that gold lacks. */
  extraIds: string[];
}

/** Compares predicted theme ids with gold ones as sets. */
export function scoreThemes(gold: string[], predicted: string[]): ThemeScore {
  const [wanted, given] = [new Set(gold), new Set(predicted)];
  const missedIds = [...wanted].filter((id) => !given.has(id)).sort();
  const extraIds = [...given].filter((id) => !wanted.has(id)).sort();
  return {
    hits: wanted.size - missedIds.length,
    extra: extraIds.length,
    missed: missedIds.length,
    exact: missedIds.length === 0 && extraIds.length === 0,
    missedIds,
    extraIds,
  };
}
