import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSeed } from '../../scripts/ingest/read.ts';
import type { Article } from '../schemas/article.ts';

/** The raw seed an article was made from, as received, and its text decoded as the ingest decoded it. */
export interface Seed {
  bytes: Uint8Array;
  /** Decoded by the ingest's own reader, so that lines are numbered as the editorial notes number them. */
  text: string;
}

/**
 * Reads an article's seed from `seeds/` (or `SEEDS_DIR`, as the ingest does) at build time. A seed that is missing
 * or differs from the one the article was made from stops the build: the source view would show other text than
 * the article's notes describe.
 */
export function seedOf(article: Pick<Article, 'seed'>): Seed {
  const path = resolve(process.env.SEEDS_DIR ?? 'seeds', article.seed.file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(
      `${path}: the seed of an article is missing; restore it, or run npm run ingest to drop its article.`,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== article.seed.sha256) {
    throw new Error(`${path}: the seed changed since its article was made (SHA-256 ${sha256}); run npm run ingest.`);
  }
  return { bytes, text: readSeed(article.seed.file, bytes).text };
}
