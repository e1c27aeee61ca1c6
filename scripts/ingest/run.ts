import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RedirectsFileSchema } from '../../src/schemas/data.ts';
import type { Published } from './archive/redirects.ts';
import { loadContent } from './content/index.ts';
import { InputError } from './errors.ts';
import { type IngestedArticle, ingestSeed } from './pipeline.ts';
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
  warnings: string[];
}

/**
 * Ingests every seed and writes `content/articles/` and `content/data/` (write/files.ts). Nothing is written unless every seed succeeds;
 * then only files whose bytes differ are written, and articles whose seed is gone are removed. With
 * `check`, nothing is written and the report says what would change.
 */
export function runIngest(paths: IngestPaths, { check = false } = {}): IngestReport {
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
  for (const file of files) {
    try {
      articles.push(
        ingestSeed(
          { file, bytes: readFileSync(join(paths.seeds, file)), editorial: editorial.get(file) ?? {} },
          lexicon,
          gazetteer,
          themes,
        ),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));

  const outputs = render(articles, editorial, gazetteer, events, published(paths.content));
  const written = sync(join(paths.content, 'articles'), '.mdx', outputs.articles, check);
  const data = sync(join(paths.content, 'data'), '.json', outputs.data, check);
  return {
    ...written,
    data,
    warnings: [...skipped, ...articles.flatMap((article) => article.warnings), ...outputs.warnings],
  };
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
