import { toHtml } from 'hast-util-to-html';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { ChronologyFile } from '../../schemas/chronology.ts';
import { type LayoutOptions, layoutChronology } from './layout.ts';
import { type Slice, sliceChronology } from './slice.ts';
import { chronologySvg, type SvgOptions } from './svg.ts';

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

export type { Slice } from './slice.ts';
