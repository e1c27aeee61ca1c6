import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type EventsEditorial, EventsEditorialSchema } from '../../../src/schemas/data.ts';
import {
  type Lexicon,
  LexiconSchema,
  type SeedEditorial,
  SeedEditorialSchema,
} from '../../../src/schemas/editorial.ts';
import { loadYaml } from './yaml.ts';

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
