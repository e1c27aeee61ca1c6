import type { Element, ElementContent } from 'hast';
import {
  AXIS_HEIGHT,
  badgeWidth,
  CHAR_WIDTH,
  type Cluster,
  LANE_PAD,
  type Lane,
  type Layout,
  type Mark,
  ROW,
} from './layout.ts';
import { svgElement as s } from './tree.ts';

/** What the drawing says and links to; every field but `label` has a default. */
export interface SvgOptions {
  /** The chart's accessible name, also its `<title>`. */
  label: string;
  /** A longer description for `<desc>`; default none. */
  description?: string;
  /** Where an event links to; default the chronology table row on the same page, `#event-<id>`. */
  href?: (id: string) => string;
  /** Where a counted cluster links to; default its first event's `href`. */
  clusterHref?: (cluster: Cluster) => string;
  /** Add a legend under the axis and a stylesheet, for a file shown on its own (an `<img>`, a README); default false. */
  standalone?: boolean;
  /** The event a reader selected, drawn as selected; default none. */
  selected?: string | undefined;
}

/** Height of the legend row of a standalone drawing. */
export const LEGEND_HEIGHT = 30;

/**
 * The chronology as an SVG element tree (hast): lanes with their names, each event a link with a tooltip (its
 * date and title in `<title>`) and its label, counted clusters, grid lines and the time axis. Built as a tree,
 * never as a string, so a title's `<` or `&` is text; serialise with hast-util-to-html in a page or
 * xast-util-to-xml for a file (chart.ts). The elements an enhancement needs carry `data-` attributes (event id,
 * first and last day).
 */
export function chronologySvg(layout: Layout, options: SvgOptions): Element {
  const href = options.href ?? ((id: string) => `#event-${id}`);
  const height = layout.height + (options.standalone ? LEGEND_HEIGHT : 0);
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${height}`,
      width: layout.width,
      height,
      class: 'chrono',
      role: 'group',
      'aria-label': options.label,
      'data-domain': layout.domain.join('/'),
    },
    [
      s('title', {}, [options.label]),
      ...(options.description ? [s('desc', {}, [options.description])] : []),
      ...(options.standalone ? [s('style', {}, [STANDALONE_CSS])] : []),
      drawGrid(layout),
      ...layout.lanes.map((lane) => drawLane(lane, layout, href, options)),
      drawAxis(layout),
      ...(options.standalone ? [drawLegend(layout.height + 8)] : []),
    ],
  );
}

/** The y of the centre of a row of a lane, from the lane's top. */
function rowY(row: number): number {
  return LANE_PAD + row * ROW + ROW / 2;
}

function drawGrid(layout: Layout): Element {
  const bottom = layout.height - AXIS_HEIGHT;
  return s(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    layout.ticks.map((tick) => s('line', { x1: tick.x, x2: tick.x, y1: 0, y2: bottom })),
  );
}

function drawLane(lane: Lane, layout: Layout, href: (id: string) => string, options: SvgOptions): Element {
  const clusterHref = options.clusterHref ?? ((cluster: Cluster) => href(cluster.ids[0] ?? ''));
  return s('g', { class: `lane lane-${lane.id}`, 'data-lane': lane.id, transform: `translate(0 ${lane.y})` }, [
    s('line', { class: 'rule', x1: 0, x2: layout.plot.right, y1: lane.height, y2: lane.height }),
    s('text', { class: 'lane-name', x: 4, y: rowY(0) + 4 }, [lane.label]),
    ...lane.marks.map((mark) => drawMark(mark, href(mark.id), mark.id === options.selected)),
    ...lane.clusters.map((cluster) => drawCluster(cluster, lane.rows, clusterHref(cluster))),
  ]);
}

function drawMark(mark: Mark, href: string, selected: boolean): Element {
  const classes = [
    'event',
    mark.shape,
    mark.approximate && 'approximate',
    mark.uncertain && 'uncertain',
    selected && 'selected',
  ];
  const y = rowY(mark.row);
  const shape: ElementContent =
    mark.shape === 'day'
      ? s('circle', { cx: mark.x, cy: y, r: 4.5 })
      : s('rect', { x: mark.x, y: y - 4, width: Math.max(4, round(mark.x2 - mark.x)), height: 8, rx: 3 });
  const words = `${whenOf(mark.start, mark.end)}: ${mark.title}`;
  return s(
    'a',
    {
      href,
      class: classes.filter(Boolean).join(' '),
      'data-id': mark.id,
      'data-start': mark.start,
      'data-end': mark.end,
    },
    [
      s('title', {}, [words]),
      shape,
      ...(mark.label
        ? [
            s(
              'text',
              {
                class: 'label',
                x: mark.label.x,
                y: y + 4,
                'text-anchor': mark.label.anchor === 'end' ? 'end' : undefined,
              },
              [mark.label.text],
            ),
          ]
        : []),
    ],
  );
}

function drawCluster(cluster: Cluster, row: number, href: string): Element {
  const width = round(badgeWidth(cluster.ids.length, cluster.x2 - cluster.x));
  const x = cluster.x;
  const y = rowY(row);
  const words = `${cluster.ids.length} events, ${whenOf(cluster.start, cluster.end)}`;
  return s(
    'a',
    {
      href,
      class: 'cluster',
      'data-first': cluster.ids[0],
      'data-count': cluster.ids.length,
      'data-start': cluster.start,
      'data-end': cluster.end,
    },
    [
      s('title', {}, [words]),
      s('rect', { x, y: y - 8, width, height: 16, rx: 4 }),
      s('text', { x: round(x + width / 2), y: y + 4, 'text-anchor': 'middle' }, [`+${cluster.ids.length}`]),
    ],
  );
}

function drawAxis(layout: Layout): Element {
  const y = layout.height - AXIS_HEIGHT;
  return s('g', { class: 'axis', transform: `translate(0 ${y})`, 'aria-hidden': 'true' }, [
    s('line', { x1: layout.plot.left, x2: layout.plot.right, y1: 0, y2: 0 }),
    ...layout.ticks.flatMap((tick) => [
      s('line', { x1: tick.x, x2: tick.x, y1: 0, y2: 5 }),
      s('text', { x: tick.x, y: AXIS_HEIGHT - 8, 'text-anchor': 'middle' }, [tick.label]),
    ]),
  ]);
}

function drawLegend(y: number): Element {
  const items: [string, ElementContent][] = [
    ['a day', s('circle', { class: 'event day', cx: 6, cy: 0, r: 4.5 })],
    ['a span, month or year', s('rect', { class: 'event span', x: 0, y: -4, width: 18, height: 8, rx: 3 })],
    ['one day in a range', s('rect', { class: 'event choice', x: 0, y: -4, width: 18, height: 8, rx: 3 })],
    ['approximate (~)', s('circle', { class: 'event day approximate', cx: 6, cy: 0, r: 4.5 })],
    ['uncertain (?)', s('circle', { class: 'event day uncertain', cx: 6, cy: 0, r: 4.5 })],
    ['events counted', s('rect', { class: 'cluster', x: 0, y: -7, width: 18, height: 14, rx: 4 })],
  ];
  let x = 8;
  const placed = items.map(([words, mark]) => {
    const item = s('g', { transform: `translate(${x} 0)` }, [mark, s('text', { x: 26, y: 4 }, [words])]);
    x += 26 + Math.ceil(words.length * CHAR_WIDTH) + 28;
    return item;
  });
  return s('g', { class: 'legend', transform: `translate(0 ${y + 8})`, 'aria-hidden': 'true' }, placed);
}

/** A day or a span of days as the tooltips say it: `2009-03-06`, `2009-03-01 – 2009-03-31`. */
function whenOf(start: string, end: string): string {
  return start === end ? start : `${start} – ${end}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The drawing's own styles when it stands alone; on the site, global.css styles the same classes. */
const STANDALONE_CSS = [
  'svg{font-family:Georgia,serif;background:#fffdf8;color:#1d1b16}',
  '@media (prefers-color-scheme:dark){svg{background:#1b1a17;color:#ece6da}}',
  'text{fill:currentColor;font-size:11px}',
  '.rule,.axis line{stroke:currentColor;stroke-opacity:.35}',
  '.grid line{stroke:currentColor;stroke-opacity:.1}',
  '.label{font-size:12px}',
  '.lane-name{font-weight:bold}',
  '.event circle,.event rect,.legend .event{fill:#9c3d22;stroke:#9c3d22;stroke-width:1.5}',
  '.event.approximate circle,.event.approximate rect,.legend .approximate{fill:none}',
  '.event.uncertain circle,.event.uncertain rect,.legend .uncertain{fill:none;stroke-dasharray:1.5 2}',
  '.event.choice rect,.legend .choice{fill:none;stroke-dasharray:4 2}',
  '.cluster rect{fill:#9c3d22}',
  '.cluster text{fill:#fff;font-weight:bold}',
  '.legend .cluster{fill:#9c3d22}',
].join('');
