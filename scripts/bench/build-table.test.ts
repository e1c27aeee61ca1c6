import { describe, expect, it } from 'vitest';
import {
  alternation,
  type CountFigures,
  columns,
  formatCount,
  formatGoals,
  goals,
  ingestRate,
  median,
  medianRun,
  type RunFigures,
  ratio,
  sizesByType,
} from './build-table.ts';

const run = (total: number, extra: Partial<RunFigures> = {}): RunFigures => ({
  site: total / 2,
  search: 1,
  total,
  distBytes: 1024 * 1024,
  ...extra,
});

/** A count's figures with each variant's runs taking the given totals. */
const count = (
  articles: number,
  ours: number[],
  mdx: number[],
  extra: Partial<RunFigures> = {},
  articlePages: number[] = [],
): CountFigures => ({
  articles,
  runs: {
    ours: ours.map((total) => run(total, { ingest: articles / 250, peakMiB: 900, ...extra })),
    'ours-articles': articlePages.map((site) => ({ site, search: Number.NaN, total: site, distBytes: 1024 })),
    'astro-md': mdx.map((total) => run(total * 0.8)),
    'astro-mdx': mdx.map((total) => run(total)),
    hugo: [],
  },
  pages: [{ type: 'article', pages: articles, medianBytes: 20_000, largest: { path: '/articles/x/', bytes: 30_000 } }],
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('takes each figure of several runs apart, leaving out one that a run lacks', () => {
    const runs = [run(10, { ingest: 2, peakMiB: 500 }), run(30, { ingest: 4 }), run(20, { ingest: 3, peakMiB: 700 })];
    const middle = medianRun(runs);
    expect(middle).toMatchObject({ total: 20, ingest: 3, site: 10 });
    expect(middle.peakMiB).toBeUndefined();
  });
});

describe('ratio', () => {
  it('divides ours by the baseline, and gives nothing for a baseline of no time or a missing figure', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, 0)).toBeUndefined();
    expect(ratio(undefined, 20)).toBeUndefined();
    expect(ratio(30, Number.NaN)).toBeUndefined();
  });

  it('counts articles a second of the ingest', () => {
    expect(ingestRate(1000, 4)).toBe(250);
    expect(ingestRate(1000, undefined)).toBeUndefined();
  });

  it('prints a slow ingest with a decimal, so that it does not read as none', () => {
    const slow = count(100, [60], [20]);
    for (const run of slow.runs.ours) run.ingest = 40;
    expect(formatCount(slow)).toMatch(/ours \(scripts\/build\.ts\)\s+40\.0 s\s+2\.5\s/);
    expect(goals([slow])[0]?.measured).toBe('2.5/s');
  });
});

describe('alternation', () => {
  it('runs every variant each round, forwards then backwards, starting with the first', () => {
    expect(alternation(['a', 'b', 'c'], 3)).toEqual([
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
      ['a', 'b', 'c'],
    ]);
    expect(alternation(['a', 'b'], 0)).toEqual([]);
  });
});

describe('sizesByType', () => {
  it('gives each type its count, median size and largest page, in order of first appearance', () => {
    const sizes = sizesByType([
      { path: '/articles/a/', type: 'article', bytes: 10 },
      { path: '/', type: 'home', bytes: 50 },
      { path: '/articles/b/', type: 'article', bytes: 30 },
      { path: '/articles/c/', type: 'article', bytes: 20 },
    ]);
    expect(sizes).toEqual([
      { type: 'article', pages: 3, medianBytes: 20, largest: { path: '/articles/b/', bytes: 30 } },
      { type: 'home', pages: 1, medianBytes: 50, largest: { path: '/', bytes: 50 } },
    ]);
  });
});

describe('formatCount', () => {
  it('pads columns to their widest cell, the first and chosen ones to the left', () => {
    expect(
      columns([
        ['a', '1'],
        ['bbb', '22'],
      ]),
    ).toEqual(['a     1', 'bbb  22']);
    expect(
      columns(
        [
          ['a', 'x', 'y'],
          ['bbb', 'xx', 'yy'],
        ],
        (i) => i !== 1,
      ),
    ).toEqual(['a     x  y', 'bbb  xx  yy']);
  });

  it('prints a row per variant with medians and our total as a ratio to each baseline, then our pages', () => {
    const table = formatCount(count(1000, [30, 36, 33], [20, 22, 24]));
    expect(table).toContain('Build, 1,000 generated articles (median of 3 cold runs each):');
    const ours = table.split('\n').find((line) => line.startsWith('  ours')) ?? '';
    expect(ours).toMatch(/4\.0 s\s+250\s+16\.5 s\s+1\.0 s\s+33\.0 s\s+900 MiB\s+1\.0 MB$/);
    const mdx = table.split('\n').find((line) => line.includes('bare Astro .mdx')) ?? '';
    expect(mdx).toMatch(/22\.0 s\s+–\s+1\.0 MB\s+1\.50×$/);
    expect(table).toMatch(/Hugo\s+–\s+–\s+–\s+–/);
    expect(table).toMatch(/article\s+1000\s+19\.5 KB\s+29\.3 KB\s+\/articles\/x\/$/m);
    expect(table).not.toContain('rebuild');
  });

  it("prints the warm rebuild after one seed's edit, as a share of the clean build", () => {
    const figures = { ...count(1000, [30, 36, 33], [20]), rebuild: run(6, { ingest: 1 }) };
    expect(formatCount(figures)).toContain(
      "rebuild after one seed's edit (caches kept): 6.0 s (1.0 s ingest, 3.0 s Astro, 1.0 s Pagefind); clean ÷ rebuild 5.50×",
    );
  });
});

describe('goals', () => {
  it('reports each goal met or missed at the counts that ran, and leaves out the others', () => {
    const list = goals([count(100, [10], [5]), count(1000, [40], [20], { peakMiB: 2500 })]);
    const texts = list.map((goal) => `${goal.text}: ${goal.measured} ${goal.met}`);
    expect(texts).toEqual([
      'whole build within 1.5× bare Astro .mdx + Pagefind at 1,000: 2.00× false',
      'ingest ≥ 200 articles/s at 100: 250/s true',
      'Astro rendering within 1.2× bare .mdx at 100: 2.00× false',
      'ingest ≥ 200 articles/s at 1,000: 250/s true',
      'Astro rendering within 1.2× bare .mdx at 1,000: 2.00× false',
    ]);
    const warm = goals([{ ...count(1000, [40], [20]), rebuild: run(10) }]);
    expect(warm.find((goal) => goal.text.startsWith('rebuild'))).toEqual({
      text: 'rebuild after one seed changed ≥ 5× faster than a clean build at 1,000',
      measured: '4.00×',
      met: false,
    });
    // Our article pages alone, against bare .mdx's Astro time (site = total / 2: 10 s).
    const pageForPage = goals([count(1000, [40], [20], {}, [14, 11, 12])]);
    expect(pageForPage.find((goal) => goal.text.includes('article pages alone'))).toEqual({
      text: 'Astro rendering of the article pages alone within 1.2× bare .mdx at 1,000',
      measured: '1.20×',
      met: true,
    });
    const full = goals([count(5000, [30], [25], { peakMiB: 1500 })]);
    expect(full.at(-1)).toEqual({ text: 'peak memory < 2 GB at 5,000', measured: '1500 MiB', met: true });
    expect(full[0]?.met).toBe(true);
  });

  it('prints one line a goal, marked', () => {
    const printed = formatGoals([
      { text: 'a', measured: '1×', met: true },
      { text: 'b', measured: '–', met: undefined },
      { text: 'c', measured: '3×', met: false },
    ]);
    expect(printed.split('\n').slice(1)).toEqual(['  a  1×  met', '  b   –  unknown', '  c  3×  MISSED']);
  });
});
