import { resolve } from 'node:path';
import { InputError } from './errors.ts';
import { runIngest } from './run.ts';

/**
 * `npm run ingest` writes content/articles/ from seeds/; `npm run ingest -- --check` only says whether it
 * would change. `SEEDS_DIR` reads seeds from another folder (tests use it to feed bad files). A seed whose key is
 * unchanged since the last run is taken from the cache in `.cache/ingest/` (cache/index.ts); `--no-cache` ingests
 * every seed.
 */
const check = process.argv.includes('--check');
const cached = !process.argv.includes('--no-cache');
const root = resolve(import.meta.dirname, '..', '..');
const seeds = resolve(root, process.env.SEEDS_DIR ?? 'seeds');

try {
  const report = runIngest(
    { seeds, content: resolve(root, 'content') },
    { check, ...(cached ? { cache: resolve(root, '.cache', 'ingest') } : {}) },
  );
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  const touched = [
    ...report.changed.map((name) => `  ${check ? 'would write' : 'wrote'} content/articles/${name}`),
    ...report.removed.map((name) => `  ${check ? 'would remove' : 'removed'} content/articles/${name}`),
    ...report.data.changed.map((name) => `  ${check ? 'would write' : 'wrote'} content/data/${name}`),
    ...report.data.removed.map((name) => `  ${check ? 'would remove' : 'removed'} content/data/${name}`),
  ];
  if (check && touched.length > 0) {
    console.error(
      `The generated content is out of date:\n${touched.join('\n')}\nRun \`npm run ingest\` and commit content/articles/ and content/data/.`,
    );
    process.exit(1);
  }
  const fromCache = report.articles - report.ingested.length;
  if (cached)
    console.log(`Ingested ${report.ingested.length} of ${report.articles} seeds; the cache gave ${fromCache}.`);
  console.log(touched.length > 0 ? touched.join('\n') : 'content/articles/ and content/data/ are up to date.');
} catch (error) {
  const errors = error instanceof AggregateError ? error.errors : [error];
  for (const each of errors) {
    if (!(each instanceof InputError)) throw each;
    console.error(`error: ${each.message}`);
  }
  // A seed is read from seeds/; anything else wrong is one of the editors' content files.
  const seedErrors = errors.filter((each) => (each as InputError).file.startsWith(seeds)).length;
  const contentErrors = errors.length - seedErrors;
  const counted = [
    seedErrors > 0 && `${seedErrors} seed${seedErrors === 1 ? '' : 's'} could not be read`,
    contentErrors > 0 && `${contentErrors} content file${contentErrors === 1 ? ' is' : 's are'} wrong`,
  ].filter(Boolean);
  console.error(`\nThe ingest stopped: ${counted.join(' and ')}. Nothing was written.`);
  process.exit(1);
}
