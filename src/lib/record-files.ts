import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'astro/zod';

/**
 * The records a collection of `recordsBesideLoader` (src/lib/records-loader.ts) keeps beside Astro's content store,
 * and how pages read them: the loader and the pages share this module, so the pages do not bundle the loader.
 */

/** The folder, in Astro's cache folder, where the records of a file are kept, one JSON file per version of it. */
export const RECORD_FILES = 'chronicle-records';

/** The one entry of such a collection: where its records are kept, and how many there are. */
export const RecordsPointerSchema = z.object({ file: z.string(), count: z.number().int().nonnegative() });

/** The id of that entry. */
export const RECORDS_ENTRY = 'records';

/** A record as kept: its id, the digest it was validated under, and its validated data. */
export interface KeptRecord {
  id: string;
  digest: string;
  data: unknown;
}

/** The records kept in `file` (relative to the project's root, the folder the build runs in). */
export function readKept(file: string, root: string = process.cwd()): KeptRecord[] {
  return JSON.parse(readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8')) as KeptRecord[];
}

/**
 * The validated records of such a collection, given its one entry (`getEntry(collection, RECORDS_ENTRY)`), in the
 * order of their ids, as Astro's store gives a collection. Throws when they cannot be read, rather than give pages
 * without them.
 */
export function recordsOf<T>(entry: { data: unknown } | undefined, root: string = process.cwd()): T[] {
  const pointer = RecordsPointerSchema.safeParse(entry?.data);
  if (!pointer.success) throw new Error('The collection has no records kept by src/lib/records-loader.ts.');
  return readKept(pointer.data.file, root).map((record) => record.data as T);
}
