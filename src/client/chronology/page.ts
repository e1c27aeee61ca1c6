import type { Slice } from '../../lib/chronology/slice.ts';
import { ROOT } from '../../lib/url.ts';
import { chronologySource } from './data.ts';
import { enhanceChronology } from './enhance.ts';
import { type ChronologyState, readState, writeState } from './state.ts';

/**
 * Enhances the chronology charts of a site page (/chronology/, a theme page): fetches the published events once,
 * then keeps each chart's view in the page's address, so a view can be shared and the back button undoes a
 * choice. Charts stay as drawn if the data cannot be fetched.
 */
export async function enhancePage(): Promise<void> {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart[data-enhance]')];
  if (figures.length === 0) return;
  const source = chronologySource(ROOT);
  const data = await source.view;
  for (const figure of figures) {
    const slice = JSON.parse(figure.dataset['chronology'] ?? '{}') as Slice;
    const label = figure.querySelector('svg.chrono')?.getAttribute('aria-label') ?? 'Chronology';
    const chart = enhanceChronology(figure, {
      data,
      slice,
      label,
      state: readState(location.search),
      links: { base: ROOT },
      details: source.full,
      onChange: (state, how) => {
        filterRows(state);
        const url = `${location.pathname}${writeState(state)}${location.hash}`;
        if (url === `${location.pathname}${location.search}${location.hash}`) return;
        history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      },
    });
    addEventListener('popstate', () => chart.show(readState(location.search)));
  }
}

/** The page's event tables follow the chart's filters: rows of other themes or people are hidden, and the caption counts. */
function filterRows(state: ChronologyState): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table.events')) {
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-event]')];
    for (const row of rows) {
      const themes = (row.dataset['themes'] ?? '').split(' ');
      const people = (row.dataset['people'] ?? '').split(' ');
      row.hidden = Boolean(
        (state.theme && !themes.includes(state.theme)) || (state.person && !people.includes(state.person)),
      );
    }
    const caption = table.caption;
    if (!caption) continue;
    caption.dataset['all'] ??= caption.textContent ?? '';
    const shown = rows.filter((row) => !row.hidden).length;
    caption.textContent =
      shown === rows.length ? caption.dataset['all'] : `${shown} of ${rows.length} events, as the chart is filtered`;
  }
}
