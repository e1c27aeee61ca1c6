import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Paragraph } from './stories.ts';

/**
 * The folder, in Astro's cache folder, where the articles loader keeps each article's HTML and MDX body, one JSON file
 * per digest, outside Astro's content store (src/lib/article-loader.ts says why).
 */
export const ARTICLE_TEXTS = 'chronicle-articles';

/**
 * What is kept of an article's text beside the store: its HTML, its MDX body (the file after the frontmatter), and its
 * blocks as plain text, as a story's pages compare them (stories.ts, `blocksOf`).
 */
export interface ArticleText {
  html: string;
  body: string;
  paragraphs: Paragraph[];
}

/** An `articles` entry as far as its text is concerned: the facts the loader stored about it. */
export interface TextualEntry {
  id: string;
  rendered?: { html?: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * The HTML and MDX body of an `articles` entry, read from where the loader kept them (`rendered.metadata.text`,
 * relative to the project's root, the folder the build runs in). Throws when they cannot be read, rather than give an
 * article page without its text.
 */
export function articleText(entry: TextualEntry, root: string = process.cwd()): ArticleText {
  const file = entry.rendered?.metadata?.text;
  if (typeof file !== 'string') {
    throw new Error(`The article "${entry.id}" has no text kept by the articles loader (src/lib/article-loader.ts).`);
  }
  return JSON.parse(readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8')) as ArticleText;
}

/** The entities the annotations of an `articles` entry name, by id, as the loader found them (`metadata.named`). */
export function namedIn(entry: TextualEntry): string[] {
  const named = entry.rendered?.metadata?.named;
  return Array.isArray(named) ? named.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The entry as Astro's `render()` takes it, with its HTML read back: `render(withHtml(entry))` gives the component
 * Astro would have given had the HTML been in the store.
 */
export function withHtml<E extends TextualEntry>(entry: E): E {
  return { ...entry, rendered: { ...entry.rendered, html: articleText(entry).html } };
}
