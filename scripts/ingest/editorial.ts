import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { type EventsEditorial, EventsEditorialSchema } from '../../src/schemas/data.ts';
import { type Lexicon, LexiconSchema, type SeedEditorial, SeedEditorialSchema } from '../../src/schemas/editorial.ts';
import { SeedError } from './errors.ts';

/** Reads and validates one YAML editorial file, or stops with an error naming the file, the field and the fix. */
export function loadYaml<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new SeedError(
      `${file}${line ? `:${line}` : ''}`,
      `is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      'correct the YAML syntax',
    );
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`)
      .join('; ');
    throw new SeedError(
      file,
      `does not match the editorial schema: ${problems}`,
      'see src/schemas/editorial.ts for the fields and their forms',
    );
  }
  return result.data;
}

/** The general cleaning vocabulary, `content/editorial/lexicon.yaml`. */
export function loadLexicon(contentDir: string): Lexicon {
  return loadYaml(join(contentDir, 'editorial', 'lexicon.yaml'), LexiconSchema);
}

/** An editor's corrections for one seed, or none: `content/editorial/articles/<seed name>.yaml`. */
export function loadSeedEditorial(contentDir: string, seedFile: string): SeedEditorial {
  const file = editorialPath(contentDir, seedFile);
  return existsSync(file) ? loadYaml(file, SeedEditorialSchema) : {};
}

/** Where the editorial file for a seed lives. */
export function editorialPath(contentDir: string, seedFile: string): string {
  return join(contentDir, 'editorial', 'articles', `${seedFile.replace(/\.txt$/i, '')}.yaml`);
}

/** An editor's changes to the chronology, `content/editorial/events.yaml`, or none. */
export function loadEventsEditorial(contentDir: string): EventsEditorial {
  const file = join(contentDir, 'editorial', 'events.yaml');
  return existsSync(file) ? loadYaml(file, EventsEditorialSchema) : { suppress: [], retitle: {}, add: [] };
}
