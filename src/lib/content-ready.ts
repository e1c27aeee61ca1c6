/**
 * Whether the content is written yet. `scripts/build.ts` starts `astro build` while the ingest is still writing
 * `content/`, so that Astro reads its configuration, starts Vite and loads the content's configuration and loaders on
 * the second core meanwhile (scripts/astro-preload.ts); the loaders of what the ingest writes wait here before they
 * read any of it. Anywhere else (`astro dev`, `astro build` alone, tests) nothing is waited for.
 */
export const CONTENT_READY = Symbol.for('moscow-washington.content-ready');

/** Resolves once the ingest has written `content/`, or at once when no build is waiting for it. */
export async function contentReady(): Promise<void> {
  await (globalThis as { [CONTENT_READY]?: Promise<void> })[CONTENT_READY];
}
