import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { seedOf } from '../../../lib/seed';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/**
 * The seed exactly as received, byte for byte, so that a reader can check it against the SHA-256 the source view
 * gives. A static host types it by its extension; the source view names its encoding.
 */
export const GET: APIRoute = ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(seedOf(entry.data).bytes as Uint8Array<ArrayBuffer>);
};
