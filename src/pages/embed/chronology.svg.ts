import type { APIRoute } from 'astro';
import { loadChronology } from '../../lib/chronology/site';
import { standaloneSvg } from '../../lib/chronology/standalone';

/** `/embed/chronology.svg`: the whole chronology as one self-contained drawing, for places that run no scripts. */
export const GET: APIRoute = async ({ site }) =>
  new Response(standaloneSvg(await loadChronology(), undefined, site), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
