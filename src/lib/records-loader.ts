import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeVersion } from '../../scripts/ingest/cache/index.ts';
import { contentReady } from './content-ready.ts';
import { type KeptRecord, RECORD_FILES, RECORDS_ENTRY, RecordsPointerSchema, readKept } from './record-files.ts';
import { writeWhole } from './write-whole.ts';

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

/** A record of the file, with its id and the digest of its JSON and of the schemas' code. */
interface DigestedRecord {
  id: string;
  record: IdentifiedRecord;
  digest: string;
}

/**
 * What both loaders share: `file`'s records read, each with its digest, two with one id refused, and handed to
 * `take`; in `astro dev`, again whenever the file changes.
 */
async function loadDigested(
  context: LoaderContext,
  file: string,
  records: (text: string) => IdentifiedRecord[],
  take: (digested: DigestedRecord[], root: string) => Promise<void>,
): Promise<void> {
  await contentReady();
  const { generateDigest, config, logger, watcher } = context;
  const root = fileURLToPath(config.root);
  const path = join(root, file);
  const code = (!watcher && schemaCode.get(root)) || codeVersion(root, SCHEMA_CODE);
  schemaCode.set(root, code);

  const load = async () => {
    if (!existsSync(path)) {
      logger.error(`File not found: ${file}`);
      return;
    }
    const seen = new Set<string>();
    const digested = records(readFileSync(path, 'utf8')).map((record) => {
      const id = String(record.id);
      if (seen.has(id)) throw new Error(`${file}: two records have the id "${id}".`);
      seen.add(id);
      return { id, record, digest: generateDigest(`${code}\0${JSON.stringify(record)}`) };
    });
    await take(digested, root);
  };

  await load();
  if (!watcher) return;
  watcher.add(path);
  watcher.on('change', async (changed) => {
    if (changed === path) await load();
  });
}

function loadRecords(
  context: LoaderContext,
  file: string,
  records: (text: string) => IdentifiedRecord[],
): Promise<void> {
  const { store, parseData } = context;
  return loadDigested(context, file, records, async (digested, root) => {
    const path = join(root, file);
    const filePath = relative(root, path);
    for (const { id, record, digest } of digested) {
      if (store.get(id)?.digest === digest) continue;
      const data = await parseData({ id, data: record as unknown as Record<string, unknown>, filePath: path });
      store.set({ id, data, filePath, digest });
    }
    const seen = new Set(digested.map(({ id }) => id));
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  });
}

/**
 * A collection of one entry standing for all the records of a JSON file, which are kept beside Astro's content store
 * instead of in it (`RECORD_FILES`), validated by `schema` as `recordsLoader` validates them: only the records whose
 * digest (their JSON and the schemas' code) changed since the last build. Read them with `recordsOf` (record-files.ts).
 *
 * Astro writes its whole content store again on every build, serialising every entry, and every build's pages parse
 * it whole, whatever changed. The chronology's events and the quotations were three fifths of the store (6 of 10.5 MB
 * at 1,000 generated articles, 29 of 49 MB at 5,000), and each is read in one place, whole (src/lib/chronology/site.ts,
 * src/lib/site-quotes.ts), never entry by entry. Kept here, they are written once when they change and read with
 * `JSON.parse`. The file is named by the digest of all its records' digests, so it holds exactly those; a file
 * missing or unreadable is made again, and files of other versions are removed.
 *
 * Written by hand because Astro's loaders keep every record in the store.
 */
export function recordsBesideLoader({
  file,
  schema,
  records = (text) => JSON.parse(text) as IdentifiedRecord[],
}: {
  file: string;
  schema: z.ZodType;
  records?: (text: string) => IdentifiedRecord[];
}): Loader {
  return { name: 'chronicle-records-beside', load: (context) => loadBeside(context, file, schema, records) };
}

function loadBeside(
  context: LoaderContext,
  file: string,
  schema: z.ZodType,
  records: (text: string) => IdentifiedRecord[],
): Promise<void> {
  const { store, collection, generateDigest, config } = context;
  const prefix = `${collection}-`;
  return loadDigested(context, file, records, async (digested, root) => {
    const kept = join(
      config.cacheDir ? fileURLToPath(config.cacheDir) : join(root, 'node_modules', '.astro'),
      RECORD_FILES,
    );
    mkdirSync(kept, { recursive: true });
    const before = new Map(lastKept(store.get(RECORDS_ENTRY)?.data, root).map((record) => [record.id, record]));
    const next = digested.map(({ id, record, digest }): KeptRecord => {
      const last = before.get(id);
      if (last?.digest === digest) return last;
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        throw new Error(`${file}: the record "${id}" is not valid.\n${z.prettifyError(parsed.error)}`);
      }
      return { id, digest, data: parsed.data };
    });
    // In the order Astro's store gives a collection's entries (it sorts their ids with `localeCompare`), the order
    // the pages were made with when the records were in the store, so that they read the same.
    next.sort((a, b) => a.id.localeCompare(b.id));
    const digest = generateDigest(next.map((record) => record.digest).join('\0'));
    const name = `${prefix}${digest}.json`;
    const target = join(kept, name);
    if (!existsSync(target)) writeWhole(target, JSON.stringify(next));
    store.set({ id: RECORDS_ENTRY, data: { file: relative(root, target), count: next.length }, digest });
    // The records of a store written before they were kept here.
    for (const id of store.keys()) if (id !== RECORDS_ENTRY) store.delete(id);
    for (const other of readdirSync(kept)) {
      if (other.startsWith(prefix) && other !== name) rmSync(join(kept, other), { force: true });
    }
  });
}

/** The records kept by the last load, from the file its entry names; none when there is none or it cannot be read. */
function lastKept(pointer: unknown, root: string): KeptRecord[] {
  const parsed = RecordsPointerSchema.safeParse(pointer);
  if (!parsed.success) return [];
  try {
    return readKept(parsed.data.file, root);
  } catch {
    return [];
  }
}
