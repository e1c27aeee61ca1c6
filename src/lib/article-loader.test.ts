import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleRenderer } from '../components/mdx/render-article.ts';
import type { Article } from '../schemas/article.ts';
import { articleLoader } from './article-loader.ts';
import { ARTICLE_TEXTS, articleText, namedIn } from './article-text.ts';
import { citations, cslItem, referenceKept } from './cite.ts';
import { leadOf } from './feed.ts';
import { paragraphsOf } from './stories.ts';

let root: string;

const entity = (id: string, description: string, articles: string[] = []) => ({
  id,
  kind: 'place',
  name: id[0]?.toUpperCase() + id.slice(1),
  description,
  aliases: [],
  roles: [],
  automatic: false,
  articles,
});

function writeEntities(...entities: ReturnType<typeof entity>[]): void {
  writeFileSync(join(root, 'content', 'data', 'entities.json'), JSON.stringify(entities));
}

/**
 * An article file as the ingest writes one: frontmatter with a paragraph id per block, then the MDX body; with the
 * fields a reference is made of (cite.ts), as the collection's schema would give them.
 */
function writeArticle(id: string, ...blocks: string[]): void {
  const ids = blocks.map((_, n) => `  - "p-${id}-${n}"`).join('\n');
  writeFileSync(
    join(root, 'content', 'articles', `${id}.mdx`),
    `---\ntitle: "${id}"\nagencies: []\nlanguage: en\nparagraphs:\n${ids}\n---\n\n${blocks.join('\n\n')}\n`,
  );
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'article-loader-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(join(root, 'content', 'data'), { recursive: true });
  writeEntities(entity('geneva', 'City in Switzerland.'), entity('moscow', 'Capital of Russia.'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('an article made HTML', () => {
  const render = () => articleRenderer({ root, base: '/archive/' });

  it('has its annotations as plain elements, its blocks with their ids, and a literal <p> as a paragraph', async () => {
    const { html } = await render()(
      'Talks in <Place id="geneva">Geneva</Place>.\n\n<p><Place id="moscow">Moscow</Place> agreed.</p>\n',
      { paragraphs: ['p-one', 'p-two'] },
      'content/articles/x.mdx',
    );
    expect(html).toContain(
      '<a class="entity place" href="/archive/places/geneva/" title="City in Switzerland.">Geneva</a>',
    );
    expect(html).toMatch(/<p id="p-one">Talks in /);
    expect(html).toMatch(/<p id="p-two"><a class="entity place" href="\/archive\/places\/moscow\/"/);
    expect(html).not.toMatch(/<p[^>]*>\s*<p/);
  });

  it('shows markup written as text as text', async () => {
    const { html } = await render()(
      'A &lt;script>alert(1)&lt;/script> in the seed.\n',
      { paragraphs: ['p-a'] },
      'x.mdx',
    );
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toContain('<script');
  });

  it('stops at an element or an expression the archive does not write, with the file and the line', async () => {
    await expect(
      render()('Fine.\n\nA <Widget /> here.\n', { paragraphs: ['p-a', 'p-b'] }, 'content/articles/x.mdx'),
    ).rejects.toThrow(
      /content\/articles\/x\.mdx:3: <Widget> is not an annotation the archive knows[\s\S]*npm run ingest/,
    );
    await expect(render()('A {1 + 1} here.\n', { paragraphs: ['p-a'] }, 'content/articles/y.mdx')).rejects.toThrow(
      /content\/articles\/y\.mdx:1: a mdxTextExpression is not an annotation/,
    );
  });
});

/** Astro's content store and loader context, as much of them as the loader uses; `parsed` counts the entries parsed. */
function context(base = '/') {
  type Entry = {
    id: string;
    digest?: string | number;
    rendered?: { html: string; metadata?: Record<string, unknown> };
  };
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    delete: (id: string) => entries.delete(id),
  };
  const value = {
    collection: 'articles',
    store,
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: string | Record<string, unknown>) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    config: { root: pathToFileURL(`${root}/`), base, site: 'https://example.org' },
  } as unknown as LoaderContext;
  return { value, entries, parsed };
}

/** The text the loader kept for an article of the context's store. */
function text(id: string, entries: Map<string, { id: string; rendered?: { html: string } }>) {
  const entry = entries.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return articleText(entry, root);
}

describe('the articles loader', () => {
  const load = (given: LoaderContext, writerFrom?: number) =>
    articleLoader({ folder: join('content', 'articles'), ...(writerFrom ? { writerFrom } : {}) }).load(given);

  it('parses and renders an article again only when its text or an entity it names changes as shown', async () => {
    writeArticle('a', 'In <Place id="geneva">Geneva</Place>.');
    writeArticle('b', 'In <Place id="moscow">Moscow</Place>.');
    const { value, entries, parsed } = context();
    await load(value);
    expect(parsed).toEqual(['a', 'b']);
    expect(text('a', entries).html).toContain('title="City in Switzerland."');

    await load(value);
    expect(parsed).toEqual(['a', 'b']);

    // Which articles name an entity is not shown by an annotation: no article is made again.
    writeEntities(entity('geneva', 'City in Switzerland.', ['a']), entity('moscow', 'Capital of Russia.', ['b']));
    await load(value);
    expect(parsed).toEqual(['a', 'b']);

    writeEntities(entity('geneva', 'Swiss city.'), entity('moscow', 'Capital of Russia.'));
    await load(value);
    expect(parsed).toEqual(['a', 'b', 'a']);
    expect(text('a', entries).html).toContain('title="Swiss city."');

    writeArticle('b', 'In <Place id="moscow">Moscow</Place> again.');
    await load(value);
    expect(parsed).toEqual(['a', 'b', 'a', 'b']);
  });

  it("keeps each block's plain text with the HTML, as a story compares witnesses", async () => {
    writeArticle(
      'a',
      'Talks in <Place id="geneva">Geneva</Place>\nbegan.',
      '## After',
      '<p>Then <Place id="moscow">Moscow</Place>.</p>',
    );
    const { value, entries } = context();
    await load(value);
    const { body, paragraphs } = text('a', entries);
    expect(paragraphs).toEqual(paragraphsOf(body, ['p-a-0', 'p-a-1', 'p-a-2']));
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['Talks in Geneva began.', 'After', 'Then Moscow.']);
  });

  it('keeps the text of the first paragraph with the HTML, for the feed', async () => {
    writeArticle('a', '<Place id="geneva">Geneva</Place>  talks\nbegan.', 'Second.');
    writeArticle('b', '## A heading only');
    const { value, entries } = context();
    await load(value);
    expect(leadOf(entries.get('a')?.rendered)).toBe('Geneva talks began.');
    expect(leadOf(entries.get('b')?.rendered)).toBeUndefined();
  });

  it('keeps the HTML and the body beside the store, one file per digest, and makes again an article whose file is gone', async () => {
    writeArticle('a', 'In <Place id="geneva">Geneva</Place>.');
    writeArticle('b', 'Two.');
    const { value, entries, parsed } = context();
    await load(value);
    const entry = entries.get('a');
    expect(entry?.rendered?.html).toBe('');
    expect(entry && 'body' in entry).toBe(false);
    expect(text('a', entries).body).toBe('\n\nIn <Place id="geneva">Geneva</Place>.\n');
    expect(entry && namedIn(entry)).toEqual(['geneva']);
    const texts = join(root, 'node_modules', '.astro', ARTICLE_TEXTS);
    expect(readdirSync(texts).sort()).toEqual([`${entry?.digest}.json`, `${entries.get('b')?.digest}.json`].sort());

    // A text removed behind the loader's back is made again, though the digest in the store is the same.
    rmSync(join(texts, `${entry?.digest}.json`));
    await load(value);
    expect(parsed).toEqual(['a', 'b', 'a']);
    expect(text('a', entries).html).toContain('Geneva');

    // An edited article's last text is removed with the next load.
    const before = entries.get('b')?.digest;
    writeArticle('b', 'Two, edited.');
    await load(value);
    expect(existsSync(join(texts, `${before}.json`))).toBe(false);
    expect(text('b', entries).body).toContain('Two, edited.');
  });

  it('forgets an article whose file is gone', async () => {
    writeArticle('a', 'One.');
    writeArticle('b', 'Two.');
    const { value, entries } = context();
    await load(value);
    rmSync(join(root, 'content', 'articles', 'b.mdx'));
    await load(value);
    expect([...entries.keys()]).toEqual(['a']);
  });
});

describe('the references written ahead of the pages', () => {
  const load = (given: LoaderContext, writerFrom: number) =>
    articleLoader({ folder: join('content', 'articles'), writerFrom }).load(given);
  let folder: string;
  beforeEach(() => {
    folder = join(root, '.cache', 'citations');
    process.env.CITATION_CACHE = folder;
  });
  afterEach(() => {
    delete process.env.CITATION_CACHE;
  });
  /** The reference to an article of the store as its page makes it, at the page's address. */
  const itemOf = (id: string, entries: ReturnType<typeof context>['entries']) =>
    cslItem(id, (entries.get(id) as unknown as { data: Article }).data, `https://example.org/articles/${id}/`);

  it('are written on a worker, those of articles made and of articles kept, as the pages would write them', async () => {
    writeArticle('a', 'One.');
    writeArticle('b', 'Two.');
    const { value, entries } = context();
    await load(value, Number.POSITIVE_INFINITY);
    expect(existsSync(folder)).toBe(false);

    // The articles are kept; their references, missing, are written on the worker.
    await load(value, 2);
    expect(readdirSync(folder)).toHaveLength(2);
    writeArticle('c', 'Three.');
    rmSync(folder, { recursive: true });
    await load(value, 1);
    expect(readdirSync(folder)).toHaveLength(3);
    for (const id of ['a', 'b', 'c']) {
      const item = itemOf(id, entries);
      expect(referenceKept(item)).toBe(true);
      const written = citations(item).text;
      delete process.env.CITATION_CACHE;
      expect(written).toBe(citations(item).text);
      expect(written).toMatch(new RegExp(`^${id}\\..*https://example\\.org/articles/${id}/$`));
      process.env.CITATION_CACHE = folder;
    }
  });

  it('are made at the address the page has under a base path', async () => {
    writeArticle('a', 'One.');
    const { value, entries } = context('/archive');
    await load(value, 1);
    const data = (entries.get('a') as unknown as { data: Article }).data;
    expect(referenceKept(cslItem('a', data, 'https://example.org/archive/articles/a/'))).toBe(true);
  });

  it('are left to the pages when few are missing, or none can be kept', async () => {
    writeArticle('a', 'One.');
    const { value } = context();
    await load(value, 2);
    expect(existsSync(folder)).toBe(false);
    delete process.env.CITATION_CACHE;
    await load(context().value, 1);
    expect(existsSync(folder)).toBe(false);
  });
});
