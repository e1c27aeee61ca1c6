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
  const places = new Set(entries.filter((entry) => entry.kind === 'place').map((entry) => entry.id));
  for (const entry of entries) {
    for (const [field, id] of [
      ['country', entry.country],
      ['local.in', entry.local?.in],
    ] as const) {
      if (id !== undefined && !places.has(id)) {
        throw new Error(
          `content/gazetteer/${GAZETTEER_FILES[entry.kind]}: "${entry.id}" has ${field} "${id}", which is not a place id; use an id from content/gazetteer/places.yaml.`,
        );
      }
    }
  }
  return entries;
}

/**
 * The places an article's dateline puts it in: the place the dateline names (matched by name or alias,
 * whatever the case) and the country that place is in. Empty when there is no dateline or the gazetteer
 * does not know the place.
 */
export function datelinePlaces(place: string | undefined, gazetteer: KindedEntry[]): Set<string> {
  const wanted = place?.toLowerCase();
  const found = gazetteer.find(
    (entry) => entry.kind === 'place' && [entry.name, ...entry.aliases].some((name) => name.toLowerCase() === wanted),
  );
  return new Set(found ? [found.id, ...(found.country ? [found.country] : [])] : []);
}
