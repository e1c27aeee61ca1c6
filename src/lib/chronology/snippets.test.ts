import { describe, expect, it } from 'vitest';
import { embedSnippets } from './snippets.ts';

describe('embed snippets', () => {
  const snippets = embedSnippets('https://archive.example/', {
    theme: 'iran',
    themeTitle: 'Iran',
    from: 2002,
    to: 2015,
  });

  it('points the iframe at the chosen theme and years, and sizes it from its own origin only', () => {
    expect(snippets.iframe).toContain('src="https://archive.example/embed/chronology/?theme=iran&from=2002&to=2015"');
    expect(snippets.iframe).toContain("event.origin !== 'https://archive.example'");
    expect(snippets.iframe.split('\n').length).toBeLessThanOrEqual(10);
  });

  it('gives the element the same choice as attributes, and loads its one script', () => {
    expect(snippets.element).toBe(
      '<script type="module" src="https://archive.example/embed/chronology.js"></script>\n<mw-chronology theme="iran" from="2002" to="2015"></mw-chronology>',
    );
  });

  it('gives the theme’s standalone drawing as HTML and Markdown', () => {
    expect(snippets.image).toContain('src="https://archive.example/embed/chronology-iran.svg"');
    expect(snippets.markdown).toBe(
      '[![Moscow–Washington chronology: Iran](https://archive.example/embed/chronology-iran.svg)](https://archive.example/chronology/)',
    );
  });

  it('embeds the whole chronology when nothing is chosen', () => {
    const whole = embedSnippets('https://archive.example', {});
    expect(whole.iframe).toContain('src="https://archive.example/embed/chronology/"');
    expect(whole.element).toContain('<mw-chronology></mw-chronology>');
    expect(whole.image).toContain('/embed/chronology.svg');
  });
});
