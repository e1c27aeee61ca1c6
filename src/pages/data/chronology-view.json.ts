import type { APIRoute } from 'astro';
import { chronologyView } from '../../lib/chronology/publish';
import { loadChronology } from '../../lib/chronology/site';

/** `/data/chronology-view.json`: the events without their evidence sentences, for the charts (see publish.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(chronologyView(await loadChronology())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
