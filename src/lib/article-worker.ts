import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleRenderer, type RenderOptions } from '../components/mdx/render-article.ts';
import type { WorkerReply, WorkerTask } from './article-pool.ts';
import { type CslItem, keepReference } from './cite.ts';

/**
 * A worker thread of the articles loader (article-pool.ts): it makes articles' MDX HTML, and writes references in
 * words ahead of the pages, as the main thread asks. Each task is answered with its index, or with the message of the
 * error that stopped it, since an error copied between threads loses its class.
 */
const render = articleRenderer(workerData as RenderOptions);

parentPort?.on('message', async ({ index, task }: { index: number; task: WorkerTask }) => {
  try {
    parentPort?.postMessage({ index, ...(await perform(task)) } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({
      index,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply);
  }
});

async function perform(task: WorkerTask) {
  if (task.kind === 'cite') {
    keepReference(task.item as CslItem);
    return {};
  }
  const { frontmatter, content } = parseFrontmatter(task.text);
  return { rendered: { frontmatter, content, ...(await render(content, frontmatter, task.filePath)) } };
}
