import type { ChronologyEvent } from '../../schemas/chronology.ts';

/**
 * The most events one page's table lists. Past it the table leaves /chronology/ for pages of its own, one per
 * decade, and a decade with more is split again into one page per year, so that every page stays small. The
 * bench (npm run bench) measured about 0.11 KB compressed per row, evidence sentence included: 200 rows, 22 KB.
 */
export const TABLE_LIMIT = 200;

/** A stretch of years with a table page of its own: a decade (`2000s`), a year (`2009`), or the undated events. */
export interface Period {
  id: string;
  title: string;
  from?: number | undefined;
  to?: number | undefined;
}

/** The events of one period, in the order given (by date). */
export interface PeriodEvents {
  period: Period;
  events: ChronologyEvent[];
}

const UNDATED: Period = { id: 'undated', title: 'Dates without a year' };

/** The decade an event starts in, or the undated group for a date without a year. */
export function decadeOf(event: ChronologyEvent): Period {
  if (!event.start) return UNDATED;
  const from = Math.floor(Number(event.start.slice(0, 4)) / 10) * 10;
  return { id: `${from}s`, title: `The ${from}s`, from, to: from + 9 };
}

function yearOf(event: ChronologyEvent): Period {
  if (!event.start) return UNDATED;
  const year = Number(event.start.slice(0, 4));
  return { id: String(year), title: String(year), from: year, to: year };
}

/** Events grouped by `periodOf`, in order of their first year, the undated last. */
function group(events: ChronologyEvent[], periodOf: (event: ChronologyEvent) => Period): PeriodEvents[] {
  const groups = new Map<string, PeriodEvents>();
  for (const event of events) {
    const period = periodOf(event);
    const found = groups.get(period.id) ?? { period, events: [] };
    found.events.push(event);
    groups.set(period.id, found);
  }
  const first = (each: PeriodEvents) => each.period.from ?? Number.POSITIVE_INFINITY;
  return [...groups.values()].sort((a, b) => first(a) - first(b));
}

/**
 * A period's events cut into parts of at most `TABLE_LIMIT`, in order: a year (or the undated) with more events than
 * one table holds. The first part keeps the period's id; the others are `2009-part-2`, `2009-part-3`, titled
 * "2009, part 2 of 9", so that no page grows with the archive (at 5,000 generated articles a crowded year has some
 * 1,800 events).
 */
function parts({ period, events }: PeriodEvents): PeriodEvents[] {
  const count = Math.ceil(events.length / TABLE_LIMIT);
  if (count <= 1) return [{ period, events }];
  return Array.from({ length: count }, (_, i) => ({
    period: {
      ...period,
      id: i === 0 ? period.id : `${period.id}-part-${i + 1}`,
      title: `${period.title}, part ${i + 1} of ${count}`,
    },
    events: events.slice(i * TABLE_LIMIT, (i + 1) * TABLE_LIMIT),
  }));
}

/**
 * The table's pages: a page per decade, or per year for a decade with more than `TABLE_LIMIT` events, and a year
 * with more still in parts of `TABLE_LIMIT` (`parts`).
 */
export function tablePages(events: ChronologyEvent[]): PeriodEvents[] {
  return group(events, decadeOf).flatMap((decade) =>
    decade.events.length > TABLE_LIMIT && decade.period.from !== undefined
      ? group(decade.events, yearOf).flatMap(parts)
      : parts(decade),
  );
}

/**
 * Where each event's row is, by id: on /chronology/ itself while the whole table fits there, otherwise on its
 * period's page (see `tablePages`).
 */
export function rowPathsOf(events: ChronologyEvent[]): Map<string, string> {
  if (events.length <= TABLE_LIMIT) return new Map(events.map((event) => [event.id, `/chronology/#event-${event.id}`]));
  return new Map(
    tablePages(events).flatMap(({ period, events: own }) =>
      own.map((event) => [event.id, `/chronology/${period.id}/#event-${event.id}`] as const),
    ),
  );
}
