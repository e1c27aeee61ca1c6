import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import type { z } from 'zod';
import { writeWhole } from '../../../src/lib/write-whole.ts';
import { InputError } from '../errors.ts';

/** The `yaml` library's version: a parse kept by one version is not given for another's. */
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

/** Where parsed YAML is kept between runs (`keepParsedYaml`), and the files this run asked for. */
let kept: { folder: string; used: Set<string> } | undefined;

/**
 * Keeps what each YAML file parses to in `folder` (the ingest's cache), as JSON named by a digest of the file's text
 * and the library's version, or stops keeping it (undefined). The `yaml` library took about 0.7 s of every run to
 * parse the gazetteer (180 KB), as long as a rebuild's whole ingest of the one seed that changed; JSON.parse of the
 * same data takes milliseconds. A parse is kept only when JSON gives back exactly the same value (no infinities,
 * dates or other values JSON cannot hold), so what is read from the folder is always what the text parses to.
 */
export function keepParsedYaml(folder: string | undefined): void {
  kept = folder ? { folder, used: new Set() } : undefined;
  if (folder) mkdirSync(folder, { recursive: true });
}

/** Removes the parses kept for texts that no file read since `keepParsedYaml` had (an edited file's last version). */
export function pruneParsedYaml(): void {
  if (!kept) return;
  for (const name of readdirSync(kept.folder))
    if (!kept.used.has(name)) rmSync(join(kept.folder, name), { force: true });
}

/** What `text` parses to, from the kept parses when there is one; throws as `YAML.parse` does. */
function parseYaml(text: string): unknown {
  if (!kept) return YAML.parse(text);
  const name = `${createHash('sha256').update(YAML_VERSION).update('\0').update(text).digest('hex')}.json`;
  const file = join(kept.folder, name);
  kept.used.add(name);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const data: unknown = YAML.parse(text);
  const json = JSON.stringify(data ?? null);
  if (isDeepStrictEqual(JSON.parse(json), data ?? null)) {
    writeWhole(file, json);
  }
  return data;
}

/** Reads and validates one YAML editorial file, or stops with an error naming the file, the field and the fix. */
export function loadYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  schemaFile = 'src/schemas/editorial.ts',
): z.output<T> {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(
      file,
      `is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      'correct the YAML syntax',
      line,
    );
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`)
      .join('; ');
    throw new InputError(
      file,
      `does not match its schema: ${problems}`,
      `see ${schemaFile} for the fields and their forms`,
    );
  }
  return result.data;
}
