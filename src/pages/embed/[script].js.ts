import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleKey, bundleModule } from '../../lib/bundle';

/**
 * `/embed/chronology.js`: the `<mw-chronology>` element, for any page that loads it (see /embed/). A route with
 * `getStaticPaths()` so that it has a key, the code it is bundled from (`bundleKey`): an edit to the content copies
 * it from the last build.
 */
export const getStaticPaths = (() => [
  { params: { script: 'chronology' }, cacheKey: bundleKey() },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(await bundleModule('src/client/chronology/element.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
