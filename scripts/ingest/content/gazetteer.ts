import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GazetteerFileSchema } from '../../../src/schemas/gazetteer.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import type { EntityKind } from '../annotate/spans.ts';
import { InputError } from '../errors.ts';
import { loadYaml } from './yaml.ts';

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
    return existsSync(file)
      ? loadYaml(file, GazetteerFileSchema, 'src/schemas/gazetteer.ts').map((entry) => ({ ...entry, kind }))
      : [];
  });
  const seen = new Map<string, EntityKind>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      const file = join(contentDir, 'gazetteer', GAZETTEER_FILES[entry.kind]);
      throw new InputError(
        file,
        `the id "${entry.id}" is used twice${first === entry.kind ? '' : ` (also in ${GAZETTEER_FILES[first]})`}`,
        'give each entry its own id; ids are what pages, links and quotations refer to',
        idLine(file, entry.id, first === entry.kind ? 2 : 1),
      );
    }
    seen.set(entry.id, entry.kind);
  }
  const places = new Set(entries.filter((entry) => entry.kind === 'place').map((entry) => entry.id));
  for (const entry of entries) {
    for (const [field, id] of [
      ['country', entry.country],
      ['local.in', entry.local?.in],
    ] as const) {
      if (id !== undefined && !places.has(id)) {
        const file = join(contentDir, 'gazetteer', GAZETTEER_FILES[entry.kind]);
        throw new InputError(
          file,
          `"${entry.id}" has ${field} "${id}", which is not a place id`,
          'use an id from content/gazetteer/places.yaml, or add the place there',
          idLine(file, entry.id, 1),
        );
      }
    }
  }
  return entries;
}

/** The line of the `nth` entry with this id in a gazetteer file (`- id: x`), for an error an editor can act on. */
function idLine(file: string, id: string, nth: number): number | undefined {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines
    .map((line, i) =>
      new RegExp(`^\\s*-?\\s*id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`).test(line)
        ? i + 1
        : 0,
    )
    .filter((line) => line > 0);
  return at[nth - 1] ?? at[0];
}
