import { toHtml } from 'hast-util-to-html';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { ChronologyFile } from '../../schemas/chronology.ts';
import { type LayoutOptions, layoutChronology } from './layout.ts';
import { chronologySvg, type SvgOptions } from './svg.ts';

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

/**
 * A slice of the chronology drawn as SVG markup (see layout.ts and svg.ts). Inline in a page it is serialised as
 * HTML (hast-util-to-html); a standalone drawing, served as `image/svg+xml`, must be well-formed XML, where an
 * attribute may hold no `<`, so it goes through xast-util-to-xml.
 */
export function chartMarkup(
  data: ChronologyFile,
  slice: Slice,
  layout: Omit<LayoutOptions, 'domain'>,
  svg: SvgOptions,
): string {
  const { events, lanes, domain } = sliceChronology(data, slice);
  const laid = layoutChronology(events, lanes, { ...layout, domain });
  const tree = chronologySvg(laid, svg);
  return svg.standalone
    ? `<?xml version="1.0" encoding="utf-8"?>\n${toXml(toXast(tree, { space: 'svg' }))}\n`
    : toHtml(tree, { space: 'svg' });
}
