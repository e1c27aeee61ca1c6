import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';

const DAY_MS = 86_400_000;
/** The narrowest span zooming reaches: a week. */
const MIN_SPAN = 7 * DAY_MS;
/** How long an animated zoom or move takes, unless the reader asked for reduced motion. */
const ANIMATION_MS = 220;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (value: string) => Date.parse(`${value}T00:00:00Z`);

/** Zooming and moving in time on one chart; every method keeps to the chart's whole span. */
export interface TimeZoom {
  /** The days shown now, first and last. */
  domain(): [string, string];
  /** Whether the reader has zoomed or moved away from the whole span. */
  zoomed(): boolean;
  /** The whole span changes (a theme chosen): shows all of it, at once. */
  setSpan(span: [string, string]): void;
  /** Shows `[from, to]`, animated unless `animate` is false or motion is reduced. */
  show(from: string, to: string, animate?: boolean): void;
  /** Zooms by `factor` around `at` (an x in the drawing; default its middle). */
  zoomBy(factor: number, at?: number): void;
  /** Moves by `fraction` of the shown span: negative to earlier, positive to later. */
  panBy(fraction: number): void;
  /** Shows the whole span. */
  reset(): void;
}

/**
 * Zoom and pan in time for a chart drawn between `plot` x positions, with d3-zoom on its SVG element: drag to
 * move, Ctrl or ⌘ with the wheel or two fingers to zoom (the page keeps the wheel and one finger for scrolling),
 * and methods for buttons and keys. Only x is transformed. `onZoom` hears every change, `fromReader` true when a
 * pointer or the wheel made it. `prefers-reduced-motion` turns the animations off.
 */
export function timeZoom(
  svg: SVGSVGElement,
  plot: [number, number],
  span: [string, string],
  onZoom: (fromReader: boolean) => void,
): TimeZoom {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let whole = span;
  let transform: ZoomTransform = zoomIdentity;
  const scale = () =>
    scaleUtc()
      .domain(whole.map((each) => new Date(ms(each))))
      .range(plot);
  const extent: [[number, number], [number, number]] = [
    [plot[0], 0],
    [plot[1], 1],
  ];
  const behavior = zoom<SVGSVGElement, unknown>()
    .extent(extent)
    .translateExtent(extent)
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      transform = zoomIdentity.translate(event.transform.x, 0).scale(event.transform.k);
      onZoom(event.sourceEvent !== null);
    });
  const view = select(svg);
  view.call(behavior).on('dblclick.zoom', null);
  const limit = () => behavior.scaleExtent([1, Math.max(1, (ms(whole[1]) - ms(whole[0])) / MIN_SPAN)]);
  limit();

  /** The transform within the chart's span and the zoom limits: a key or button cannot move past either end. */
  const within = (wanted: ZoomTransform): ZoomTransform => {
    const [, most] = behavior.scaleExtent();
    const k = Math.min(most, Math.max(1, wanted.k));
    const kept = behavior.constrain()(zoomIdentity.translate(wanted.x, 0).scale(k), extent, extent);
    return zoomIdentity.translate(kept.x, 0).scale(kept.k);
  };
  const moveTo = (wanted: ZoomTransform, animate = !reduced) => {
    const target = within(wanted);
    if (!animate) {
      behavior.transform(view, target);
      return;
    }
    const [from, start] = [transform, performance.now()];
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / ANIMATION_MS);
      const k = from.k + (target.k - from.k) * p;
      behavior.transform(view, zoomIdentity.translate(from.x + (target.x - from.x) * p, 0).scale(k));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  const transformFor = (from: string, to: string): ZoomTransform => {
    const [a, b] = [scale()(new Date(ms(from))), scale()(new Date(ms(to) + DAY_MS - 1))];
    const k = (plot[1] - plot[0]) / Math.max(1, b - a);
    return zoomIdentity.translate(plot[0] - k * a, 0).scale(k);
  };
  return {
    domain: () => {
      const [from, to] = transform.rescaleX(scale()).domain();
      return [day(from?.getTime() ?? 0), day(to?.getTime() ?? 0)];
    },
    zoomed: () => transform.k > 1.0001 || Math.abs(transform.x) > 0.5,
    setSpan: (next) => {
      whole = next;
      limit();
      behavior.transform(view, zoomIdentity);
    },
    show: (from, to, animate) => moveTo(transformFor(from, to), animate ?? !reduced),
    zoomBy: (factor, at = (plot[0] + plot[1]) / 2) => {
      const k = transform.k * factor;
      moveTo(zoomIdentity.translate(at - ((at - transform.x) * k) / transform.k, 0).scale(k));
    },
    panBy: (fraction) => {
      moveTo(zoomIdentity.translate(transform.x - fraction * (plot[1] - plot[0]), 0).scale(transform.k));
    },
    reset: () => moveTo(zoomIdentity),
  };
}
