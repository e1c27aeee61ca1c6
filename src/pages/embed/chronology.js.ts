import type { APIRoute } from 'astro';
import { bundleModule } from '../../lib/bundle';

/** `/embed/chronology.js`: the `<mw-chronology>` element, for any page that loads it (see /embed/). */
export const GET: APIRoute = async () =>
  new Response(await bundleModule('src/client/chronology/element.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
