import type { APIRoute } from 'astro';
import { loadChronology } from '../../lib/chronology/site';

/** `/data/chronology.json`: every event, validated by the schema published beside it. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await loadChronology(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
