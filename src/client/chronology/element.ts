import { layoutChronology } from '../../lib/chronology/layout.ts';
import { sliceChronology } from '../../lib/chronology/slice.ts';
import styles from '../../styles/chronology.css';
import { type ChronologySource, chronologySource } from './data.ts';
import { drawInto } from './draw.ts';
import { enhanceChronology } from './enhance.ts';
import { readState } from './state.ts';

/** The colours and faces the chart's stylesheet expects, light and dark, since the host page defines none. */
const HOST = `:host{display:block;--paper:#fbfaf7;--ink:#1d1b18;--muted:#5c5650;--rule:#d9d3ca;--accent:#8a2b1e;--mark:#f3e7c9;--serif:Georgia,"Noto Serif",serif;--sans:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper);font-family:var(--serif);line-height:1.5}@media (prefers-color-scheme:dark){:host{--paper:#171614;--ink:#e9e5de;--muted:#a8a198;--rule:#3a3632;--accent:#f0a58f;--mark:#3d3420}}figure{margin:0;padding:.5rem}a{color:var(--accent)}.source{margin:.25rem 0 0;font-family:var(--sans);font-size:.8rem}`;

/** The archive this script was loaded from: its data and its pages are beside it. */
const ARCHIVE = new URL('..', import.meta.url).href.replace(/\/$/, '');

let source: ChronologySource | undefined;

/** The archive's chronology, fetched once per page from the script's own origin (CORS allowed by the archive). */
function chronology(): ChronologySource {
  source ??= chronologySource(ARCHIVE);
  return source;
}

/**
 * `<mw-chronology theme="iran" from="2002" to="2015" event="…" person="…">`: the chronology, or one theme's
 * years of it, in any page. Its styles live in a shadow root, so the host page's styles and its own do not mix;
 * its data comes from the archive that served the script; changing an attribute redraws it. `label` gives the
 * chart's accessible name (an `aria-label` is not allowed on a custom element without a role).
 */
export class MwChronology extends HTMLElement {
  static observedAttributes = ['theme', 'from', 'to', 'event', 'person'];
  readonly #root = this.attachShadow({ mode: 'open' });
  #drawn = 0;

  connectedCallback(): void {
    void this.#draw();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.#draw();
  }

  async #draw(): Promise<void> {
    const turn = ++this.#drawn;
    const all = await chronology().view;
    if (turn !== this.#drawn) return;
    const query = new URLSearchParams();
    for (const name of MwChronology.observedAttributes) {
      const value = this.getAttribute(name);
      if (value) query.set(name, value);
    }
    const state = readState(`?${query}`);
    const year = (day: string | undefined) => (day ? Number(day.slice(0, 4)) : undefined);
    const slice = { theme: state.theme, from: year(state.from), to: year(state.to) };
    const style = document.createElement('style');
    style.textContent = `${HOST}${styles}`;
    const figure = document.createElement('figure');
    figure.className = 'chart';
    const scroll = document.createElement('div');
    scroll.className = 'chart-scroll';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'chrono');
    scroll.append(svg);
    const source = document.createElement('p');
    source.className = 'source';
    const link = document.createElement('a');
    link.href = `${ARCHIVE}/chronology/`;
    link.textContent = 'Moscow–Washington: a documentary chronicle';
    source.append('From ', link);
    const tools = document.createElement('div');
    tools.className = 'chart-tools';
    figure.append(tools, scroll, source);
    this.#root.replaceChildren(style, figure);
    const label = this.getAttribute('label') ?? 'Chronology of Russia–United States diplomacy';
    const { events, lanes, domain } = sliceChronology(all, slice);
    drawInto(svg, layoutChronology(events, lanes, { domain }), { label });
    enhanceChronology(figure, {
      data: all,
      slice,
      state: { event: state.event, person: state.person },
      label,
      links: { base: ARCHIVE },
      details: chronology().full,
    });
  }
}

if (!customElements.get('mw-chronology')) customElements.define('mw-chronology', MwChronology);
