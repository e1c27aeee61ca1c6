import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChronology } from '../../lib/chronology/site';
import { standaloneSvg } from '../../lib/chronology/standalone';
import { chronologyDigests, pageKey } from '../../lib/page-keys';
import { absolute } from '../../lib/url';

/**
 * `/embed/chronology.svg`, the whole chronology as one self-contained drawing for places that run no scripts, and
 * `/embed/chronology-<theme>.svg`, one theme's. One route, so that each has a key (src/lib/page-keys.ts): the events
 * as the drawings show them (without their evidence), the theme and the archive's address
 * and base path its links use.
 */
export const getStaticPaths = (async () => {
  const data = await loadChronology();
  const { drawn } = chronologyDigests(data);
  // The site's address, as the configuration gives it: the drawings' links are made from it.
  const archive = import.meta.env.SITE ?? null;
  return [undefined, ...data.themes.map((theme) => theme.id)].map((theme) => ({
    params: { drawing: theme ? `chronology-${theme}` : 'chronology' },
    props: { theme },
    cacheKey: pageKey('drawing', theme ?? null, archive, import.meta.env.BASE_URL, drawn),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(standaloneSvg(await loadChronology(), props.theme, site && new URL(absolute('/', site))), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
