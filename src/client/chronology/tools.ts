import type { Slice } from '../../lib/chronology/slice.ts';
import { bySurname } from '../../lib/people.ts';
import type { ChronologyEvent, ChronologyFile } from '../../schemas/chronology.ts';
import type { ChronologyState } from './state.ts';

/** What the tools ask the chart to do. */
export interface ToolActions {
  theme(theme: string | undefined): void;
  person(person: string | undefined): void;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
}

/** The tools once built: `sync` shows a state chosen elsewhere (the back button), `reset` shows the whole span. */
export interface Tools {
  sync(state: ChronologyState): void;
  reset(): void;
}

let count = 0;

/**
 * The chart's tools, put in its `.chart-tools` box (whose height the page reserves, so nothing moves when they
 * appear): a theme choice (unless the chart is one theme's), a person choice among the people its events name,
 * zoom buttons and a line on how to zoom and move with the mouse, fingers and keys.
 */
export function buildTools(
  figure: HTMLElement,
  data: ChronologyFile,
  events: () => { events: ChronologyEvent[] },
  slice: Slice,
  state: ChronologyState,
  actions: ToolActions,
): Tools {
  const box =
    figure.querySelector('.chart-tools') ?? figure.insertBefore(document.createElement('div'), figure.firstChild);
  box.className = 'chart-tools';
  const n = ++count;
  const choice = (name: string, label: string, empty: string, options: { id: string; title: string }[]) => {
    const wrap = document.createElement('label');
    wrap.append(label, ' ');
    const select = document.createElement('select');
    select.name = name;
    select.id = `chart-${name}-${n}`;
    select.append(new Option(empty, ''), ...options.map((option) => new Option(option.title, option.id)));
    wrap.append(select);
    return { wrap, select };
  };
  const theme = choice('theme', 'Theme', 'All themes', data.themes);
  const named = new Set(events().events.flatMap((event) => event.people));
  const people = data.people
    .filter((person) => named.has(person.id))
    .map((person) => ({ id: person.id, title: person.name }))
    .sort((a, b) => bySurname(a.title, b.title));
  const person = choice('person', 'Person', 'Everyone', people);
  theme.select.addEventListener('change', () => actions.theme(theme.select.value || undefined));
  person.select.addEventListener('change', () => actions.person(person.select.value || undefined));
  const button = (text: string, label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', action);
    return b;
  };
  const zoom = document.createElement('div');
  zoom.className = 'zoom';
  zoom.setAttribute('role', 'group');
  zoom.setAttribute('aria-label', 'Zoom');
  zoom.append(
    button('+', 'Zoom in', actions.zoomIn),
    button('−', 'Zoom out', actions.zoomOut),
    button('All', 'All: show the whole span', actions.reset),
  );
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent =
    'Drag or Page Up/Down to move in time; Ctrl or ⌘ with the wheel, two fingers, or + and − to zoom; arrows go from event to event.';
  box.replaceChildren(...(slice.theme ? [] : [theme.wrap]), person.wrap, zoom, hint);
  const sync = (next: ChronologyState) => {
    theme.select.value = next.theme ?? '';
    person.select.value = next.person ?? '';
  };
  sync(state);
  return { sync, reset: actions.reset };
}
