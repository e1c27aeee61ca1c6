import { type EmbedChoice, embedSnippets } from '../lib/chronology/snippets.ts';
import { href } from '../lib/url.ts';

/**
 * Keeps the /embed/ page's snippets and previews on the reader's choice of theme and years, and the choice in the
 * page's address. The snippets' addresses are the archive's own, read from the iframe snippet the build wrote.
 */
export function followChoice(): void {
  const form = document.querySelector<HTMLFormElement>('#embed-choice');
  const written = document.querySelector('[data-snippet="iframe"]')?.textContent ?? '';
  const site = /src="(.+?)\/embed\/chronology\//.exec(written)?.[1];
  if (!form || !site) return;
  const params = new URLSearchParams(location.search);
  for (const name of ['theme', 'from', 'to']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && params.get(name)) field.value = params.get(name) ?? '';
  }
  const update = () => {
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const year = (name: string) => (/^\d{4}$/.test(value(name)) ? Number(value(name)) : undefined);
    const theme = form.querySelector<HTMLSelectElement>('select[name="theme"]');
    const choice: EmbedChoice = {
      theme: value('theme') || undefined,
      themeTitle: theme?.value ? (theme.selectedOptions[0]?.textContent ?? undefined) : undefined,
      from: year('from'),
      to: year('to'),
    };
    const snippets = embedSnippets(site, choice);
    for (const [name, text] of Object.entries(snippets)) {
      const code = document.querySelector(`[data-snippet="${name}"]`);
      if (code) code.textContent = text;
    }
    const query = new URLSearchParams(
      Object.entries({ theme: choice.theme, from: choice.from, to: choice.to }).flatMap(([k, v]) =>
        v === undefined ? [] : [[k, String(v)]],
      ),
    ).toString();
    const frame = document.querySelector<HTMLIFrameElement>('iframe.embed-preview');
    if (frame) frame.src = href(`/embed/chronology/${query ? `?${query}` : ''}`);
    const element = document.querySelector('mw-chronology');
    for (const name of ['theme', 'from', 'to'] as const) {
      const v = choice[name];
      if (v === undefined) element?.removeAttribute(name);
      else element?.setAttribute(name, String(v));
    }
    const image = document.querySelector<HTMLImageElement>('[data-preview="image"]');
    if (image) image.src = href(`/embed/chronology${choice.theme ? `-${choice.theme}` : ''}.svg`);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };
  // The preview sizes itself as a host page would, from the height the iframe reports.
  addEventListener('message', (event) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.embed-preview');
    if (event.origin !== location.origin || event.source !== frame?.contentWindow) return;
    if (event.data?.type === 'mw-chronology:height') frame.style.height = `${event.data.height}px`;
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  if (params.size > 0) update();
}
