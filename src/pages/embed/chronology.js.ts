import type { APIRoute } from 'astro';
import { bundleElement } from '../../lib/chronology/bundle';

/** `/embed/chronology.js`: the `<mw-chronology>` element, for any page that loads it (see /embed/). */
export const GET: APIRoute = async () =>
  new Response(await bundleElement(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
