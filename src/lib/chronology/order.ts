import type { EventRecord } from '../../schemas/data.ts';
import { earliest } from '../dates.ts';

/** Events by the earliest instant they allow (a date without a year last), then by id. */
export function byDate(a: EventRecord, b: EventRecord): number {
  const time = (event: EventRecord): number => earliest(event.edtf) ?? Number.POSITIVE_INFINITY;
  return time(a) - time(b) || a.id.localeCompare(b.id);
}

/** The events in chronological order (see `byDate`); the ingest has already made one event of each happening. */
export function chronology(events: EventRecord[]): EventRecord[] {
  return [...events].sort(byDate);
}
