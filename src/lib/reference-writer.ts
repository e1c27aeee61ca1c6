import { Worker } from 'node:worker_threads';
import type { CslItem } from './cite.ts';

/**
 * A worker thread that writes articles' references in words ahead of their pages (cite.ts, `keepReference`), for the
 * articles loader (article-loader.ts). citeproc-js takes 3–4 ms a reference and a second to compile its style: at
 * 1,000 generated articles that was 6.4 of the 44 CPU-seconds of a clean `astro build`, spent while Astro rendered
 * the pages, on its one thread. On a worker it is done while the loader makes the articles' HTML. One worker, not one
 * a core: making the articles HTML on the loader's thread already keeps a second core busy collecting its garbage,
 * and doing that on two workers as well gained nothing (alternated at 1,000: 31–34 s of `astro build` either way) for
 * 200 MB more memory. The worker's code is reference-writer-worker.ts.
 */
export interface ReferenceWriter {
  /** Resolves once the reference in words to `item` is kept; rejects with the error that stopped it. */
  write(item: CslItem): Promise<void>;
  /** Stops the worker; references not written yet are left to the pages. */
  close(): void;
}

/** A message from the worker: the task of that index done, or the message of the error that stopped it. */
export interface WriterReply {
  index: number;
  error?: string;
}

export function startReferenceWriter(): ReferenceWriter {
  // Without the Node flags of Astro's process: the build's preload (scripts/astro-preload.ts) is for it alone.
  const worker = new Worker(new URL('./reference-writer-worker.ts', import.meta.url), { execArgv: [] });
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on('message', ({ index, error }: WriterReply) => {
    const task = waiting.get(index);
    waiting.delete(index);
    if (error === undefined) task?.resolve();
    else task?.reject(new Error(error));
  });
  // A worker that crashes (a bug, not a bad article) fails every reference it was given.
  worker.on('error', (thrown: unknown) => {
    failure = thrown instanceof Error ? thrown : new Error(String(thrown));
    for (const task of waiting.values()) task.reject(failure);
    waiting.clear();
  });
  return {
    // Posted at once, not held until the worker is free: the loader's thread is busy making articles between its
    // asks, and would not be there to hand out the next reference when the worker finished one.
    write: (item) => {
      const written = new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        const index = next++;
        waiting.set(index, { resolve, reject });
        worker.postMessage({ index, item });
      });
      // Awaited all together at the end; one that fails before then must not count as unhandled meanwhile.
      written.catch(() => {});
      return written;
    },
    close: () => void worker.terminate(),
  };
}
