import type { Entry } from '../../../src/schemas/gazetteer.ts';
import type { EntityKind } from './spans.ts';

/** A gazetteer entry with its kind, as the annotation passes use it. */
export interface KindedEntry extends Entry {
  kind: EntityKind;
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
