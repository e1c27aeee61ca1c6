import { resolve } from 'node:path';
import { indexSite } from './index-site.ts';

/**
 * `node scripts/search/cli.ts <dir>`: the build's last step, indexing the built site for search. Prints what it
 * indexed; exits 1, naming the problem, if Pagefind reports one.
 */
const dir = resolve(process.argv[2] ?? 'dist');
try {
  const report = await indexSite(dir);
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
