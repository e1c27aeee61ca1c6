import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { GUTTER, layoutChronology } from '../../lib/chronology/layout.ts';
import { type Slice, sliceChronology } from '../../lib/chronology/slice.ts';
import type { ChronologyFile } from '../../schemas/chronology.ts';
import { drawInto } from './draw.ts';
import { nextTarget } from './keys.ts';
import { type LinkOptions, panelContent } from './panel.ts';
import type { ChronologyState } from './state.ts';
import { buildTools, type Tools } from './tools.ts';

/** What an enhanced chronology needs; `onChange` and `onDraw` default to nothing. */
export interface EnhanceOptions {
  data: ChronologyFile;
  /** What the chart is fixed to (a theme page's theme, an embed's theme and years). */
  slice: Slice;
  /** The reader's choices to start from (read from the URL). */
  state: ChronologyState;
  /** The chart's accessible name. */
  label: string;
  links: LinkOptions;
  /** The reader changed the view: `push` for a choice worth a history entry, `replace` for zooming. */
  onChange?: (state: ChronologyState, how: 'push' | 'replace') => void;
  /** After every drawing, e.g. to tell an iframe's parent its new height. */
  onDraw?: () => void;
  /** Where the tools and the panel go; default inside the figure. */
  document?: Document;
}

const DAY_MS = 86_400_000;
/** The narrowest span zooming reaches: a week. */
const MIN_SPAN = 7 * DAY_MS;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (value: string) => Date.parse(`${value}T00:00:00Z`);

/**
 * Turns a chronology drawn at build time into one a reader can explore: zoom and pan in time (d3-zoom: drag,
 * Ctrl or ⌘ with the wheel, pinch, the buttons, + and −), filters by theme and person, keyboard navigation between
 * events (see keys.ts), and a panel with an event's evidence. Every change redraws the same layout the build drew
 * (layout.ts, svg.ts) into the same SVG element, so the first drawing matches the static one exactly.
 */
export function enhanceChronology(
  figure: HTMLElement,
  options: EnhanceOptions,
): { show(state: ChronologyState): void } {
  const svg = figure.querySelector<SVGSVGElement>('svg.chrono');
  if (!svg) throw new Error('enhanceChronology: the figure has no svg.chrono to enhance');
  const { data, slice, links } = options;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let state: ChronologyState = { ...options.state };
  // The same choice gives the same arrays, so the layout can reuse its sorting of them (layout.ts) frame after frame.
  let memo: { key: string; value: ReturnType<typeof sliceChronology> } | undefined;
  const sliced = () => {
    const key = `${state.theme ?? ''} ${state.person ?? ''}`;
    if (memo?.key !== key) {
      const { events, lanes, domain } = sliceChronology(data, { ...slice, theme: slice.theme ?? state.theme });
      const chosen = state.person ? events.filter((e) => e.people.includes(state.person ?? '')) : events;
      memo = { key, value: { events: chosen, lanes, domain } };
    }
    return memo.value;
  };
  const full = () => {
    const { events, lanes, domain } = sliced();
    return domain ?? layoutChronology(events, lanes).domain;
  };
  let base = full();
  const width = Number(svg.getAttribute('width')) || 1040;
  const plot: [number, number] = [GUTTER, width - 12];
  const baseScale = () =>
    scaleUtc()
      .domain(base.map((d) => new Date(ms(d))))
      .range(plot);
  let transform: ZoomTransform = zoomIdentity;
  const domain = (): [string, string] => {
    const [from, to] = transform.rescaleX(baseScale()).domain();
    return [day(from?.getTime() ?? 0), day(to?.getTime() ?? 0)];
  };
  const panel = document.createElement('section');
  panel.className = 'chart-panel';
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', 'The selected event');
  figure.querySelector('.chart-scroll')?.after(panel);
  let focusId: string | undefined;
  // Inside a shadow root (the embeddable element) the document's active element is the host, not the mark.
  const activeElement = () => (svg.getRootNode() as Document | ShadowRoot).activeElement;

  const draw = () => {
    const { events, lanes } = sliced();
    const layout = layoutChronology(events, lanes, { domain: domain() });
    const hadFocus = svg.contains(activeElement());
    drawInto(svg, layout, {
      label: options.label,
      href: (id) => `${links.base}/chronology/?event=${id}#event-${id}`,
      selected: state.event,
    });
    const targets = [...svg.querySelectorAll<SVGAElement>('a.event, a.cluster')];
    const keep = targets.find((a) => key(a) === focusId) ?? targets.find((a) => a.dataset['id'] === state.event);
    targets.forEach((a) => {
      a.setAttribute('tabindex', a === (keep ?? targets[0]) ? '0' : '-1');
      if (links.target) a.setAttribute('target', links.target);
    });
    if (keep && focusId && hadFocus) keep.focus({ preventScroll: true });
    options.onDraw?.();
  };
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  };

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .extent([
      [plot[0], 0],
      [plot[1], 1],
    ])
    .translateExtent([
      [plot[0], Number.NEGATIVE_INFINITY],
      [plot[1], Number.POSITIVE_INFINITY],
    ])
    // The page scrolls with the wheel and one finger; zooming takes Ctrl or ⌘ with the wheel, or two fingers.
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      transform = zoomIdentity.translate(event.transform.x, 0).scale(event.transform.k);
      schedule();
      if (event.sourceEvent) changed('replace');
    });
  const limits = () => behavior.scaleExtent([1, Math.max(1, (ms(base[1]) - ms(base[0])) / MIN_SPAN)]);
  limits();
  const view = select(svg);
  view.call(behavior).on('dblclick.zoom', null);

  /** The transform that shows [from, to]. */
  const transformFor = (from: string, to: string): ZoomTransform => {
    const scale = baseScale();
    const [a, b] = [scale(new Date(ms(from))), scale(new Date(ms(to) + DAY_MS - 1))];
    const k = (plot[1] - plot[0]) / Math.max(1, b - a);
    return zoomIdentity.translate(plot[0] - k * a, 0).scale(k);
  };
  const moveTo = (target: ZoomTransform, animate = !reduced) => {
    if (!animate) {
      behavior.transform(view, target);
      return;
    }
    const [from, start] = [transform, performance.now()];
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 220);
      const k = from.k + (target.k - from.k) * p;
      behavior.transform(view, zoomIdentity.translate(from.x + (target.x - from.x) * p, 0).scale(k));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  const zoomBy = (factor: number, at?: number) => {
    const x = at ?? (plot[0] + plot[1]) / 2;
    const k = Math.max(1, transform.k * factor);
    moveTo(zoomIdentity.translate(x - ((x - transform.x) * k) / transform.k, 0).scale(k));
    changedSoon();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changedSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => changed('replace'), reduced ? 0 : 260);
  };
  const changed = (how: 'push' | 'replace') => {
    const [from, to] = domain();
    const zoomed = transform.k > 1.0001 || Math.abs(transform.x) > 0.5;
    state = { ...state, from: zoomed ? from : undefined, to: zoomed ? to : undefined };
    options.onChange?.(state, how);
  };

  const select_ = (id: string | undefined, how: 'push' | 'replace' = 'push') => {
    state = { ...state, event: id };
    const event = data.events.find((each) => each.id === id || each.aliases.includes(id ?? ''));
    panel.hidden = !event;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = 'Close';
    close.addEventListener('click', () => select_(undefined));
    panel.replaceChildren(...(event ? [close, ...panelContent(event, data, links)] : []));
    options.onChange?.(state, how);
    schedule();
  };

  const tools: Tools = buildTools(figure, data, sliced, slice, state, {
    theme: (theme) => {
      state = { ...state, theme, from: undefined, to: undefined };
      base = full();
      limits();
      behavior.transform(view, zoomIdentity);
      options.onChange?.(state, 'push');
    },
    person: (person) => {
      state = { ...state, person };
      options.onChange?.(state, 'push');
      schedule();
    },
    zoomIn: () => zoomBy(2),
    zoomOut: () => zoomBy(0.5),
    reset: () => {
      moveTo(zoomIdentity);
      changedSoon();
    },
  });

  svg.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<SVGAElement>('a.event, a.cluster');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    activate(a);
  });
  const activate = (a: SVGAElement) => {
    focusId = key(a);
    if (a.classList.contains('cluster')) {
      const [from, to] = [a.dataset['start'] ?? '', a.dataset['end'] ?? ''];
      const pad = Math.max(DAY_MS * 3, (ms(to) - ms(from)) * 0.25);
      moveTo(transformFor(day(ms(from) - pad), day(ms(to) + pad)));
      changedSoon();
    } else select_(a.dataset['id']);
  };
  svg.addEventListener('focusin', (event) => {
    const a = (event.target as Element).closest<SVGAElement>('a.event, a.cluster');
    if (a) focusId = key(a);
  });
  svg.addEventListener('keydown', (event) => {
    const targets = [...svg.querySelectorAll<SVGAElement>('a.event, a.cluster')];
    const current = targets.indexOf(activeElement() as SVGAElement);
    const lanes = [...svg.querySelectorAll('g.lane')];
    const boxes = targets.map((a) => {
      const rect = a.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y, lane: lanes.indexOf(a.closest('g.lane') as Element) };
    });
    const next = nextTarget(boxes, Math.max(0, current), event.key);
    if (next !== undefined) {
      event.preventDefault();
      const target = targets[next];
      for (const a of targets) a.setAttribute('tabindex', a === target ? '0' : '-1');
      target?.focus();
      return;
    }
    const mark = targets[current];
    const at = mark
      ? Number(mark.querySelector('circle')?.getAttribute('cx') ?? mark.querySelector('rect')?.getAttribute('x'))
      : undefined;
    if (event.key === '+' || event.key === '=') zoomBy(2, at);
    else if (event.key === '-' || event.key === '_') zoomBy(0.5, at);
    else if (event.key === '0') tools.reset();
    else if ((event.key === 'Enter' || event.key === ' ') && targets[current]) activate(targets[current]);
    else if (event.key === 'Escape') select_(undefined);
    else return;
    event.preventDefault();
  });

  const show = (next: ChronologyState) => {
    state = { ...next };
    base = full();
    limits();
    tools.sync(state);
    transform = state.from && state.to ? transformFor(state.from, state.to) : zoomIdentity;
    behavior.transform(view, transform);
    select_(state.event, 'replace');
    draw();
    // A linked event hidden in a counted box: zoom in until it is drawn on its own.
    const event = data.events.find((each) => each.id === state.event || each.aliases.includes(state.event ?? ''));
    if (event?.start && event.end && !state.from && !svg.querySelector(`a.event[data-id="${CSS.escape(event.id)}"]`)) {
      transform = transformFor(day(ms(event.start) - 45 * DAY_MS), day(ms(event.end) + 45 * DAY_MS));
      behavior.transform(view, transform);
      draw();
    }
  };
  show(state);
  return { show };
}

/** What identifies a focusable target across redrawings: an event's id, or a cluster's first event. */
function key(a: SVGAElement): string {
  return a.dataset['id'] ?? `cluster:${a.dataset['first'] ?? ''}`;
}
