import type { EventRecord } from '../schemas/data.ts';
import { earliest } from './dates.ts';

/** One line of a chronology: an event and every article that evidences it. */
export interface ChronologyItem {
  /** The id of the first of the events merged into this line. */
  id: string;
  /** When, as EDTF. */
  edtf: string;
  /** What happened. */
  title: string;
  /** How the event is known (see `EventRecordSchema`); that of the first event merged. */
  kind: EventRecord['kind'];
  /** Where the evidence is, one entry per article, in the order of the events. */
  evidence: EventRecord['evidence'][];
}

/**
 * Events by date (the earliest day each allows; a date without a year last), then by id. Events with the same
 * date and title become one line with all their evidence: outlets that carry the same wire copy each give the event.
 */
export function chronology(events: EventRecord[]): ChronologyItem[] {
  const time = (event: EventRecord): number => earliest(event.edtf) ?? Number.POSITIVE_INFINITY;
  const sorted = [...events].sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
  const lines = new Map<string, ChronologyItem>();
  for (const event of sorted) {
    const key = `${event.edtf} ${event.title}`;
    const line = lines.get(key);
    if (!line)
      lines.set(key, {
        id: event.id,
        edtf: event.edtf,
        title: event.title,
        kind: event.kind,
        evidence: [event.evidence],
      });
    else if (!line.evidence.some((evidence) => evidence.article === event.evidence.article))
      line.evidence.push(event.evidence);
  }
  return [...lines.values()];
}
