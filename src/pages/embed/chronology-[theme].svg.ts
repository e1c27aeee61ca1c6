import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChronology } from '../../lib/chronology/site';
import { standaloneSvg } from '../../lib/chronology/standalone';
import { absolute } from '../../lib/url';

export const getStaticPaths = (async () =>
  (await loadChronology()).themes.map((theme) => ({ params: { theme: theme.id } }))) satisfies GetStaticPaths;

/** `/embed/chronology-<theme>.svg`: one theme's chronology as a self-contained drawing. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(standaloneSvg(await loadChronology(), params.theme, site && new URL(absolute('/', site))), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
