import type { APIRoute } from 'astro';
import { loadChronology } from '../../lib/chronology/site';
import { standaloneSvg } from '../../lib/chronology/standalone';
import { absolute } from '../../lib/url';

/** `/embed/chronology.svg`: the whole chronology as one self-contained drawing, for places that run no scripts. */
export const GET: APIRoute = async ({ site }) =>
  new Response(standaloneSvg(await loadChronology(), undefined, site && new URL(absolute('/', site))), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
