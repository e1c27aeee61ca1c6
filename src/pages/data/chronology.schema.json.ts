import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ChronologyFileSchema } from '../../schemas/chronology';

/** `/data/chronology.schema.json`: the JSON Schema of chronology.json, generated from the zod schema the site uses. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(ChronologyFileSchema, { io: 'output' }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
