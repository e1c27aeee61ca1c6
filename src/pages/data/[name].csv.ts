import type { APIRoute, GetStaticPaths } from 'astro';
import { chronologyCsv } from '../../lib/chronology/csv';
import { loadChronology } from '../../lib/chronology/site';
import { chronologyDigests, pageKey } from '../../lib/page-keys';

/**
 * `/data/chronology.csv`: the events as a spreadsheet reads them. A route with `getStaticPaths()` so that it has a
 * key, every field of every event (src/lib/page-keys.ts): an edit that leaves the chronology as it was copies it.
 */
export const getStaticPaths = (async () => [
  {
    params: { name: 'chronology' },
    cacheKey: pageKey('data', 'csv', chronologyDigests(await loadChronology()).whole),
  },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(chronologyCsv(await loadChronology()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
