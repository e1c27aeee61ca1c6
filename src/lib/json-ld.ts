import type { CslItem } from './cite.ts';
import { writeParts } from './dates.ts';

/** A JSON-LD node: schema.org terms, https://schema.org/docs/full.html. */
export type Node = { [key: string]: string | string[] | Node | Node[] | undefined };

/** A person an article mentions, as its JSON-LD names them: their name, their page here, their Wikidata item if known. */
export interface PersonRef {
  name: string;
  url: string;
  wikidata?: string | undefined;
}

/** A dated event an article mentions: its title, its row in the chronology, its EDTF date's known parts or its span. */
export interface EventRef {
  name: string;
  url: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/** A theme an article is about: its title and its page. */
export interface ThemeRef {
  name: string;
  url: string;
}

/** What an article page says of itself beyond its citation: the original's address, agencies, people, events, themes. */
export interface ArticleLdInput {
  item: CslItem;
  standfirst?: string | undefined;
  /** The address of the source the seed gives, if any. */
  basedOn?: string | undefined;
  agencies: string[];
  people: PersonRef[];
  events: EventRef[];
  themes: ThemeRef[];
}

/** A Person node: name, page, and the Wikidata item as `sameAs`, so that others can tell which person it is. */
export function personLd(person: PersonRef, extra: Node = {}): Node {
  return {
    '@type': 'Person',
    '@id': person.url,
    name: person.name,
    url: person.url,
    ...(person.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${person.wikidata}` } : {}),
    ...extra,
  };
}

/**
 * The article as a schema.org NewsArticle: the outlet as publisher, the wire agencies as source organisations, the
 * date as far as it is known, the original address as `isBasedOn`, and the people and chronology events it mentions.
 */
export function newsArticleLd({ item, standfirst, basedOn, agencies, people, events, themes }: ArticleLdInput): Node {
  const parts = item.issued?.['date-parts'][0];
  const outlet = item['container-title'];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': item.URL,
    url: item.URL,
    headline: item.title,
    ...(standfirst ? { alternativeHeadline: standfirst } : {}),
    ...(parts ? { datePublished: writeParts(parts) } : {}),
    ...(item.language ? { inLanguage: item.language } : {}),
    ...(item.author ? { author: item.author.map(({ literal }) => ({ '@type': 'Person', name: literal })) } : {}),
    ...(outlet ? { publisher: { '@type': 'NewsMediaOrganization', name: outlet } } : {}),
    ...(agencies.length > 0
      ? { sourceOrganization: agencies.map((name) => ({ '@type': 'NewsMediaOrganization', name })) }
      : {}),
    ...(basedOn ? { isBasedOn: basedOn } : {}),
    ...(themes.length > 0 ? { about: themes.map((theme) => ({ '@type': 'Thing', ...theme })) } : {}),
    mentions: [
      ...people.map((person) => personLd(person)),
      ...events.map((event) => ({ '@type': 'Event', ...definedOnly(event) })),
    ],
  };
}

function definedOnly(event: EventRef): Node {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped as `\u003c`…, so that no text of a seed
 * can close the script or open a comment, and the line and paragraph separators that old parsers reject. Still JSON.
 */
export function serialiseLd(node: Node): string {
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };
  return JSON.stringify(node)
    .replace(/[<>&]/g, (char) => escapes[char] ?? char)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
