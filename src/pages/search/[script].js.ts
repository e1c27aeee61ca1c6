import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleKey, bundleModule } from '../../lib/bundle';

/**
 * `/search/box.js`: the header search box's script (src/client/search/box.ts), loaded by SearchBox.astro. A route
 * with `getStaticPaths()` so that it has a key, the code it is bundled from (`bundleKey`): an edit to the content
 * copies it from the last build.
 */
export const getStaticPaths = (() => [{ params: { script: 'box' }, cacheKey: bundleKey() }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(await bundleModule('src/client/search/box.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
