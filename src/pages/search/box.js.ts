import type { APIRoute } from 'astro';
import { bundleModule } from '../../lib/bundle';

/** `/search/box.js`: the header search box's script (src/client/search/box.ts), loaded by SearchBox.astro. */
export const GET: APIRoute = async () =>
  new Response(await bundleModule('src/client/search/box.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
