import { Worker } from 'node:worker_threads';
import type { Lexicon, SeedEditorial } from '../../src/schemas/editorial.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import { InputError } from './errors.ts';
import type { IngestedArticle } from './pipeline.ts';

/**
 * Seeds ingested on worker threads (node:worker_threads), one worker per core: each seed is ingested on its own,
 * so the seeds can be shared out, and only the archive-wide steps (render.ts) need them all, after. The workers start
 * first and load the ingest's modules while the main thread reads the editors' content, once; it is then copied to
 * each worker, which reads its seeds' bytes itself. The workers' code is job.ts; this module, which the main thread
 * loads, holds none of the ingest's rules, so that the main thread starts the workers without loading them itself.
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
export type Reply =
  | { index: number; article: IngestedArticle }
  | { index: number; input: { file: string; reason: string; fix: string; line: number | undefined } };

/** Workers started before the seeds are known, so that they load the ingest's modules while this thread reads content/. */
export interface Pool {
  /**
   * The outcome of every job, in the jobs' order whatever order the workers finish in; each worker holds two jobs and
   * is sent the next as it finishes one, and `done` is called as each job finishes. A worker that crashes (a bug, not a bad seed)
   * rejects the whole run. The workers stop when it ends.
   */
  run(jobs: Job[], shared: Shared, done?: () => void): Promise<Outcome[]>;
  /** Stops the workers without running anything (when reading content/ failed). */
  stop(): void;
}

/** Starts `threads` workers, each loading the ingest's modules at once; they wait for `run`. */
export function startWorkers(threads: number): Pool {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./job.ts', import.meta.url)));
  const stop = () => {
    for (const worker of workers) void worker.terminate();
  };
  const run = (jobs: Job[], shared: Shared, done: () => void = () => {}): Promise<Outcome[]> => {
    const outcomes: Outcome[] = new Array(jobs.length);
    let next = 0;
    let finished = 0;
    return new Promise((resolve, reject) => {
      if (jobs.length === 0) {
        stop();
        resolve(outcomes);
        return;
      }
      for (const worker of workers) {
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
            stop();
            resolve(outcomes);
          } else give();
        });
        worker.on('error', (error) => {
          stop();
          reject(error);
        });
        worker.postMessage({ shared });
        // Two seeds in hand: a worker that finishes one starts the next while this thread, busy with the cache's keys
        // or another worker's answer, has yet to send it a third.
        give();
        give();
      }
    });
  };
  return { run, stop };
}
