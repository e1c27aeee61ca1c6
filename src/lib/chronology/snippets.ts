/** What a reader chose to embed: a theme and a span of years, each optional. */
export interface EmbedChoice {
  theme?: string | undefined;
  themeTitle?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/** The copy-paste snippets for the three ways to embed the chronology. */
export interface Snippets {
  iframe: string;
  element: string;
  image: string;
  markdown: string;
}

/**
 * The snippets for a choice, with absolute addresses under `site` (the archive's configured URL): an iframe and
 * the few lines that size it to the height it reports (`mw-chronology:height` messages from that origin only), the
 * custom element with its one script, and the standalone SVG as HTML and as Markdown.
 */
export function embedSnippets(site: string, choice: EmbedChoice): Snippets {
  const base = site.replace(/\/$/, '');
  const origin = new URL(base).origin;
  const query = new URLSearchParams();
  if (choice.theme) query.set('theme', choice.theme);
  if (choice.from) query.set('from', String(choice.from));
  if (choice.to) query.set('to', String(choice.to));
  const search = query.size > 0 ? `?${query}` : '';
  const name = `Moscow–Washington chronology${choice.themeTitle ? `: ${choice.themeTitle}` : ''}`;
  const attributes = [...query].map(([key, value]) => ` ${key}="${value}"`).join('');
  const svg = `${base}/embed/chronology${choice.theme ? `-${choice.theme}` : ''}.svg`;
  return {
    iframe: [
      `<iframe src="${base}/embed/chronology/${search}" title="${name}"`,
      '  style="width: 100%; border: 0" height="520" loading="lazy"></iframe>',
      '<script>',
      "  addEventListener('message', (event) => {",
      `    if (event.origin !== '${origin}' || event.data?.type !== 'mw-chronology:height') return;`,
      '    for (const frame of document.querySelectorAll("iframe")) {',
      '      if (frame.contentWindow === event.source) frame.height = String(event.data.height);',
      '    }',
      '  });',
      '</script>',
    ].join('\n'),
    element: [
      `<script type="module" src="${base}/embed/chronology.js"></script>`,
      `<mw-chronology${attributes}></mw-chronology>`,
    ].join('\n'),
    image: `<a href="${base}/chronology/"><img src="${svg}" alt="${name}, with a link to the full table" width="1040"></a>`,
    markdown: `[![${name}](${svg})](${base}/chronology/)`,
  };
}
