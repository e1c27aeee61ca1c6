import type { BrowserFigures } from './chronology-browser.ts';
import type { FrameFigures } from './chronology-frames.ts';
import type { DistFigures } from './chronology-measure.ts';
import type { BuildFigures } from './chronology-site.ts';

/** Everything measured for one number of events. */
export interface ChronologyResult {
  events: number;
  build: BuildFigures;
  dist: DistFigures;
  browser: BrowserFigures;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const frames = (f: FrameFigures | undefined) =>
  f ? `${whole(f.medianFps)} / ${whole(f.p5Fps)} / ${whole(f.longestMs)}` : 'no frames';

/** The columns of the table, each a heading and how a result fills it. */
const COLUMNS: [string, (r: ChronologyResult) => string][] = [
  ['events', (r) => whole(r.events)],
  ['build s', (r) => r.build.seconds.toFixed(1)],
  ['peak MiB', (r) => (r.build.peakMiB === undefined ? '?' : whole(r.build.peakMiB))],
  [
    '/chronology/ KiB raw / gz / br',
    ({ dist: { chronology: c } }) => `${kib(c.raw)} / ${kib(c.gzip)} / ${kib(c.brotli)}`,
  ],
  ['SVG elements', (r) => whole(r.dist.chronology.svgElements)],
  ['table rows', (r) => whole(r.dist.chronology.tableRows)],
  [
    'pages; heaviest gz KiB',
    ({ dist: { chronologyPages: pages } }) =>
      `${pages.length}; ${pages[0] ? `${kib(pages[0].gzip)} ${pages[0].path}` : '-'}`,
  ],
  ['heaviest theme gz KiB', ({ dist: { themes } }) => (themes[0] ? `${kib(themes[0].gzip)} ${themes[0].path}` : '-')],
  ['view / full JSON gz KiB', (r) => `${kib(r.dist.data.gzip)} / ${kib(r.dist.fullData.gzip)}`],
  ['page JS gz KiB', (r) => kib(r.dist.pageScripts.gzip)],
  ['embed JS gz KiB', (r) => kib(r.dist.embedScript.gzip)],
  ['enhanced ms', (r) => whole(r.browser.enhancedMs)],
  ['CLS', (r) => r.browser.cls.toFixed(3)],
  ['zoom fps med / p5 / longest ms', (r) => frames(r.browser.zoom.frames)],
  ['pan fps med / p5 / longest ms', (r) => frames(r.browser.pan.frames)],
];

/**
 * The results as a Markdown table, one row per number of events, so that it reads in a terminal and pastes into
 * an issue. Sizes in KiB (1,024 bytes); fps as the median and 5th percentile of each frame's rate.
 */
export function formatTable(results: ChronologyResult[]): string {
  const rows = [COLUMNS.map(([heading]) => heading), ...results.map((r) => COLUMNS.map(([, cell]) => cell(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
