import { readFileSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
import { textSignature } from './archive/stories.ts';
import { InputError } from './errors.ts';
import { ingestSeed } from './pipeline.ts';
import { storyText } from './render.ts';
import type { Job, Outcome, Reply, Shared } from './workers.ts';
import { writeMdx } from './write/mdx.ts';

/**
 * One seed's ingest, on whichever thread runs it, and the code of the worker threads (workers.ts) that run it: this
 * module loads the whole of the ingest's rules and the libraries they use (compromise, chrono-node, franc), which a
 * main thread that only shares seeds out and gathers them never needs (run.ts imports it only to ingest there).
 */

/**
 * Ingests one seed: its article, or the `InputError` that stopped it; any other error is a bug and propagates. The
 * article comes with its MDX and its MinHash signature, which depend on it alone: made here, on the seed's worker,
 * they cost the main thread nothing, where made after every seed was in they were seconds of it at 1,000 seeds.
 */
export function ingestJob({ file, path, editorial }: Job, { lexicon, gazetteer, themes }: Shared): Outcome {
  try {
    const article = ingestSeed({ file, bytes: readFileSync(path), editorial }, lexicon, gazetteer, themes);
    article.mdx = writeMdx(article.frontmatter, article.blocks);
    article.signature = [...textSignature(storyText(article))];
    return article;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  // The content comes first, once; then a job at a time.
  let shared: Shared | undefined;
  port.on('message', (message: { shared: Shared } | { index: number; job: Job }) => {
    if ('shared' in message) {
      shared = message.shared;
      return;
    }
    if (!shared) throw new Error('a worker was sent a seed before the content');
    const { index, job } = message;
    const outcome = ingestJob(job, shared);
    const reply: Reply =
      outcome instanceof InputError
        ? { index, input: { file: outcome.file, reason: outcome.reason, fix: outcome.fix, line: outcome.line } }
        : { index, article: outcome };
    port.postMessage(reply);
  });
}
