import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Entry, GazetteerFileSchema } from '../../../src/schemas/gazetteer.ts';
import { loadYaml } from '../editorial.ts';
import type { EntityKind } from './spans.ts';

/** A gazetteer entry with its kind, as the annotation passes use it. */
export interface KindedEntry extends Entry {
  kind: EntityKind;
}

/** The file each kind of entry lives in, under `content/gazetteer/`. */
export const GAZETTEER_FILES: Record<EntityKind, string> = {
  person: 'people.yaml',
  place: 'places.yaml',
  organisation: 'organisations.yaml',
  agreement: 'agreements.yaml',
};

/** Every gazetteer entry, validated; a missing file is an empty list, a duplicate id stops with an error. */
export function loadGazetteer(contentDir: string): KindedEntry[] {
  const entries = (Object.entries(GAZETTEER_FILES) as [EntityKind, string][]).flatMap(([kind, name]) => {
    const file = join(contentDir, 'gazetteer', name);
    return existsSync(file) ? loadYaml(file, GazetteerFileSchema).map((entry) => ({ ...entry, kind })) : [];
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) {
      throw new Error(`content/gazetteer/: the id "${entry.id}" is used twice; give each entry its own id.`);
    }
    seen.add(entry.id);
  }
  return entries;
}
