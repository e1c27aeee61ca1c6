import { ROOT } from '../../lib/url.ts';
import { chronologySource } from './data.ts';
import { enhanceChronology } from './enhance.ts';
import { readState, writeState } from './state.ts';

/** The message an embedded chronology sends its parent page whenever its height changes. */
export interface HeightMessage {
  type: 'mw-chronology:height';
  /** The document's height in CSS pixels: set the iframe's height to it. */
  height: number;
  /** The iframe page's address, query included: tells several embeds on one page apart. */
  href: string;
}

/**
 * The chronology inside an iframe (`/embed/chronology/?theme=&from=&to=&event=`): `theme`, `from` and `to`
 * fix what it shows, `event` selects one; links open the archive in the top window; the reader's view is kept in
 * the iframe's own address so that reloading keeps it; and the parent page is told the height after every
 * change (see `HeightMessage`), so that its snippet can size the iframe to its content.
 */
export async function enhanceFrame(): Promise<void> {
  const figure = document.querySelector<HTMLElement>('figure.chart');
  if (!figure) return;
  const initial = readState(location.search);
  const year = (day: string | undefined) => (day ? Number(day.slice(0, 4)) : undefined);
  const source = chronologySource(ROOT);
  const data = await source.view;
  const tell = () => {
    const message: HeightMessage = {
      type: 'mw-chronology:height',
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      href: location.href,
    };
    if (parent !== window) parent.postMessage(message, '*');
  };
  enhanceChronology(figure, {
    data,
    slice: { theme: initial.theme, from: year(initial.from), to: year(initial.to) },
    state: { person: initial.person, event: initial.event },
    label: figure.querySelector('svg.chrono')?.getAttribute('aria-label') ?? 'Chronology',
    links: { base: ROOT, target: '_top' },
    details: source.full,
    onChange: (state) => {
      history.replaceState(null, '', `${location.pathname}${writeState({ ...initial, ...state })}`);
    },
    onDraw: tell,
  });
  new ResizeObserver(tell).observe(document.documentElement);
}
