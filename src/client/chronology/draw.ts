import type { Layout } from '../../lib/chronology/layout.ts';
import { chronologySvg, type SvgOptions } from '../../lib/chronology/svg.ts';
import { toDom } from '../../lib/chronology/tree.ts';

/**
 * Redraws a chronology into an SVG element already on the page: the same tree the build drew (svg.ts), turned
 * into DOM (tree.ts). The root element stays, so what listens to it (zoom, keys) stays attached and
 * pointer positions stay in the drawing's own units.
 */
export function drawInto(svg: SVGSVGElement, layout: Layout, options: SvgOptions): void {
  const tree = chronologySvg(layout, options);
  const fresh = toDom(tree) as SVGSVGElement;
  for (const name of ['viewBox', 'width', 'height', 'data-domain', 'aria-label']) {
    const value = fresh.getAttribute(name);
    if (value !== null) svg.setAttribute(name, value);
  }
  svg.replaceChildren(...fresh.childNodes);
}
