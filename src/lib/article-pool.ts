import { Worker } from 'node:worker_threads';
import type { RenderedArticle, RenderOptions } from '../components/mdx/render-article.ts';
import type { CslItem } from './cite.ts';

/**
 * Worker threads for the articles loader (article-loader.ts). A clean build makes every article's MDX HTML and
 * writes every article's reference in words (citeproc-js, 3–4 ms each and a second to compile its style): on Astro's
 * one thread that took about 16 of the 44 CPU-seconds of `astro build` at 1,000 generated articles, the references
 * while the pages were rendered. Here the work goes to one worker a core, the loader's thread keeping what needs
 * Astro (validating the frontmatter, the content store). The HTML gains little by it (1,000 articles took 8.8 s on
 * one thread and 7.8 s on two workers, the Markdown passes keeping a second core busy collecting their garbage); the
 * references gain most, taken off the pages' rendering, which Astro does on one thread. The workers' code is
 * article-worker.ts.
 */

/** What a worker is asked to do: make an article HTML, or write the reference to one. */
export type WorkerTask = { kind: 'render'; text: string; filePath: string } | { kind: 'cite'; item: CslItem };

/** An article read and made HTML on a worker: its frontmatter and body as `parseFrontmatter` splits them, and its HTML. */
export interface RenderedWhole extends RenderedArticle {
  frontmatter: Record<string, unknown>;
  content: string;
}

/** A worker's answer to the task of that index: what it made, or the message of the error that stopped it. */
export type WorkerReply = { index: number; rendered?: RenderedWhole; error?: string };

export interface ArticlePool {
  /** The article of MDX `text` (the file at `filePath`, for errors) made HTML. */
  render(text: string, filePath: string): Promise<RenderedWhole>;
  /** Resolves once the reference in words to `item` is written (cite.ts, `keepReference`). */
  cite(item: CslItem): Promise<void>;
  /** Stops the workers; tasks not done are left unanswered. */
  close(): void;
}

/** Starts `threads` workers, each making its own renderer with `options`. */
export function startArticlePool(options: RenderOptions, threads: number): ArticlePool {
  interface Pending {
    resolve: (reply: WorkerReply) => void;
    reject: (error: Error) => void;
  }
  /** What each worker has been given and not answered, by the task's index. */
  const given = new Map<Worker, Map<number, Pending>>();
  let next = 0;
  let failure: Error | undefined;

  for (let n = 0; n < threads; n += 1) {
    // Without the Node flags of Astro's process: the build's preload (scripts/astro-preload.ts) is for it alone.
    const worker = new Worker(new URL('./article-worker.ts', import.meta.url), { workerData: options, execArgv: [] });
    given.set(worker, new Map());
    worker.on('message', (reply: WorkerReply) => {
      const mine = given.get(worker);
      const pending = mine?.get(reply.index);
      mine?.delete(reply.index);
      if (reply.error === undefined) pending?.resolve(reply);
      else pending?.reject(new Error(reply.error));
    });
    // A worker that crashes (a bug, not a bad article) fails what it was given, and every task after.
    worker.on('error', (thrown: unknown) => {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      failure = error;
      for (const pending of given.get(worker)?.values() ?? []) pending.reject(error);
      given.delete(worker);
    });
  }

  /**
   * A task is posted at once to the worker given fewest, not held back until one is free: the loader's thread renders
   * articles itself between its asks, and would not be there to hand out the next task when a worker finished one.
   */
  const ask = (task: WorkerTask): Promise<WorkerReply> => {
    const answer = new Promise<WorkerReply>((resolve, reject) => {
      const [worker, mine] = [...given].sort((a, b) => a[1].size - b[1].size)[0] ?? [];
      if (failure || !worker || !mine) {
        reject(failure ?? new Error('the articles loader has no worker left'));
        return;
      }
      const index = next++;
      mine.set(index, { resolve, reject });
      worker.postMessage({ index, task });
    });
    // Answers are awaited in order; one that fails before its turn must not count as unhandled meanwhile.
    answer.catch(() => {});
    return answer;
  };

  return {
    render: async (text, filePath) => {
      const { rendered } = await ask({ kind: 'render', text, filePath });
      if (!rendered) throw new Error(`a worker made nothing of ${filePath}`);
      return rendered;
    },
    cite: async (item) => {
      await ask({ kind: 'cite', item });
    },
    close: () => {
      for (const worker of given.keys()) void worker.terminate();
      given.clear();
    },
  };
}
