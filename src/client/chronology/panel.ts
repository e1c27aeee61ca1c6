import type { ChronologyEvent, ChronologyFile } from '../../schemas/chronology.ts';

/**
 * Where the panel's links go: the archive's address (on the site itself its base path without the final slash, `ROOT`
 * in src/lib/url.ts: empty at a host's root) and the window they open in.
 */
export interface LinkOptions {
  base: string;
  target?: string | undefined;
}

/** An element with text, built with the DOM so that an event's words are only ever text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string, options: LinkOptions): HTMLAnchorElement {
  const a = el('a', text);
  a.href = `${options.base}${href}`;
  if (options.target) a.target = options.target;
  return a;
}

/**
 * The contents of the panel for one event: its date in words and as EDTF, its title, themes and people, and
 * every witness with the sentence that evidences it and a link to its paragraph, then a link to the event itself.
 */
function panelContent(event: ChronologyEvent, data: ChronologyFile, options: LinkOptions): HTMLElement[] {
  const when = el('p', event.when, 'when');
  when.append(' ', el('code', event.edtf, 'edtf'));
  const title = el('h3', event.title);
  const facts = el('p', undefined, 'event-facts');
  const themes = event.themes.map((id) => data.themes.find((theme) => theme.id === id)?.title ?? id);
  if (themes.length > 0) facts.append(`Themes: ${themes.join(', ')}. `);
  event.people.forEach((id, i) => {
    facts.append(i === 0 ? 'People: ' : ', ');
    facts.append(link(`/people/${id}/`, data.people.find((person) => person.id === id)?.name ?? id, options));
  });
  const sources = el('ul', undefined, 'sources');
  for (const evidence of event.evidence) {
    const item = el('li');
    if (evidence.sentence) item.append(el('blockquote', evidence.sentence));
    item.append(link(evidence.path, evidence.headline, options));
    if (evidence.outlet) item.append(` (${evidence.outlet})`);
    sources.append(item);
  }
  const self = el('p', undefined, 'permalink');
  self.append(link(`/chronology/?event=${event.id}`, 'Link to this event', options));
  return [when, title, facts, sources, self];
}

/** The panel under a chart that shows the selected event; `show(undefined)` hides it. */
export interface Panel {
  show(event: ChronologyEvent | undefined): void;
}

/**
 * The panel for a chart's selected event, put after `anchor` (the chart's scroll box): announced politely to
 * screen readers when it changes, with a Close button that calls `onClose`. When the chart's data has no evidence
 * sentences (the light view, data.ts), `details` gives the whole file, and the panel fills them in when it comes.
 */
export function createPanel(
  anchor: Element,
  data: ChronologyFile,
  links: LinkOptions,
  onClose: () => void,
  details?: () => Promise<ChronologyFile>,
): Panel {
  const panel = el('section', undefined, 'chart-panel');
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', 'The selected event');
  anchor.after(panel);
  let shown: string | undefined;
  const render = (event: ChronologyEvent) => {
    const close = el('button', 'Close', 'close');
    close.type = 'button';
    close.addEventListener('click', onClose);
    panel.replaceChildren(close, ...panelContent(event, data, links));
  };
  return {
    show(event) {
      shown = event?.id;
      panel.hidden = !event;
      if (!event) {
        panel.replaceChildren();
        return;
      }
      render(event);
      if (!details || event.evidence.every((evidence) => evidence.sentence || !evidence.path.includes('#'))) return;
      void details().then((full) => {
        const whole = full.events.find((each) => each.id === event.id);
        if (whole && shown === event.id) render(whole);
      });
    },
  };
}
