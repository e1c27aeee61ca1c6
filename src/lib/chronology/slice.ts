import type { ChronologyFile } from '../../schemas/chronology.ts';
import type { LayoutOptions } from './layout.ts';

/** Which events a chart shows: a theme's, a span of years; default all. */
export interface Slice {
  /** A theme id: only its events, in its lane alone. */
  theme?: string | undefined;
  /** First year shown. */
  from?: number | undefined;
  /** Last year shown. */
  to?: number | undefined;
}

/** The events and lanes of a slice of the chronology, and the time span it shows. */
export function sliceChronology(data: ChronologyFile, slice: Slice = {}) {
  const lanes = data.themes.filter((theme) => !slice.theme || theme.id === slice.theme);
  const inYears = (event: ChronologyFile['events'][number]) =>
    !event.start ||
    !event.end ||
    ((slice.from === undefined || Number(event.end.slice(0, 4)) >= slice.from) &&
      (slice.to === undefined || Number(event.start.slice(0, 4)) <= slice.to));
  const events = data.events.filter((event) => (!slice.theme || event.themes.includes(slice.theme)) && inYears(event));
  const domain: LayoutOptions['domain'] =
    slice.from !== undefined && slice.to !== undefined ? [`${slice.from}-01-01`, `${slice.to}-12-31`] : undefined;
  return { events, lanes: lanes.map((theme) => ({ id: theme.id, label: theme.title })), domain };
}
