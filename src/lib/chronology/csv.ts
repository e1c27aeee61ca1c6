import { stringify } from 'csv-stringify/sync';
import type { ChronologyFile } from '../../schemas/chronology.ts';

/** The columns of chronology.csv, in order. */
export const CSV_COLUMNS = ['id', 'edtf', 'when', 'start', 'end', 'title', 'kind', 'themes', 'people', 'sources'];

/**
 * The chronology as CSV (RFC 4180, written by csv-stringify): one row per event, lists joined with `; `, each
 * source as its site path. Lines end in CRLF as the RFC says; every field that needs quoting is quoted.
 */
export function chronologyCsv(data: ChronologyFile): string {
  return stringify(
    data.events.map((event) => [
      event.id,
      event.edtf,
      event.when,
      event.start ?? '',
      event.end ?? '',
      event.title,
      event.kind,
      event.themes.join('; '),
      event.people.join('; '),
      event.evidence.map((evidence) => evidence.path).join('; '),
    ]),
    { header: true, columns: CSV_COLUMNS, record_delimiter: 'windows' },
  );
}
