import { type CollectionEntry, getCollection } from 'astro:content';

let cached: Promise<Map<string, CollectionEntry<'stories'>>> | undefined;

/**
 * The story each article carries, by the article's slug, where it carries one; made once per build. Every article
 * page shows its story's other witnesses (Witnesses.astro), and every list of articles or quotations groups them by
 * story (ArticleList.astro, QuoteList.astro): each looking through every story's witnesses took time that grows with
 * the square of the archive.
 */
export function storiesByArticle(): Promise<Map<string, CollectionEntry<'stories'>>> {
  cached ??= (async () => {
    const byArticle = new Map<string, CollectionEntry<'stories'>>();
    for (const story of await getCollection('stories')) {
      for (const witness of story.data.witnesses) if (!byArticle.has(witness.slug)) byArticle.set(witness.slug, story);
    }
    return byArticle;
  })();
  return cached;
}
