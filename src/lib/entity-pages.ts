import { getCollection } from 'astro:content';
import { newestOf } from './articles';
import { ARTICLES_SHOWN, type Kind, PEOPLE_SHOWN_WITH } from './entities';
import { listingKeys, shownEntityDigest } from './page-keys';
import { peopleIn } from './themes';

/**
 * The paths of the pages of every place, organisation or agreement (`kind`), each shown by EntityPage.astro from
 * the props made here, with the key of what that page shows (src/lib/page-keys.ts): the entity; how many articles
 * name it and the newest ARTICLES_SHOWN of them as a list shows them (`listedArticle`), with their stories and the
 * themes; the people most often named with it, each as a page shows a person and with how many of these articles
 * name them; and the country a place lies in, as an entity or by its gazetteer name. So a typo fixed in an article's
 * body re-renders none of them, and a retitled article only the pages that list it among their newest.
 */
export async function entityPagePaths(kind: Exclude<Kind, 'person'>) {
  const entities = await getCollection('entities');
  const all = await getCollection('articles');
  const gazetteer = new Map((await getCollection('gazetteerPlaces')).map((place) => [place.id, place.data.name]));
  const key = listingKeys({
    articles: all,
    stories: await getCollection('stories'),
    themes: await getCollection('themes'),
    entities,
  });
  const bySlug = new Map(all.map((article) => [article.id, article]));
  const ids = new Set(entities.map((entity) => entity.id));
  return entities
    .filter((entity) => entity.data.kind === kind)
    .map((entity) => {
      const articles = newestOf(entity.data.articles, bySlug);
      const people = peopleIn(entities, new Set(entity.data.articles)).slice(0, PEOPLE_SHOWN_WITH);
      const { country } = entity.data;
      const countryShown = country ? [country, ids.has(country), gazetteer.get(country) ?? null] : null;
      return {
        params: { id: entity.id },
        props: { entity, articles, people },
        cacheKey: key(
          [
            entity.id,
            articles.length,
            people.map(({ person, articles: count }) => [person.id, shownEntityDigest(person.data), count]),
            countryShown,
          ],
          {
            listed: articles.slice(0, ARTICLES_SHOWN).map((article) => article.id),
            entities: [entity.id, ...(country && ids.has(country) ? [country] : [])],
          },
        ),
      };
    });
}
