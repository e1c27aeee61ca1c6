import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_READY, contentReady } from './content-ready.ts';

const global = globalThis as { [CONTENT_READY]?: Promise<void> };
afterEach(() => {
  delete global[CONTENT_READY];
});

describe('contentReady', () => {
  it('resolves at once when no build waits for the ingest', async () => {
    await expect(contentReady()).resolves.toBeUndefined();
  });

  it('waits until the build says the content is written', async () => {
    let written: () => void = () => {};
    global[CONTENT_READY] = new Promise<void>((ready) => {
      written = ready;
    });
    let done = false;
    const waiting = contentReady().then(() => {
      done = true;
    });
    await new Promise((settle) => setTimeout(settle, 20));
    expect(done).toBe(false);
    written();
    await waiting;
    expect(done).toBe(true);
  });
});
