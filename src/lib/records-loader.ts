import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { codeVersion } from '../../scripts/ingest/cache/index.ts';

/** One record of a data file: it names its entry. */
export interface IdentifiedRecord {
  id: string;
}

/** The code a record's validated form depends on: the schemas, and what their refinements call. */
const SCHEMA_CODE = [join('src', 'lib'), join('src', 'schemas')];

/**
 * The digest of that code by project root, made once a build for all the collections this loader reads (in
 * `astro dev`, where the code may change between loads, it is made again each time).
 */
const schemaCode = new Map<string, string>();

/**
 * A collection of the records of one JSON file (`content/data/*.json`, written by the ingest), as Astro's `file()`
 * loader makes one, but kept between builds: each record is stored with a digest of its JSON and of the code of the
 * schemas, and a record whose digest did not change is neither validated nor stored again. `file()` clears its
 * collection and validates every record on every build: at 1,000 generated articles that was about 12,000 events,
 * quotations and entities through their zod schemas for each rebuild, whatever changed. `records` reads the file's
 * text (default: a JSON array of records with an `id`). In `astro dev` the file is read again when it changes.
 *
 * Written by hand because Astro's loaders offer no incremental reading of one file's records.
 */
export function recordsLoader({
  file,
  records = (text) => JSON.parse(text) as IdentifiedRecord[],
}: {
  file: string;
  records?: (text: string) => IdentifiedRecord[];
}): Loader {
  return { name: 'chronicle-records', load: (context) => loadRecords(context, file, records) };
}

async function loadRecords(
  context: LoaderContext,
  file: string,
  records: (text: string) => IdentifiedRecord[],
): Promise<void> {
  const { store, parseData, generateDigest, config, logger, watcher } = context;
  const root = fileURLToPath(config.root);
  const path = join(root, file);
  const filePath = relative(root, path);
  const code = (!watcher && schemaCode.get(root)) || codeVersion(root, SCHEMA_CODE);
  schemaCode.set(root, code);

  const load = async () => {
    if (!existsSync(path)) {
      logger.error(`File not found: ${file}`);
      return;
    }
    const seen = new Set<string>();
    for (const record of records(readFileSync(path, 'utf8'))) {
      const id = String(record.id);
      if (seen.has(id)) throw new Error(`${file}: two records have the id "${id}".`);
      seen.add(id);
      const digest = generateDigest(`${code}\0${JSON.stringify(record)}`);
      if (store.get(id)?.digest === digest) continue;
      const data = await parseData({ id, data: record as unknown as Record<string, unknown>, filePath: path });
      store.set({ id, data, filePath, digest });
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  };

  await load();
  if (!watcher) return;
  watcher.add(path);
  watcher.on('change', async (changed) => {
    if (changed === path) await load();
  });
}
