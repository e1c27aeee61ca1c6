import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
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

/**
 * Compares output with a golden file. `UPDATE=1` rewrites the golden file instead, never in CI (where a
 * missing or stale golden file is a failure to fix by running the tests with `UPDATE=1` and reviewing the diff).
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env['UPDATE'] && !process.env['CI']) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`UPDATE=1 npx vitest run\` and review it.`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
