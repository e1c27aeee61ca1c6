import { scaleUtc } from 'd3-scale';
import type { Shape } from './place.ts';

/** An event as the chart needs it: placed in time (see place.ts), with its themes for the lanes. */
export interface ChartEvent {
  id: string;
  title: string;
  themes: string[];
  shape: Shape;
  /** First day, `YYYY-MM-DD`; absent when unplaced. */
  start?: string | undefined;
  /** Last day, `YYYY-MM-DD`; absent when unplaced. */
  end?: string | undefined;
  approximate: boolean;
  uncertain: boolean;
}

/** A lane of the chart: a theme, or the events with none. */
export interface LaneSpec {
  id: string;
  label: string;
}

/** How to lay a chronology out; every field has a default. */
export interface LayoutOptions {
  /** Width in SVG units; default 1040. */
  width?: number;
  /** The time span shown, as two `YYYY-MM-DD` days; default the events' own, padded by 3% each side. */
  domain?: [string, string] | undefined;
  /** Whether events get a text label; default true (a compact overview sets false). */
  labels?: boolean;
  /** Rows of events a lane may stack before the rest are counted; default 4. */
  rows?: number;
  /** The label of the lane for events without a theme; default "No theme". */
  otherLabel?: string;
}

/** One event drawn on its own: a dot for a day, a bar for a span or a range, and its label if one fits. */
export interface Mark {
  id: string;
  title: string;
  shape: Exclude<Shape, 'unplaced'>;
  approximate: boolean;
  uncertain: boolean;
  /** Where it starts and ends on the x axis (equal for a day). */
  x: number;
  x2: number;
  /** Its row in the lane, from 0 at the top. */
  row: number;
  start: string;
  end: string;
  /** The label beside it, or none where none fits. */
  label?: { text: string; x: number; anchor: 'start' | 'end' } | undefined;
}

/** Events that found no free row, counted in one box on the lane's last row. */
export interface Cluster {
  ids: string[];
  x: number;
  x2: number;
  start: string;
  end: string;
}

/** A lane laid out: its top and height, its marks and counted clusters. */
export interface Lane extends LaneSpec {
  y: number;
  height: number;
  /** Rows of marks; clusters, if any, take the row after them. */
  rows: number;
  marks: Mark[];
  clusters: Cluster[];
}

/** The whole chart, in SVG units: what svg.ts draws and the browser re-draws when zoomed. */
export interface Layout {
  width: number;
  height: number;
  /** The left and right edges of the time axis. */
  plot: { left: number; right: number };
  domain: [string, string];
  lanes: Lane[];
  ticks: { x: number; label: string; date: string }[];
  /** Ids of the events no axis can hold (no year), for the table to list. */
  unplaced: string[];
}

const DAY_MS = 86_400_000;
const times = new Map<string, number>();

/** A `YYYY-MM-DD` day as ms since 1970 (UTC), remembered: a zooming reader lays the same days out every frame. */
function dayTime(day: string): number {
  let time = times.get(day);
  if (time === undefined) {
    time = Date.parse(`${day}T00:00:00Z`);
    times.set(day, time);
  }
  return time;
}

/** Height of one row of events. */
export const ROW = 20;
/** Space above and below a lane's rows. */
export const LANE_PAD = 8;
/** Height of the time axis under the lanes. */
export const AXIS_HEIGHT = 28;
/** Room on the left for the lane names. */
export const GUTTER = 104;
/** Label text is 12 units high; this is the average advance of its characters in the site's serif and Georgia. */
export const CHAR_WIDTH = 6.5;
/** Labels longer than this many characters end in an ellipsis; the full title is in the mark's tooltip and the table. */
export const LABEL_CHARS = 40;
/** Space kept between two things on one row. */
const GAP = 8;
const OTHER = 'none';

/**
 * Lays out a chronology: a UTC time scale (d3-scale) across the plot; one lane per theme in the order given plus
 * one for events with no theme (an event with two themes appears in both); days as dots, spans as bars. Within a
 * lane, events are stacked into rows left to right, each with its label beside it, in the first row where they
 * overlap nothing (greedy interval packing, as vis-timeline stacks items); an event that finds no row without its
 * label takes one without it, and one that finds none at all is counted in a box on an extra row, with the others
 * near it. Pure: the same events and options give the same layout, drawn alike on the server and, zoomed, in the
 * browser.
 */
export function layoutChronology(events: ChartEvent[], lanes: LaneSpec[], options: LayoutOptions = {}): Layout {
  const width = options.width ?? 1040;
  const placed = events.filter((event) => event.start && event.end);
  const domain = options.domain ?? paddedDomain(placed);
  const plot = { left: GUTTER, right: width - 12 };
  const scale = scaleUtc()
    .domain(domain.map((day) => new Date(`${day}T00:00:00Z`)))
    .range([plot.left, plot.right]);
  const x = (day: string, end = false) => round(scale(dayTime(day) + (end ? DAY_MS - 1000 : 0)));
  const specs = [...lanes, { id: OTHER, label: options.otherLabel ?? 'No theme' }];
  const sorted = byLane(events, lanes);
  const [from, to] = domain.map(dayTime) as [number, number];
  let y = 0;
  const laid = specs.flatMap((spec) => {
    const own = sorted.get(spec.id) ?? EMPTY;
    if (spec.id === OTHER && own.events.length === 0) return [];
    // Only the events that can reach into the domain are laid out: zooming in on 5,000 lays out a few dozen.
    const visible = own.events.slice(
      firstAtOrAfter(own.starts, from - own.longest),
      firstAtOrAfter(own.starts, to + DAY_MS),
    );
    const lane = layLane(spec, y, visible, x, plot, { labels: options.labels ?? true, rows: options.rows ?? 4 });
    y += lane.height;
    return [lane];
  });
  // A date line reads in days at the finest: ticks at hours, which a zoom to a few days would give, are left out.
  const ticks = scale
    .ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90)))
    .filter((tick) => tick.getUTCHours() === 0);
  const format = scale.tickFormat();
  return {
    width,
    height: y + AXIS_HEIGHT,
    plot,
    domain,
    lanes: laid,
    ticks: ticks.map((tick) => ({ x: round(scale(tick)), label: format(tick), date: tick.toISOString().slice(0, 10) })),
    unplaced: events.filter((event) => !event.start || !event.end).map((event) => event.id),
  };
}

/** A lane's events by their first day, with those days as ms and the longest span among them. */
interface Sorted {
  events: ChartEvent[];
  starts: number[];
  longest: number;
}

const EMPTY: Sorted = { events: [], starts: [], longest: 0 };
const sortings = new WeakMap<ChartEvent[], Map<string, Map<string, Sorted>>>();

/**
 * The placed events of each lane (the theme's, or `none` for those with none of the lanes' themes), sorted by
 * their first day, remembered for the same events and lanes: a reader zooming redraws the same events every frame.
 */
function byLane(events: ChartEvent[], lanes: LaneSpec[]): Map<string, Sorted> {
  const key = lanes.map((lane) => lane.id).join(' ');
  const known = sortings.get(events)?.get(key);
  if (known) return known;
  const ids = new Set(lanes.map((lane) => lane.id));
  const placed = events
    .filter((event) => event.start && event.end)
    .sort((a, b) => dayTime(a.start ?? '') - dayTime(b.start ?? '') || (a.id < b.id ? -1 : 1));
  const sorted = new Map<string, Sorted>();
  for (const id of [...ids, OTHER]) {
    const own = placed.filter((event) =>
      id === OTHER ? !event.themes.some((theme) => ids.has(theme)) : event.themes.includes(id),
    );
    sorted.set(id, {
      events: own,
      starts: own.map((event) => dayTime(event.start ?? '')),
      longest: Math.max(0, ...own.map((event) => dayTime(event.end ?? '') - dayTime(event.start ?? ''))) + DAY_MS,
    });
  }
  const forEvents = sortings.get(events) ?? new Map<string, Map<string, Sorted>>();
  forEvents.set(key, sorted);
  sortings.set(events, forEvents);
  return sorted;
}

/** The index of the first of the sorted `values` at or after `value` (binary search). */
function firstAtOrAfter(values: number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The events' first and last days, padded by 3% of the span (at least two days) each side. */
function paddedDomain(events: ChartEvent[]): [string, string] {
  if (events.length === 0) return ['2000-01-01', '2001-01-01'];
  const times = events.flatMap((event) => [
    Date.parse(`${event.start}T00:00:00Z`),
    Date.parse(`${event.end}T00:00:00Z`),
  ]);
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max(2 * 86_400_000, (max - min) * 0.03);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(min - pad), day(max + pad)];
}

function layLane(
  spec: LaneSpec,
  y: number,
  events: ChartEvent[],
  x: (day: string, end?: boolean) => number,
  plot: Layout['plot'],
  options: { labels: boolean; rows: number },
): Lane {
  const ends: number[] = Array.from({ length: options.rows }, () => Number.NEGATIVE_INFINITY);
  const marks: Mark[] = [];
  const overflow: Mark[] = [];
  const sorted = events
    .map((event) => ({
      event,
      x1: x(event.start ?? ''),
      x2: event.shape === 'day' ? x(event.start ?? '') : x(event.end ?? '', true),
    }))
    .filter(({ x1, x2 }) => x2 >= plot.left && x1 <= plot.right)
    .sort((a, b) => a.x1 - b.x1 || a.event.id.localeCompare(b.event.id));
  for (const { event, x1, x2 } of sorted) {
    const mark: Mark = {
      id: event.id,
      title: event.title,
      shape: event.shape === 'unplaced' ? 'day' : event.shape,
      approximate: event.approximate,
      uncertain: event.uncertain,
      x: Math.max(plot.left, x1),
      x2: Math.min(plot.right, Math.max(x1, x2)),
      row: 0,
      start: event.start ?? '',
      end: event.end ?? '',
    };
    const bare: [number, number] = [mark.x - 5, mark.x2 + 5];
    // Where even the bare mark finds no row, no label can (a label's stretch starts no later): count it at once.
    // In a crowded overview this spares most marks the label work.
    if (!ends.some((end) => end + GAP <= bare[0])) {
      overflow.push(mark);
      continue;
    }
    const label = options.labels ? placeLabel(mark, plot) : undefined;
    const tries = label ? [label.extent, bare] : [bare];
    const fit = tries.flatMap((extent) => {
      const row = ends.findIndex((end) => end + GAP <= extent[0]);
      return row === -1 ? [] : [{ row, extent }];
    })[0];
    if (!fit) {
      overflow.push(mark);
      continue;
    }
    ends[fit.row] = fit.extent[1];
    marks.push({ ...mark, row: fit.row, label: label && fit.extent === label.extent ? label.label : undefined });
  }
  const rows = Math.max(1, ends.filter((end) => end > Number.NEGATIVE_INFINITY).length);
  const clusters = gather(overflow);
  const height = (rows + (clusters.length > 0 ? 1 : 0)) * ROW + 2 * LANE_PAD;
  return { ...spec, y, height, rows, marks, clusters };
}

/** A mark's label and the stretch of the row it and its mark take: after the mark, or before it at the right edge. */
function placeLabel(mark: Mark, plot: Layout['plot']) {
  const text = labelText(mark.title);
  const width = Math.ceil(text.length * CHAR_WIDTH);
  if (mark.x2 + 8 + width <= plot.right) {
    return {
      label: { text, x: round(mark.x2 + 8), anchor: 'start' as const },
      extent: [mark.x - 5, mark.x2 + 8 + width] as [number, number],
    };
  }
  if (mark.x - 8 - width >= plot.left) {
    return {
      label: { text, x: round(mark.x - 8), anchor: 'end' as const },
      extent: [mark.x - 8 - width, mark.x2 + 5] as [number, number],
    };
  }
  return undefined;
}

/** The width of a counted box: room for "+" and its digits, or the stretch of time its events cover. */
export function badgeWidth(count: number, span: number): number {
  return Math.max(20, 10 + (String(count).length + 1) * 6.5, span);
}

/**
 * Overflowing marks are counted in boxes on the lane's last row, left to right: a mark joins the current box
 * while it starts within the box's width (which grows with its count), so that no two boxes overlap.
 */
function gather(marks: Mark[]): Cluster[] {
  const clusters: Cluster[] = [];
  // One pass, each box growing as marks join it: a crowded overview counts thousands of marks every frame.
  for (const mark of [...marks].sort((a, b) => a.x - b.x)) {
    const box = clusters.at(-1);
    if (box && mark.x < box.x + badgeWidth(box.ids.length + 1, box.x2 - box.x) + GAP / 2) {
      box.ids.push(mark.id);
      box.x2 = Math.max(box.x2, mark.x2);
      if (mark.start < box.start) box.start = mark.start;
      if (mark.end > box.end) box.end = mark.end;
    } else clusters.push({ ids: [mark.id], x: mark.x, x2: mark.x2, start: mark.start, end: mark.end });
  }
  return clusters;
}

/** A mark's label text: its title, cut at `LABEL_CHARS` on a word. */
export function labelText(title: string): string {
  if (title.length <= LABEL_CHARS) return title;
  const cut = title.slice(0, LABEL_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LABEL_CHARS / 2)).replace(/[\s,;:–-]+$/, '')}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
