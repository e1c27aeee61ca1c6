import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SEARCH_ROUTES } from '../../src/lib/kept-pages.ts';
import { type IndexReport, indexSite, startIndexing } from './index-site.ts';

/**
 * `node scripts/search/cli.ts <dir>`: the build's last step, indexing the built site for search. Prints what it
 * indexed; exits 1, naming the problem, if Pagefind reports one.
 *
 * `node scripts/search/cli.ts <dir> --stream [--order <file>] [--last <site>]`: started while the site is still being
 * built (scripts/build.ts). Each line on standard input says something of a page of `dir` (relative to it), as Astro's
 * process tells it (src/lib/kept-pages.ts): `plan <page>`, a page for search, and `planned <route>`, a route of
 * `SEARCH_ROUTES` that has named all of its own, which together say in what order the pages will be indexed (or else
 * the order of the last index's pages, kept in `file`, a JSON list); `kept <page>` and `written <page>`, a page that
 * is final. Those that come first in that order are indexed at once. An empty line says the site is built: the rest
 * is indexed and the index written (index-site.ts, `startIndexing`). If the input ends without that line, the build
 * failed: nothing is written. `--last` names the last site, built with that order, whose pages the build linked into
 * this one (scripts/last-pages.ts): one of its own files is for search only if the order lists it, and is not read to
 * find out.
 */
const dir = resolve(process.argv[2] ?? 'dist');
const stream = process.argv.includes('--stream');
const orderAt = process.argv.indexOf('--order');
/** The file that keeps the pages of the last index, in order, for the next build to expect (`--order <file>`). */
const orderFile = orderAt > 0 ? process.argv[orderAt + 1] : undefined;
const lastAt = process.argv.indexOf('--last');
/** The last site, whose pages are linked into this one, built with the order in `orderFile` (`--last <dir>`). */
const last = lastAt > 0 ? process.argv[lastAt + 1] : undefined;

/** The pages the last index held, in order, from `orderFile`; none if it cannot be read (they are only a guess). */
function lastOrder(): string[] {
  try {
    const parsed = JSON.parse(readFileSync(orderFile ?? '', 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((path): path is string => typeof path === 'string') : [];
  } catch {
    return [];
  }
}

/** The index made as pages are named on standard input; undefined if the input ended before the site was built. */
async function streamed(): Promise<IndexReport | undefined> {
  const previous = lastOrder();
  const indexing = startIndexing(dir, {
    previous,
    routes: SEARCH_ROUTES,
    ...(last && previous.length > 0 ? { last } : {}),
  });
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line !== '') {
      const [, what, page = ''] = /^(plan|planned|kept|written) (.+)$/.exec(line) ?? [];
      if (what === 'plan') indexing.plan(page);
      else if (what === 'planned') indexing.planned(page);
      else if (what === 'kept' || what === 'written') indexing.offer(page, what);
      continue;
    }
    const report = await indexing.finish();
    if (orderFile) {
      mkdirSync(dirname(orderFile), { recursive: true });
      writeFileSync(orderFile, JSON.stringify(indexing.pages()));
    }
    return report;
  }
  return undefined;
}

try {
  const report = stream ? await streamed() : await indexSite(dir);
  if (!report) {
    console.error('The search index was not built: the site was not finished.');
    process.exit(1);
  }
  const filters = Object.entries(report.filters)
    .map(([name, count]) => `${name} (${count})`)
    .join(', ');
  console.log(
    `Search index: ${report.pages} pages, ${report.words} words, one index in "${report.language}" for every language; filters: ${filters || 'none'}.`,
  );
} catch (error) {
  console.error(`The search index was not built: ${(error as Error).message}`);
  process.exitCode = 1;
}
