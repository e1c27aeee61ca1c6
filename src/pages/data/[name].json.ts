import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { chronologyView } from '../../lib/chronology/publish';
import { loadChronology } from '../../lib/chronology/site';
import { chronologyDigests, pageKey } from '../../lib/page-keys';
import { ChronologyFileSchema } from '../../schemas/chronology';

/**
 * The chronology's JSON files, from one route so that each has a key (Astro takes keys only from the paths a
 * route's `getStaticPaths()` gives): each key is what that file holds (src/lib/page-keys.ts), so an unchanged file
 * is copied from the last build.
 */
type Name = 'chronology' | 'chronology-view' | 'chronology.schema';

/** `/data/chronology.schema.json`: the JSON Schema of chronology.json, generated from the zod schema the site uses. */
const schemaText = () => `${JSON.stringify(z.toJSONSchema(ChronologyFileSchema, { io: 'output' }), null, 2)}\n`;

export const getStaticPaths = (async () => {
  const { whole, view } = chronologyDigests(await loadChronology());
  const keys: Record<Name, string> = {
    chronology: whole,
    // The events without their evidence sentences.
    'chronology-view': view,
    // Made from code alone, and small: its key is its text.
    'chronology.schema': schemaText(),
  };
  return (Object.keys(keys) as Name[]).map((name) => ({
    params: { name },
    cacheKey: pageKey('data', name, keys[name]),
  }));
}) satisfies GetStaticPaths;

/** The text of each file. */
async function body(name: Name): Promise<string> {
  switch (name) {
    // `/data/chronology.json`: every event, validated by the schema published beside it.
    case 'chronology':
      return `${JSON.stringify(await loadChronology(), null, 2)}\n`;
    // `/data/chronology-view.json`: the events without their evidence sentences, for the charts (see publish.ts).
    case 'chronology-view':
      return JSON.stringify(chronologyView(await loadChronology()));
    case 'chronology.schema':
      return schemaText();
  }
}

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as Name;
  const type = name === 'chronology.schema' ? 'application/schema+json' : 'application/json';
  return new Response(await body(name), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
