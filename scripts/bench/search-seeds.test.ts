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

  it('names a generated site by its articles and the seconds its build took', () => {
    const figures = { pages: 1010, indexBytes: 4096, firstQueryBytes: 102_400, secondQueryBytes: 2048 };
    expect(formatSearch({ ...figures, firstResultsMs: 90, articles: 1000, buildSeconds: 182.4 })).toBe(
      'Search, 1,000 generated articles (built in 182 s): 1010 pages indexed, index 4.0 KiB on disk; first one-word query on a fresh page fetched 100.0 KiB, a second 2.0 KiB; first results 90 ms after submitting.',
    );
  });
});
