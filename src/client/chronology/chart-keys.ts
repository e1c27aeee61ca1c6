import { nextTarget } from './keys.ts';

/** What the keys of a chart do besides moving between events. */
export interface KeyActions {
  /** Enter or Space on an event or a counted box. */
  activate(target: SVGAElement): void;
  /** + and − zoom around `at`, the focused mark's x in the drawing. */
  zoomBy(factor: number, at?: number): void;
  /** Page Up and Page Down, or Shift with ← and →: move in time by a fraction of the span shown. */
  panBy(fraction: number): void;
  /** 0 shows the whole span. */
  reset(): void;
  /** Escape closes the panel. */
  close(): void;
}

/** The chart's focusable marks: its events and counted boxes. */
export function targetsOf(svg: SVGSVGElement): SVGAElement[] {
  return [...svg.querySelectorAll<SVGAElement>('a.event, a.cluster')];
}

/** The element that has focus where the chart is, which inside a shadow root is not `document.activeElement`. */
export function focusedIn(svg: SVGSVGElement): Element | null {
  return (svg.getRootNode() as Document | ShadowRoot).activeElement;
}

/**
 * The chart's keyboard: the arrow keys, Home and End move focus between marks (keys.ts decides where, by time and
 * lane) with a roving tabindex, so that Tab enters and leaves the chart in one step; the other keys call `actions`.
 */
export function bindKeys(svg: SVGSVGElement, actions: KeyActions): void {
  svg.addEventListener('keydown', (event) => {
    const targets = targetsOf(svg);
    const current = targets.indexOf(focusedIn(svg) as SVGAElement);
    const mark = targets[current];
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      actions.panBy(event.key === 'ArrowLeft' ? -1 / 3 : 1 / 3);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      actions.panBy(event.key === 'PageUp' ? -1 / 3 : 1 / 3);
    } else if (event.key === '+' || event.key === '=') actions.zoomBy(2, mark ? xOf(mark) : undefined);
    else if (event.key === '-' || event.key === '_') actions.zoomBy(0.5, mark ? xOf(mark) : undefined);
    else if (event.key === '0') actions.reset();
    else if ((event.key === 'Enter' || event.key === ' ') && mark) actions.activate(mark);
    else if (event.key === 'Escape') actions.close();
    else {
      const next = nextTarget(boxes(svg, targets), Math.max(0, current), event.key);
      if (next === undefined) return;
      const target = targets[next];
      for (const a of targets) a.setAttribute('tabindex', a === target ? '0' : '-1');
      target?.focus();
    }
    event.preventDefault();
  });
}

/** Where each target is on screen, and its lane's index, for keys.ts. */
function boxes(svg: SVGSVGElement, targets: SVGAElement[]) {
  const lanes = [...svg.querySelectorAll('g.lane')];
  return targets.map((a) => {
    const rect = a.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y, lane: lanes.indexOf(a.closest('g.lane') as Element) };
  });
}

/** A mark's x in the drawing: its circle's centre or its bar's start. */
function xOf(mark: SVGAElement): number | undefined {
  const value = mark.querySelector('circle')?.getAttribute('cx') ?? mark.querySelector('rect')?.getAttribute('x');
  return value ? Number(value) : undefined;
}
