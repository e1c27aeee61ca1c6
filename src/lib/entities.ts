import type { EntityRecord } from '../schemas/data.ts';

/** What the archive names: a person, place, organisation, or agreement or resolution. */
export type Kind = EntityRecord['kind'];

/** Where each kind's pages are (`/places/<id>/`) and what its index is called. */
export const KIND_PAGES: Record<Kind, { path: string; title: string }> = {
  person: { path: 'people', title: 'People' },
  place: { path: 'places', title: 'Places' },
  organisation: { path: 'organisations', title: 'Organisations' },
  agreement: { path: 'agreements', title: 'Agreements and resolutions' },
};

/** The path of an entity's page, before `href()`: `/places/geneva/`. */
export function entityPath(kind: Kind, id: string): string {
  return `/${KIND_PAGES[kind].path}/${id}/`;
}

/**
 * The most articles an entity's page lists; the rest are one search away. At 5,000 articles a country is named in
 * most of them, and a listed article is about 400 bytes of HTML (title, date, outlet), so the list stays near 20 KB.
 */
export const ARTICLES_SHOWN = 50;

/** The most people a place's, an organisation's or an agreement's page names beside it: those most often named with it. */
export const PEOPLE_SHOWN_WITH = 10;

/** Names sorted as a reader looks them up: A–Z, letters before accents and case. */
export function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name, 'en');
}

/** A place with its country's id, or a country or region (no country): how the places index groups them. */
export interface PlaceGroups<T> {
  /** Countries and regions: places that lie in no other place the gazetteer knows, A–Z. */
  countries: T[];
  /** Cities and other places within a country, A–Z. */
  within: T[];
}

/** Places split into countries and regions, and places within a country, each A–Z. */
export function groupPlaces<T extends { data: { name: string; country?: string | undefined } }>(
  places: readonly T[],
): PlaceGroups<T> {
  const sorted = [...places].sort(byName);
  return {
    countries: sorted.filter((place) => place.data.country === undefined),
    within: sorted.filter((place) => place.data.country !== undefined),
  };
}
