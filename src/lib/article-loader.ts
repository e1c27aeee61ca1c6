import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { codeVersion } from '../../scripts/ingest/cache/index.ts';
import { articleRenderer } from '../components/mdx/render-article.ts';
import type { Article } from '../schemas/article.ts';
import { ARTICLE_TEXTS, type ArticleText } from './article-text.ts';
import { basePath } from './base-path.ts';
import { type CslItem, cslItem, referenceKept } from './cite.ts';
import { contentReady } from './content-ready.ts';
import { shownEntity } from './page-keys.ts';
import { startReferenceWriter } from './reference-writer.ts';
import { writeWholeLater } from './write-whole.ts';

/**
 * The `articles` collection: every `content/articles/*.mdx` the ingest wrote, its frontmatter validated by the
 * collection's schema and its body made HTML here (render-article.ts), as Astro's own `glob()` loader does for
 * Markdown, rather than each article compiled into a module for the bundler, as `glob()` does for MDX. Each article is
 * kept between builds with a digest of all it was made from: the file, the base path, the entities the file names as
 * the annotations show them, and the code that renders it; an article whose digest did not change is not parsed or
 * rendered again.
 *
 * Astro's content store holds each article's frontmatter, digest and a few facts about its text (`rendered.metadata`:
 * the headings, the first paragraph's text for the feed, read by `leadOf`, the entities its annotations name, and
 * where its text is kept), not its HTML and MDX body: those are kept beside the store, one file per digest
 * (`ARTICLE_TEXTS` in Astro's cache folder, read by `articleText`). Astro writes its whole store again on every
 * build and the prerender reads it whole, whatever changed; the HTML and bodies were three fifths of it (14 of 24 MB
 * at 1,000 articles), and a rebuild's pages need only the text of the few articles they render again. A file is named
 * by the digest, so it holds exactly what that digest was made from, and an article whose file is missing is made
 * again. In `astro dev` an edited, added or deleted file, or a new entities file, is loaded again at once.
 *
 * A clean build makes every article here, and has every article's reference in words (cite.ts) written meanwhile on a
 * worker thread (reference-writer.ts), so that the article pages find them kept.
 */
export function articleLoader({ folder, writerFrom = WRITER_FROM }: LoaderOptions): Loader {
  return { name: 'chronicle-articles', load: (context) => loadArticles(context, folder, writerFrom) };
}

export interface LoaderOptions {
  /** The articles' folder, from the project's root. */
  folder: string;
  /** From how many articles to make, or references to write, these are written on a worker (reference-writer.ts). */
  writerFrom?: number;
}

/**
 * Below this, references are left to the pages: a rebuild after an edit makes one or two articles, whose references
 * are most often kept already, and starting a worker (citeproc-js compiling its style there) would cost more.
 */
const WRITER_FROM = 100;

/** The source files the rendering of an article depends on, beside the article and the entities. */
const RENDERING_CODE = [join('src', 'components', 'mdx'), join('src', 'lib'), join('src', 'schemas')];

async function loadArticles(context: LoaderContext, folder: string, writerFrom: number): Promise<void> {
  await contentReady();
  const { store, parseData, generateDigest, config, watcher } = context;
  const root = fileURLToPath(config.root);
  const dir = join(root, folder);
  const base = basePath(config.base);
  let render = articleRenderer({ root, base });
  let entities = shownEntities(root);
  // The same digest of code and lockfile as the ingest's cache keys, over the code that renders an article.
  const code = codeVersion(root, RENDERING_CODE);
  const texts = join(
    config.cacheDir ? fileURLToPath(config.cacheDir) : join(root, 'node_modules', '.astro'),
    ARTICLE_TEXTS,
  );
  mkdirSync(texts, { recursive: true });
  const textFile = (digest: string) => join(texts, `${digest}.json`);

  /** An article file as read, with its digest; `made` when the store has that digest and its text is kept. */
  const read = (name: string) => {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const named = [...new Set([...text.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] ?? ''))].sort();
    const digest = generateDigest(
      [code, base, text, ...named.map((entity) => `${entity}=${entities.get(entity) ?? ''}`)].join('\0'),
    );
    const id = name.replace(/\.mdx$/, '');
    const made = store.get(id)?.digest === digest && existsSync(textFile(digest));
    return { id, text, named, digest, filePath: relative(root, path), made };
  };
  type Read = ReturnType<typeof read>;

  // The texts being written, by digest: two articles of the same digest share one file, written once. The files are
  // written while the next articles render (1.3 s of a clean build at 1,000 articles, written one by one), and awaited
  // before the loader ends, so that no page reads one half written.
  const writing = new Map<string, Promise<void>>();
  const written = () => Promise.all(writing.values());

  /** Parses, renders and keeps an article, its text once `written()` resolves; its data, as the schema made it. */
  const make = async ({ id, text, named, digest, filePath }: Read): Promise<unknown> => {
    const { frontmatter, content } = parseFrontmatter(text);
    const data = await parseData({ id, data: frontmatter, filePath });
    const { html, headings, paragraphs, lead } = await render(content, frontmatter, filePath);
    const kept: ArticleText = { html, body: content, paragraphs };
    const file = textFile(digest);
    if (!writing.has(digest)) {
      const write = writeWholeLater(file, JSON.stringify(kept));
      // Awaited by `written()`; a failure meanwhile is reported there, or by the error that stopped the load first.
      write.catch(() => undefined);
      writing.set(digest, write);
    }
    // The feed's summary is kept in the store, so that a build that renders no article again reads no text for it.
    const metadata = { headings, named, text: relative(root, file), ...(lead === undefined ? {} : { lead }) };
    store.set({ id, data, filePath, digest, rendered: { html: '', metadata } });
    return data;
  };

  const load = async (name: string): Promise<void> => {
    const article = read(name);
    if (article.made) return;
    await make(article);
    await written();
  };

  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];
  const toMake: Read[] = [];
  const kept: string[] = [];
  for (const name of names) {
    const article = read(name);
    if (article.made) kept.push(article.id);
    else toMake.push(article);
  }
  // The references in words the article pages will show, where they are kept between builds (cite.ts), and not kept
  // yet: each made of the article's data and its page's address, as the page makes it (`absolute` in url.ts).
  const site = process.env.CITATION_CACHE ? config.site : undefined;
  const unwritten = (id: string, data: unknown): CslItem | undefined => {
    if (!site) return undefined;
    const item = cslItem(id, data as Article, new URL(`${base}articles/${id}/`, site).href);
    return referenceKept(item) ? undefined : item;
  };
  const unwrittenKept = kept.flatMap((id) => unwritten(id, store.get(id)?.data) ?? []);
  // Many articles to make (a clean build), or references to write: the references are written on a worker thread
  // (reference-writer.ts) as the articles are made here, each as soon as its data is known.
  const writer =
    site && (toMake.length >= writerFrom || unwrittenKept.length >= writerFrom) ? startReferenceWriter() : undefined;
  try {
    const references = writer ? unwrittenKept.map((item) => writer.write(item)) : [];
    for (const article of toMake) {
      const data = await make(article);
      const item = writer && unwritten(article.id, data);
      if (item) references.push(writer.write(item));
    }
    await Promise.all(references);
    await written();
  } finally {
    writer?.close();
  }
  const present = new Set(names.map((name) => name.replace(/\.mdx$/, '')));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  // The texts of digests no article has any more (an edited or deleted article's last version) are removed.
  const current = new Set(store.values().map((entry) => `${entry.digest}.json`));
  for (const name of readdirSync(texts)) if (!current.has(name)) rmSync(join(texts, name), { force: true });

  if (!watcher) return;
  const ours = (path: string) => path.startsWith(dir) && path.endsWith('.mdx');
  watcher.add(dir);
  watcher.on('change', async (path) => {
    if (ours(path)) await load(relative(dir, path));
    else if (path === join(root, 'content', 'data', 'entities.json')) {
      // Every article may name a changed entity: a new renderer reads the file again, and the digests tell which.
      render = articleRenderer({ root, base });
      entities = shownEntities(root);
      for (const name of readdirSync(dir).filter((each) => each.endsWith('.mdx'))) await load(name);
    }
  });
  watcher.on('add', async (path) => {
    if (ours(path)) await load(relative(dir, path));
  });
  watcher.on('unlink', (path) => {
    if (ours(path)) store.delete(relative(dir, path).replace(/\.mdx$/, ''));
  });
}

/**
 * Each entity of `content/data/entities.json` as an annotation shows it (page-keys.ts, `shownEntity`), as JSON.
 */
function shownEntities(root: string): Map<string, string> {
  const file = join(root, 'content', 'data', 'entities.json');
  if (!existsSync(file)) return new Map();
  const records = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
  return new Map(records.map((record) => [record.id, JSON.stringify(shownEntity(record))]));
}
