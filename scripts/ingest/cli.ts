import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formatDuration, Progress } from '../progress.ts';
import { InputError } from './errors.ts';
import { runIngestOnWorkers } from './run.ts';

/**
 * `npm run ingest` writes content/articles/ from seeds/; `npm run ingest -- --check` only says whether it
 * would change. `SEEDS_DIR` reads seeds from another folder (tests use it to feed bad files). A seed whose key is
 * unchanged since the last run is taken from the cache in `.cache/ingest/` (cache/index.ts); `--no-cache` ingests
 * every seed. The others are shared out over one worker thread per core; `INGEST_THREADS=1` keeps them on one
 * thread. Progress goes to stderr (scripts/progress.ts): a live line on a terminal, a line every few seconds in a log.
 */
const check = process.argv.includes('--check');
const cached = !process.argv.includes('--no-cache');
const root = resolve(import.meta.dirname, '..', '..');
const seeds = resolve(root, process.env.SEEDS_DIR ?? 'seeds');

const threads = Number(process.env.INGEST_THREADS) || availableParallelism();
let progress: Progress | undefined;
let stopBeating = () => {};
let archiveStart: number | undefined;

try {
  const report = await runIngestOnWorkers(
    { seeds, content: resolve(root, 'content') },
    {
      check,
      threads,
      ...(cached ? { cache: resolve(root, '.cache', 'ingest') } : {}),
      progress: (done, total) => {
        if (!progress) {
          progress = new Progress({ label: 'ingest', total, unit: 'articles' });
          // Workers report only when a seed is done, and take a moment to start: a timer keeps the line alive.
          stopBeating = progress.heartbeat();
        }
        progress.tick(done - progress.done);
        if (done === total) {
          stopBeating();
          progress.end();
          // What follows runs on this thread alone, without a count: say what it is, and then how long it took.
          archiveStart = performance.now();
          console.error('ingest: the archive-wide data (slugs, people, quotations, events, stories, redirects)…');
        }
      },
    },
  );
  if (archiveStart !== undefined) {
    console.error(`ingest: the archive-wide data, and writing, in ${formatDuration(performance.now() - archiveStart)}`);
  }
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
