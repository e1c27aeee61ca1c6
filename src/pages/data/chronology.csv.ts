import type { APIRoute } from 'astro';
import { chronologyCsv } from '../../lib/chronology/csv';
import { loadChronology } from '../../lib/chronology/site';

/** `/data/chronology.csv`: the events as a spreadsheet reads them. */
export const GET: APIRoute = async () =>
  new Response(chronologyCsv(await loadChronology()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
