import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChronology } from '../../lib/chronology/site';
import { standaloneSvg } from '../../lib/chronology/standalone';

export const getStaticPaths = (async () =>
  (await loadChronology()).themes.map((theme) => ({ params: { theme: theme.id } }))) satisfies GetStaticPaths;

/** `/embed/chronology-<theme>.svg`: one theme's chronology as a self-contained drawing. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(standaloneSvg(await loadChronology(), params.theme, site), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
