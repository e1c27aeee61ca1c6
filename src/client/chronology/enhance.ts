import { GUTTER, layoutChronology } from '../../lib/chronology/layout.ts';
import { type Slice, sliceChronology } from '../../lib/chronology/slice.ts';
import type { ChronologyFile } from '../../schemas/chronology.ts';
import { bindKeys, focusedIn, targetsOf } from './chart-keys.ts';
import { drawInto } from './draw.ts';
import { createPanel, type LinkOptions } from './panel.ts';
import type { ChronologyState } from './state.ts';
import { timeZoom } from './time-zoom.ts';
import { buildTools } from './tools.ts';

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
  /** The whole chronology, with evidence sentences, when `data` is the light view (data.ts). */
  details?: () => Promise<ChronologyFile>;
}

const DAY_MS = 86_400_000;
/** How long after a zoom by button or key its span is written to the address: once it has settled. */
const SETTLE_MS = 260;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (value: string) => Date.parse(`${value}T00:00:00Z`);

/**
 * Turns a chronology drawn at build time into one a reader can explore: zoom and pan in time (time-zoom.ts),
 * filters by theme and person (tools.ts), the keyboard (chart-keys.ts), and a panel with an event's evidence
 * (panel.ts). Every change redraws the layout the build drew (layout.ts, svg.ts) into the same SVG element, so the
 * first drawing is the static one, and nothing on the page moves.
 */
export function enhanceChronology(
  figure: HTMLElement,
  options: EnhanceOptions,
): { show(state: ChronologyState): void } {
  const svg = figure.querySelector<SVGSVGElement>('svg.chrono');
  if (!svg) throw new Error('enhanceChronology: the figure has no svg.chrono to enhance');
  const { data, slice, links } = options;
  let state: ChronologyState = { ...options.state };
  let focusId: string | undefined;
  // The same choice gives the same arrays, so the layout reuses its sorting of them (layout.ts) frame after frame.
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
  const span = () => {
    const { events, lanes, domain } = sliced();
    return domain ?? layoutChronology(events, lanes).domain;
  };
  const tell = (how: 'push' | 'replace') => options.onChange?.(state, how);

  const draw = () => {
    const { events, lanes } = sliced();
    const hadFocus = svg.contains(focusedIn(svg));
    drawInto(svg, layoutChronology(events, lanes, { domain: zoom.domain() }), {
      label: options.label,
      href: (id) => `${links.base}/chronology/?event=${id}#event-${id}`,
      selected: state.event,
    });
    const targets = targetsOf(svg);
    const keep = targets.find((a) => key(a) === focusId) ?? targets.find((a) => a.dataset['id'] === state.event);
    for (const a of targets) {
      a.setAttribute('tabindex', a === (keep ?? targets[0]) ? '0' : '-1');
      if (links.target) a.setAttribute('target', links.target);
    }
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
  const spanChanged = () => {
    const [from, to] = zoom.domain();
    const zoomed = zoom.zoomed();
    state = { ...state, from: zoomed ? from : undefined, to: zoomed ? to : undefined };
    tell('replace');
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(spanChanged, SETTLE_MS);
  };
  const width = Number(svg.getAttribute('width')) || 1040;
  const zoom = timeZoom(svg, [GUTTER, width - 12], span(), (fromReader) => {
    schedule();
    if (fromReader) spanChanged();
  });

  const anchor = figure.querySelector('.chart-scroll') ?? svg;
  const panel = createPanel(anchor, data, links, () => choose(undefined), options.details);
  const choose = (id: string | undefined, how: 'push' | 'replace' = 'push') => {
    state = { ...state, event: id };
    panel.show(data.events.find((each) => each.id === id || each.aliases.includes(id ?? '')));
    tell(how);
    schedule();
  };
  const activate = (a: SVGAElement) => {
    focusId = key(a);
    if (!a.classList.contains('cluster')) {
      choose(a.dataset['id']);
      return;
    }
    const [from, to] = [ms(a.dataset['start'] ?? ''), ms(a.dataset['end'] ?? '')];
    const pad = Math.max(DAY_MS * 3, (to - from) * 0.25);
    zoom.show(day(from - pad), day(to + pad));
    settle();
  };

  const tools = buildTools(figure, data, sliced, slice, state, {
    theme: (theme) => {
      state = { ...state, theme, from: undefined, to: undefined };
      zoom.setSpan(span());
      tell('push');
    },
    person: (person) => {
      state = { ...state, person };
      tell('push');
      schedule();
    },
    zoomIn: () => {
      zoom.zoomBy(2);
      settle();
    },
    zoomOut: () => {
      zoom.zoomBy(0.5);
      settle();
    },
    reset: () => {
      zoom.reset();
      settle();
    },
  });
  bindKeys(svg, {
    activate,
    zoomBy: (factor, at) => {
      zoom.zoomBy(factor, at);
      settle();
    },
    panBy: (fraction) => {
      zoom.panBy(fraction);
      settle();
    },
    reset: tools.reset,
    close: () => choose(undefined),
  });
  svg.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<SVGAElement>('a.event, a.cluster');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    activate(a);
  });
  svg.addEventListener('focusin', (event) => {
    const a = (event.target as Element).closest<SVGAElement>('a.event, a.cluster');
    if (a) focusId = key(a);
  });

  const show = (next: ChronologyState) => {
    state = { ...next };
    zoom.setSpan(span());
    tools.sync(state);
    if (state.from && state.to) zoom.show(state.from, state.to, false);
    choose(state.event, 'replace');
    draw();
    // A linked event hidden in a counted box: zoom in until it is drawn on its own.
    const event = data.events.find((each) => each.id === state.event || each.aliases.includes(state.event ?? ''));
    if (event?.start && event.end && !state.from && !svg.querySelector(`a.event[data-id="${CSS.escape(event.id)}"]`)) {
      zoom.show(day(ms(event.start) - 45 * DAY_MS), day(ms(event.end) + 45 * DAY_MS), false);
      draw();
    }
  };
  show(state);
  return { show };
}

/** What identifies a focusable target across redrawings: an event's id, or a counted box's first event. */
function key(a: SVGAElement): string {
  return a.dataset['id'] ?? `cluster:${a.dataset['first'] ?? ''}`;
}
