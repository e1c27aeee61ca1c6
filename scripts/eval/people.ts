import { foldName } from './fold.ts';
import type { SameName } from './names.ts';
import type { Tally } from './tally.ts';

/** Gold names paired one to one with predicted names, and those left over on each side, sorted. */
export interface NameMatch extends Tally {
  /** Gold names no prediction matched. */
  missedNames: string[];
  /** Predicted names no gold name matched. */
  extraNames: string[];
}

/**
 * Pairs each gold name with an unpaired predicted name: first names equal once folded, then names `same`
 * accepts, so an alias never takes the place of an exact match that a later gold name needs.
 */
export function matchNames(gold: string[], predicted: string[], same: SameName): NameMatch {
  const free = [...new Set(predicted)].sort();
  const unmatched: string[] = [];
  const pass = (names: string[], accept: SameName): string[] =>
    names.filter((name) => {
      const i = free.findIndex((found) => accept(name, found));
      if (i >= 0) free.splice(i, 1);
      return i < 0;
    });
  unmatched.push(
    ...pass(
      pass([...new Set(gold)].sort(), (a, b) => foldName(a) === foldName(b)),
      same,
    ),
  );
  return {
    hits: new Set(gold).size - unmatched.length,
    extra: free.length,
    missed: unmatched.length,
    missedNames: unmatched,
    extraNames: free,
  };
}
