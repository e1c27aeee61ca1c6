import { parentPort } from 'node:worker_threads';
import { type CslItem, keepReference } from './cite.ts';
import type { WriterReply } from './reference-writer.ts';

/**
 * The worker of reference-writer.ts: writes each reference in words it is sent (cite.ts, `keepReference`) and says
 * so, or sends the message of the error that stopped it, since an error copied between threads loses its class.
 */
parentPort?.on('message', ({ index, item }: { index: number; item: CslItem }) => {
  try {
    keepReference(item);
    parentPort?.postMessage({ index } satisfies WriterReply);
  } catch (error) {
    parentPort?.postMessage({
      index,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WriterReply);
  }
});
