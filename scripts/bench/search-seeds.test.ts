import { describe, expect, it } from 'vitest';
import { formatSearch } from './search-seeds.ts';

describe('the search figures as printed', () => {
  it('gives pages, index size, bytes of each query in KiB and the time to first results', () => {
    expect(
      formatSearch({
        pages: 22,
        indexBytes: 2048,
        firstQueryBytes: 150_528,
        secondQueryBytes: 512,
        firstResultsMs: 171,
      }),
    ).toBe(
      'Search, seed site: 22 pages indexed, index 2.0 KiB on disk; first one-word query on a fresh page fetched 147.0 KiB, a second 0.5 KiB; first results 171 ms after submitting.',
    );
  });
});
