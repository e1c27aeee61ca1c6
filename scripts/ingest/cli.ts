import { resolve } from 'node:path';
import { SeedError } from './errors.ts';
import { runIngest } from './run.ts';

/**
 * `npm run ingest` writes content/articles/ from seeds/; `npm run ingest -- --check` only says whether it
 * would change. `SEEDS_DIR` reads seeds from another folder (tests use it to feed bad files).
 */
const check = process.argv.includes('--check');
const root = resolve(import.meta.dirname, '..', '..');
const seeds = resolve(root, process.env.SEEDS_DIR ?? 'seeds');

try {
  const report = runIngest({ seeds, content: resolve(root, 'content') }, { check });
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
  console.log(touched.length > 0 ? touched.join('\n') : 'content/articles/ and content/data/ are up to date.');
} catch (error) {
  const errors = error instanceof AggregateError ? error.errors : [error];
  for (const each of errors) {
    if (!(each instanceof SeedError)) throw each;
    console.error(`error: ${each.message}`);
  }
  console.error(
    `\nThe ingest stopped: ${errors.length} seed${errors.length === 1 ? '' : 's'} could not be read. Nothing was written.`,
  );
  process.exit(1);
}
