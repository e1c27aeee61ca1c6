import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeAnnotations } from './rehype-annotations.ts';

const root = mkdtempSync(join(tmpdir(), 'annotations-'));
mkdirSync(join(root, 'content', 'data'), { recursive: true });
writeFileSync(
  join(root, 'content', 'data', 'entities.json'),
  JSON.stringify(
    [
      { id: 'sergei-lavrov', kind: 'person', name: 'Sergei Lavrov', description: 'Foreign minister of Russia.' },
      { id: 'kamal-kharrazi', kind: 'person', name: 'Kamal Kharrazi', description: 'Foreign minister of Iran.' },
      { id: 'geneva', kind: 'place', name: 'Geneva', description: 'City in Switzerland.' },
      {
        id: 'state-department',
        kind: 'organisation',
        name: 'US State Department',
        description: 'Foreign ministry of the US.',
      },
    ].map((entity) => ({ aliases: [], roles: [], automatic: false, articles: [], ...entity })),
  ),
);

/** An MDX element as remark-rehype hands it on. */
const jsx = (name: string, attributes: Record<string, string>, ...children: RootContent[]): RootContent =>
  ({
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  }) as unknown as RootContent;
const text = (value: string): Text => ({ type: 'text', value });

function html(base: string, ...children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  rehypeAnnotations({ root, base })(tree, { path: 'content/articles/x.mdx' });
  return toHtml(tree);
}

describe('rehypeAnnotations', () => {
  it('links a person under the base path and weighs the name in search', () => {
    expect(html('/archive/', jsx('Person', { id: 'sergei-lavrov' }, text('Lavrov')))).toBe(
      '<a class="entity person" href="/archive/people/sergei-lavrov/" title="Sergei Lavrov" data-pagefind-weight="4">Lavrov</a>',
    );
  });

  it("indexes the gazetteer's spelling of a name the text spells otherwise", () => {
    expect(html('/', jsx('Person', { id: 'kamal-kharrazi' }, text('Kharazzi')))).toContain(
      'data-pagefind-index-attrs="title"',
    );
  });

  it('links the page after a mention that holds a link of its own, never a link in a link', () => {
    const out = html('/', jsx('Place', { id: 'geneva' }, jsx('Repair', { n: '2' }, text('Geneva'))));
    expect(out).toBe(
      '<span class="entity-name" title="City in Switzerland."><span class="repair">Geneva</span>' +
        '<sup class="note-ref" data-pagefind-ignore><a href="#note-2" id="note-ref-2" aria-label="Editorial note 2" data-n="2"></a></sup>' +
        '<a class="entity place" href="/places/geneva/" aria-label="Geneva, its page">→</a></span>',
    );
  });

  it('marks a quotation with its speaker and glosses who said it, an institution without a link', () => {
    expect(html('/', jsx('Quote', { n: '3', speaker: 'sergei-lavrov', last: 'true' }, text('strange')))).toBe(
      '<q class="quote" id="quote-3" data-speaker="Sergei Lavrov">strange</q>',
    );
    expect(html('/', jsx('GlossQuote', { n: '3', words: 'strange', speaker: 'state-department' }))).toBe(
      '<li><a href="#quote-3" class="gloss-quote">strange</a> — said by US State Department</li>',
    );
    expect(html('/', jsx('GlossQuote', { n: '4', words: 'no' }))).toContain('the text does not say who said it');
  });

  it('gives a resolved date its datetime and leaves an unresolved one a span', () => {
    expect(html('/', jsx('Time', { edtf: '2009-03-06' }, text('Friday')))).toBe(
      '<time class="time" datetime="2009-03-06" title="6 March 2009">Friday</time>',
    );
    expect(html('/', jsx('Time', {}, text('soon')))).toBe('<span class="time unresolved">soon</span>');
  });

  it('stops on an entity the archive does not have, naming the file and the fix', () => {
    expect(() => html('/', jsx('Person', { id: 'nobody-known' }, text('X')))).toThrow(
      /content\/articles\/x\.mdx: <Person id="nobody-known">: no such entity.*npm run ingest/,
    );
  });

  it('stops on a wrong prop, naming the component and the prop', () => {
    expect(() => html('/', jsx('Quote', { n: 'three' }, text('X')))).toThrow(/<Quote> has wrong props: "n"/);
  });

  it('leaves other elements and components as they are', () => {
    const link = jsx('ArticleLink', { to: 'x' }, text('an article'));
    const tree: Root = { type: 'root', children: [link] };
    rehypeAnnotations({ root, base: '/' })(tree, {});
    expect(tree.children).toEqual([link]);
    expect(html('/', { type: 'element', tagName: 'p', properties: {}, children: [text('plain')] })).toBe(
      '<p>plain</p>',
    );
  });

  it('says which data file is wrong and how to mend it', () => {
    const broken = mkdtempSync(join(tmpdir(), 'annotations-'));
    mkdirSync(join(broken, 'content', 'data'), { recursive: true });
    writeFileSync(join(broken, 'content', 'data', 'entities.json'), '[{"id": "x"}]');
    const tree: Root = { type: 'root', children: [jsx('Person', { id: 'x' }, text('X'))] };
    expect(() => rehypeAnnotations({ root: broken, base: '/' })(tree, {})).toThrow(
      /entities\.json is not as the ingest writes it:[\s\S]*name[\s\S]*Run npm run ingest/,
    );
  });
});
