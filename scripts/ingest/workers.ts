import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Lexicon, SeedEditorial } from '../../src/schemas/editorial.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import { InputError } from './errors.ts';
import { type IngestedArticle, ingestSeed } from './pipeline.ts';

/**
 * Seeds ingested on worker threads (node:worker_threads), one worker per core: each seed is ingested on its own,
 * so the seeds can be shared out, and only the archive-wide steps (render.ts) need them all, after. The editors'
 * content is read once, on the main thread, and copied to each worker; a worker reads its seed's bytes itself.
 * The same module is the workers' code: run as a worker, it ingests what it is sent.
 */

/** What every seed is ingested with. */
export interface Shared {
  lexicon: Lexicon;
  gazetteer: KindedEntry[];
  themes: Theme[];
}

/** One seed to ingest. */
export interface Job {
  file: string;
  /** Where the seed's bytes are. */
  path: string;
  editorial: SeedEditorial;
}

/** A seed's outcome: its article, or the input error that stopped it. */
export type Outcome = IngestedArticle | InputError;

/** A worker's answer. An `InputError` is sent as its fields, since a copy between threads loses its class. */
type Reply =
  | { index: number; article: IngestedArticle }
  | { index: number; input: { file: string; reason: string; fix: string; line: number | undefined } };

/** Ingests one seed: its article, or the `InputError` that stopped it; any other error is a bug and propagates. */
export function ingestJob({ file, path, editorial }: Job, { lexicon, gazetteer, themes }: Shared): Outcome {
  try {
    return ingestSeed({ file, bytes: readFileSync(path), editorial }, lexicon, gazetteer, themes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/**
 * The outcome of every job, in the jobs' order whatever order the workers finish in, ingested on `threads` workers
 * that take the next job as they finish one; `done` is called as each job finishes. A worker that crashes (a bug,
 * not a bad seed) rejects the whole run.
 */
export function ingestOnWorkers(
  jobs: Job[],
  shared: Shared,
  threads: number,
  done: () => void = () => {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => {
      const worker = new Worker(new URL(import.meta.url), { workerData: shared });
      const give = () => {
        if (next < jobs.length) {
          worker.postMessage({ index: next, job: jobs[next] });
          next += 1;
        }
      };
      worker.on('message', (reply: Reply) => {
        outcomes[reply.index] =
          'article' in reply
            ? reply.article
            : new InputError(reply.input.file, reply.input.reason, reply.input.fix, reply.input.line);
        finished += 1;
        done();
        if (finished === jobs.length) {
          for (const each of workers) void each.terminate();
          resolve(outcomes);
        } else give();
      });
      worker.on('error', (error) => {
        for (const each of workers) void each.terminate();
        reject(error);
      });
      give();
      return worker;
    });
    if (jobs.length === 0) resolve(outcomes);
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const shared = workerData as Shared;
  port.on('message', ({ index, job }: { index: number; job: Job }) => {
    const outcome = ingestJob(job, shared);
    const reply: Reply =
      outcome instanceof InputError
        ? { index, input: { file: outcome.file, reason: outcome.reason, fix: outcome.fix, line: outcome.line } }
        : { index, article: outcome };
    port.postMessage(reply);
  });
}
