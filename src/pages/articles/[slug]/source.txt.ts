import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/page-keys';
import { seedOf } from '../../../lib/seed';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    // The seed's bytes are known by their SHA-256: the file is copied from the last build while that is unchanged.
    cacheKey: pageKey(entry.id, entry.data.seed),
  }))) satisfies GetStaticPaths;

/**
 * The seed exactly as received, byte for byte, so that a reader can check it against the SHA-256 the source view
 * gives. A static host types it by its extension; the source view names its encoding.
 */
export const GET: APIRoute = ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(seedOf(entry.data).bytes as Uint8Array<ArrayBuffer>);
};
