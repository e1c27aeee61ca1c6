import type { ChronologyEvent } from '../../schemas/chronology.ts';

/**
 * The most events one page's table lists. Past it the table is split by decade onto pages of its own, so that
 * /chronology/ stays small (the budget: under 100 KB compressed at 5,000 events). A row weighs about
 * 350 bytes compressed, evidence sentence included, so 200 rows stay near 70 KB.
 */
export const TABLE_LIMIT = 200;

/** A decade of the chronology: its id in the address (`2000s`), its title and its years. */
export interface Decade {
  id: string;
  title: string;
  from?: number | undefined;
  to?: number | undefined;
}

/** The decade an event starts in, or the undated group for a date without a year. */
export function decadeOf(event: ChronologyEvent): Decade {
  if (!event.start) return { id: 'undated', title: 'Dates without a year' };
  const from = Math.floor(Number(event.start.slice(0, 4)) / 10) * 10;
  return { id: `${from}s`, title: `The ${from}s`, from, to: from + 9 };
}

/** The events by decade, in the order given (by date), the undated last. */
export function byDecade(events: ChronologyEvent[]): { decade: Decade; events: ChronologyEvent[] }[] {
  const groups = new Map<string, { decade: Decade; events: ChronologyEvent[] }>();
  for (const event of events) {
    const decade = decadeOf(event);
    const group = groups.get(decade.id) ?? { decade, events: [] };
    group.events.push(event);
    groups.set(decade.id, group);
  }
  return [...groups.values()].sort(
    (a, b) => (a.decade.from ?? Number.POSITIVE_INFINITY) - (b.decade.from ?? Number.POSITIVE_INFINITY),
  );
}

/** Where an event's row is: on /chronology/ itself, or on its decade's page when the table is split. */
export function eventRowPath(event: ChronologyEvent, split: boolean): string {
  return split ? `/chronology/${decadeOf(event).id}/#event-${event.id}` : `/chronology/#event-${event.id}`;
}
