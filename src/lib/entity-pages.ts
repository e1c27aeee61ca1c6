import { getCollection } from 'astro:content';
import type { Kind } from './entities';
import { listingKeys } from './page-keys';

/**
 * The paths of the pages of every place, organisation or agreement (`kind`), each shown by EntityPage.astro, with the
 * key of what that page shows (src/lib/page-keys.ts): the entity; the frontmatter of every article that names it (the
 * page lists the newest, and dates its search entry by the latest) with their stories and the themes; the people
 * named in those articles, with how many of them name each (the page lists those named most often, by count and
 * then name), each as an entity; and the country a place lies in, as an entity or by its gazetteer name. So a typo
 * fixed in one article re-renders the pages of the entities it names, and no other.
 */
export async function entityPagePaths(kind: Exclude<Kind, 'person'>) {
  const entities = await getCollection('entities');
  const gazetteer = new Map((await getCollection('gazetteerPlaces')).map((place) => [place.id, place.data.name]));
  const key = listingKeys({
    articles: await getCollection('articles'),
    stories: await getCollection('stories'),
    themes: await getCollection('themes'),
    entities,
  });
  // Which people each article names, so that each page counts its people without going through every person.
  const peopleOf = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.data.kind !== 'person') continue;
    for (const slug of entity.data.articles) peopleOf.set(slug, [...(peopleOf.get(slug) ?? []), entity.id]);
  }
  const ids = new Set(entities.map((entity) => entity.id));
  return entities
    .filter((entity) => entity.data.kind === kind)
    .map((entity) => {
      const counts = new Map<string, number>();
      for (const slug of new Set(entity.data.articles)) {
        for (const person of peopleOf.get(slug) ?? []) counts.set(person, (counts.get(person) ?? 0) + 1);
      }
      const people = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const { country } = entity.data;
      const countryShown = country ? [country, ids.has(country), gazetteer.get(country) ?? null] : null;
      return {
        params: { id: entity.id },
        props: { entity },
        cacheKey: key([entity.id, people, countryShown], {
          articles: entity.data.articles,
          entities: [entity.id, ...people.map(([person]) => person), ...(country && ids.has(country) ? [country] : [])],
        }),
      };
    });
}
