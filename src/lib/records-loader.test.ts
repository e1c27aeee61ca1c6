import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_FILES, RECORDS_ENTRY, recordsOf } from './record-files.ts';
import { recordsBesideLoader, recordsLoader } from './records-loader.ts';

let root: string;
const file = join('content', 'data', 'things.json');
const write = (records: object[]) => writeFileSync(join(root, file), JSON.stringify(records));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'records-loader-'));
  mkdirSync(join(root, 'content', 'data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Astro's store and loader context, as much as the loader uses; `parsed` lists the records validated, in order. */
function context() {
  type Entry = { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string };
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const value = {
    collection: 'things',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => entries.set(entry.id, entry) && true,
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return { ...data, validated: true };
    },
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: (message: string) => parsed.push(`error: ${message}`) },
  } as unknown as LoaderContext;
  return { value, entries, parsed };
}

describe('the records loader', () => {
  it('validates and stores again only the records that changed, and forgets those gone', async () => {
    const loader = recordsLoader({ file });
    const { value, entries, parsed } = context();
    write([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ]);
    await loader.load(value);
    expect(parsed).toEqual(['a', 'b', 'c']);
    expect(entries.get('b')).toMatchObject({ data: { id: 'b', n: 2, validated: true }, filePath: file });

    await loader.load(value);
    expect(parsed).toEqual(['a', 'b', 'c']);

    write([
      { id: 'a', n: 1 },
      { id: 'b', n: 20 },
      { id: 'd', n: 4 },
    ]);
    await loader.load(value);
    expect(parsed).toEqual(['a', 'b', 'c', 'b', 'd']);
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'd']);
    expect(entries.get('b')?.data.n).toBe(20);
  });

  it('gives records their ids by `records`, and stops at two records with one id', async () => {
    const loader = recordsLoader({
      file,
      records: (text) =>
        (JSON.parse(text) as { article: string; n: number }[]).map((q) => ({ id: `${q.article}/${q.n}`, ...q })),
    });
    const { value, entries } = context();
    write([
      { article: 'x', n: 1 },
      { article: 'x', n: 2 },
    ]);
    await loader.load(value);
    expect([...entries.keys()]).toEqual(['x/1', 'x/2']);
    write([
      { article: 'x', n: 1 },
      { article: 'x', n: 1 },
    ]);
    await expect(loader.load(value)).rejects.toThrow(/two records have the id "x\/1"/);
  });
});

describe('the records loader that keeps records beside the store', () => {
  const Thing = z.object({ id: z.string(), n: z.number() });
  /** The schema, counting the records it validates. */
  const counted = () => {
    const validated: string[] = [];
    const schema = Thing.transform((thing) => {
      validated.push(thing.id);
      return thing;
    });
    return { schema, validated };
  };
  const kept = () => join(root, 'node_modules', '.astro', RECORD_FILES);

  it('keeps every record in one file beside the store, validating only those that changed', async () => {
    const { schema, validated } = counted();
    const loader = recordsBesideLoader({ file, schema });
    const { value, entries } = context();
    write([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    await loader.load(value);
    expect([...entries.keys()]).toEqual([RECORDS_ENTRY]);
    expect(recordsOf(entries.get(RECORDS_ENTRY), root)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    expect(validated).toEqual(['a', 'b']);

    write([
      { id: 'c', n: 3 },
      { id: 'a', n: 1 },
      { id: 'b', n: 20 },
    ]);
    await loader.load(value);
    expect(validated).toEqual(['a', 'b', 'c', 'b']);
    // In the order of their ids, as Astro's store gives a collection.
    expect(recordsOf(entries.get(RECORDS_ENTRY), root)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 20 },
      { id: 'c', n: 3 },
    ]);
    expect(entries.get(RECORDS_ENTRY)?.data).toMatchObject({ count: 3 });
    // One file: the last version's.
    expect(readdirSync(kept())).toHaveLength(1);
  });

  it('validates every record again when the kept file is gone, and drops records a store held before', async () => {
    const { schema, validated } = counted();
    const loader = recordsBesideLoader({ file, schema });
    const { value, entries } = context();
    entries.set('old-record', { id: 'old-record', data: { n: 0 } });
    write([{ id: 'a', n: 1 }]);
    await loader.load(value);
    expect([...entries.keys()]).toEqual([RECORDS_ENTRY]);
    rmSync(kept(), { recursive: true });
    mkdirSync(kept(), { recursive: true });
    await loader.load(value);
    expect(validated).toEqual(['a', 'a']);
    expect(existsSync(join(root, String(entries.get(RECORDS_ENTRY)?.data.file)))).toBe(true);
  });

  it('stops at a record the schema rejects, naming the file and the record', async () => {
    const loader = recordsBesideLoader({ file, schema: Thing });
    write([{ id: 'a', n: 'one' }]);
    await expect(loader.load(context().value)).rejects.toThrow(/things\.json: the record "a" is not valid/);
  });
});
