import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../scripts/ingest/content/index.ts';
import { type IngestedArticle, ingestSeed } from '../scripts/ingest/pipeline.ts';
import { blockText } from '../scripts/ingest/text/document.ts';
import { writeMdx } from '../scripts/ingest/write/mdx.ts';
import type { SeedEditorial } from '../src/schemas/editorial.ts';
import { CONTENT, SEEDS } from './paths.ts';

/** The five seeds by their number. */
export const SEED_FILES = {
  '000': '000_930bb7c079e392ac.txt',
  '001': '001_173a5491ff2380e5.txt',
  '002': '002_28f635b30a3f27c3.txt',
  '003': '003_53c4489924289c88.txt',
  '004': '004_a608fb363b637e8a.txt',
} as const;

/**
 * The project's content as the ingest loads it, with the seeds' editorial files: the tests use the real cleaning
 * vocabulary, gazetteer and themes, since the rules are only as good as they are.
 */
const content = loadContent(CONTENT, Object.values(SEED_FILES));
export const { lexicon, gazetteer, themes } = content;

/** One of the five seeds through the pipeline, with its editorial file. */
export function ingestRealSeed(number: keyof typeof SEED_FILES): IngestedArticle {
  const file = SEED_FILES[number];
  return ingestSeed(
    { file, bytes: readFileSync(join(SEEDS, file)), editorial: content.editorial.get(file) ?? {} },
    lexicon,
    gazetteer,
    themes,
  );
}

/** Text or bytes through the pipeline as a seed named `file`, with no editorial file unless given. */
export function ingestText(file: string, text: string | Uint8Array, editorial: SeedEditorial = {}): IngestedArticle {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return ingestSeed({ file, bytes, editorial }, lexicon, gazetteer, themes);
}

/** The article's text as a reader sees it, annotations and all marks dropped: blocks joined by blank lines. */
export function textOf(article: IngestedArticle): string {
  return article.blocks.map(blockText).join('\n\n');
}

/** The MDX the ingest writes for an article. */
export function mdxOf(article: IngestedArticle): string {
  return writeMdx(article.frontmatter, article.blocks);
}

/** The MDX after its frontmatter: what a reader sees. */
export function bodyOf(article: IngestedArticle): string {
  return mdxOf(article).replace(/^---\n[\s\S]*?\n---\n/, '');
}
