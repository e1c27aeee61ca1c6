import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RedirectsFileSchema } from '../../src/schemas/data.ts';
import type { Lexicon } from '../../src/schemas/editorial.ts';
import type { Published } from './archive/redirects.ts';
import { codeVersion, IngestCache, seedKey } from './cache/index.ts';
import { type RelevanceIndex, relevanceIndex } from './cache/relevance.ts';
import { loadContent } from './content/index.ts';
import { InputError } from './errors.ts';
import { type IngestedArticle, ingestSeed, type SeedInput } from './pipeline.ts';
import { readSeed } from './read.ts';
import { render } from './render.ts';
import { type Synced, sync } from './write/files.ts';

/** Where the ingest reads and writes, relative to the project root. */
export interface IngestPaths {
  /** Raw seeds, `*.txt`. */
  seeds: string;
  /** The content folder: editorial files are read from it, `articles/` is written in it. */
  content: string;
}

/** What an ingest run did. */
export interface IngestReport {
  /** Files under `content/articles/` that were written, or in check mode would be. */
  changed: string[];
  /** Files under `content/articles/` that were removed, or in check mode would be. */
  removed: string[];
  /** The same for `content/data/`. */
  data: Synced;
  /** How many seeds became articles. */
  articles: number;
  /** The seeds that were run through the stages, every one unless a cache served the others. */
  ingested: string[];
  warnings: string[];
}

/** How a run goes beyond its paths. */
export interface IngestOptions {
  /** Say what would change and write nothing. */
  check?: boolean;
  /** The folder of the ingest's cache (cache/index.ts); without it, every seed is ingested. */
  cache?: string;
  /** The ingest's code version in cache keys; tests set it to stand for a changed rule. */
  code?: string;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Ingests every seed and writes `content/articles/` and `content/data/` (write/files.ts). Nothing is written unless every seed succeeds;
 * then only files whose bytes differ are written, and articles whose seed is gone are removed. With
 * `check`, nothing is written and the report says what would change.
 */
export function runIngest(
  paths: IngestPaths,
  { check = false, cache: cacheDir, code: version }: IngestOptions = {},
): IngestReport {
  const entries = readdirSync(paths.seeds).sort();
  const files = entries.filter((file) => file.toLowerCase().endsWith('.txt'));
  // Nothing in seeds/ is passed over in silence: an article saved as .md, .html or .docx would otherwise vanish.
  const skipped = entries
    .filter((file) => !file.toLowerCase().endsWith('.txt'))
    .map(
      (file) =>
        `seeds/${file}: not read, since the ingest reads only .txt files; save the article as plain text with a .txt name, or move the file out of seeds/.`,
    );
  if (files.length === 0) {
    throw new InputError(paths.seeds, 'holds no .txt seeds', 'add raw articles as .txt files to seeds/');
  }
  const { lexicon, gazetteer, themes, events, editorial } = loadContent(paths.content, files);
  const errors: InputError[] = [];
  const articles: IngestedArticle[] = [];
  const ingested: string[] = [];
  const cache = cacheDir ? new IngestCache(cacheDir) : undefined;
  const code = version ?? (cache ? codeVersion(ROOT) : '');
  const index = cache ? relevanceIndex(gazetteer, themes) : undefined;
  for (const file of files) {
    const seed = { file, bytes: readFileSync(join(paths.seeds, file)), editorial: editorial.get(file) ?? {} };
    try {
      const key = index && keyOf(seed, { code, lexicon, index });
      const cached = key ? cache?.get(key) : undefined;
      if (cached) {
        articles.push(cached);
        continue;
      }
      const article = ingestSeed(seed, lexicon, gazetteer, themes);
      ingested.push(file);
      articles.push(article);
      if (key) cache?.set(key, article);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));

  cache?.prune();
  const outputs = render(articles, editorial, gazetteer, events, published(paths.content));
  const written = sync(join(paths.content, 'articles'), '.mdx', outputs.articles, check);
  const data = sync(join(paths.content, 'data'), '.json', outputs.data, check);
  return {
    ...written,
    data,
    articles: articles.length,
    ingested,
    warnings: [...skipped, ...articles.flatMap((article) => article.warnings), ...outputs.warnings],
  };
}

/** A seed's cache key (cache/index.ts), from the text it decodes to; undefined for a seed that cannot be read. */
function keyOf(
  seed: SeedInput,
  { code, lexicon, index }: { code: string; lexicon: Lexicon; index: RelevanceIndex },
): string | undefined {
  let text: string;
  try {
    text = readSeed(seed.file, seed.bytes).text;
  } catch {
    return undefined; // ingestSeed reports it
  }
  return seedKey({ code, lexicon, ...seed, ...index.relevant([text]) });
}

/**
 * What the committed content published: each seed's slug, read from the articles' frontmatter, and the redirects
 * kept so far. A missing folder or file is an archive published for the first time.
 */
function published(content: string): Published {
  const articles = join(content, 'articles');
  const slugs = new Map<string, string>();
  for (const name of existsSync(articles) ? readdirSync(articles).filter((file) => file.endsWith('.mdx')) : []) {
    const seed = /^seed:\n {2}file: "([^"]+)"/m.exec(readFileSync(join(articles, name), 'utf8'))?.[1];
    if (seed) slugs.set(seed, name.replace(/\.mdx$/, ''));
  }
  const file = join(content, 'data', 'redirects.json');
  const redirects = existsSync(file) ? RedirectsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
  return { slugs, redirects };
}
