import transliterate from '@sindresorhus/transliterate';
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
  const found = placeNamed(place, gazetteer);
  return new Set(found ? [found.id, ...(found.country ? [found.country] : [])] : []);
}

/** The gazetteer's place with this name or alias, whatever the case. */
export function placeNamed(place: string | undefined, gazetteer: KindedEntry[]): KindedEntry | undefined {
  const wanted = place?.toLowerCase();
  return gazetteer.find(
    (entry) => entry.kind === 'place' && [entry.name, ...entry.aliases].some((name) => name.toLowerCase() === wanted),
  );
}

/**
 * A dateline's place as the archive names it: a place printed in another script than the site's ("ЖЕНЕВА") by the
 * gazetteer's name ("Geneva"), so that every dateline reads in English, and one the gazetteer does not know in Latin
 * letters (@sindresorhus/transliterate: "Душанбе" is "Dushanbe"), as English texts romanise a place they have no name
 * of their own for; a Latin one as printed, since the gazetteer's name may be longer than a dateline's ("Washington"
 * for the capital).
 */
export function datelinePlaceName(place: string, gazetteer: KindedEntry[]): string {
  if (/\p{Script=Latin}/u.test(place)) return place;
  return placeNamed(place, gazetteer)?.name ?? transliterate(place);
}
