import { describe, expect, it } from 'vitest';
import { type ChronologyResult, formatTable } from './chronology-table.ts';

const weight = { raw: 204_800, gzip: 51_200, brotli: 40_960 };
const result: ChronologyResult = {
  events: 5_000,
  build: { seconds: 61.25 },
  dist: {
    chronology: { path: '/chronology/', ...weight, svgElements: 12_345, tableRows: 200 },
    chronologyPages: [{ path: '/chronology/2000s/', ...weight }],
    themes: [],
    data: weight,
    fullData: weight,
    pageScripts: { paths: ['/_astro/a.js'], gzip: 30_720 },
    embedScript: weight,
  },
  browser: {
    enhancedMs: 812.4,
    cls: 0.0123,
    zoom: { frames: undefined, ms: 1000, domain: null },
    pan: {
      frames: { frames: 60, fps: 58, medianFps: 60.2, p5Fps: 41.7, longestMs: 33.3 },
      ms: 1040,
      domain: '2001-01-01/2002-01-01',
    },
  },
};

describe('formatTable', () => {
  const [head = '', rule = '', row = ''] = formatTable([result]).split('\n');

  it('writes one Markdown row per result under a heading and a rule of the same width', () => {
    expect(formatTable([result, result]).split('\n')).toHaveLength(4);
    expect(rule).toMatch(/^\|-+(\|-+)+\|$/);
    expect(new Set([head.length, rule.length, row.length]).size).toBe(1);
  });

  it('gives sizes in KiB, counts with separators, and an unknown peak as "?"', () => {
    const cells = row.split('|').map((cell) => cell.trim());
    expect(cells).toContain('5,000');
    expect(cells).toContain('61.3');
    expect(cells).toContain('?');
    expect(cells).toContain('200.0 / 50.0 / 40.0');
    expect(cells).toContain('12,345');
    expect(cells).toContain('1; 50.0 /chronology/2000s/');
    expect(cells).toContain('-');
    expect(cells).toContain('30.0');
  });

  it('gives frame rates as median / 5th percentile / longest frame, or says there were none', () => {
    const cells = row.split('|').map((cell) => cell.trim());
    expect(cells).toContain('60 / 42 / 33');
    expect(cells).toContain('no frames');
    expect(cells).toContain('0.012');
  });
});
