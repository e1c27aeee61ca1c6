/** Counts for precision and recall: right predictions, predictions gold lacks, and gold items not predicted. */
export interface Tally {
  hits: number;
  extra: number;
  missed: number;
}

/** The sum of tallies; zero for none. */
export function addTallies(tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, tally) => ({
      hits: sum.hits + tally.hits,
      extra: sum.extra + tally.extra,
      missed: sum.missed + tally.missed,
    }),
    { hits: 0, extra: 0, missed: 0 },
  );
}

/** Share of predictions that are right; 1 when nothing was predicted, since nothing claimed is wrong. */
export function precision({ hits, extra }: Tally): number {
  return hits + extra === 0 ? 1 : hits / (hits + extra);
}

/** Share of gold items predicted; 1 when gold is empty, since nothing was there to find. */
export function recall({ hits, missed }: Tally): number {
  return hits + missed === 0 ? 1 : hits / (hits + missed);
}
