import type { Article } from '../../schemas/article.ts';
import { type ChronologyFile, ChronologyFileSchema } from '../../schemas/chronology.ts';
import type { EntityRecord, EventRecord } from '../../schemas/data.ts';
import { formatEdtf } from '../dates.ts';
import { chronology } from './order.ts';
import { placeEdtf } from './place.ts';

/** What the published chronology is made from: the collections, as plain data. */
export interface ChronologySources {
  events: EventRecord[];
  articles: { id: string; data: Article }[];
  themes: { id: string; title: string }[];
  entities: EntityRecord[];
}

/**
 * The chronology as the site publishes it (`/data/chronology.json`) and every chart draws it: events by date,
 * each placed for drawing (place.ts), its date in words, and its evidence with the headline, outlet and path of
 * each witness; the themes and the people it names. Validated by the published schema. An event whose evidence
 * names an article that does not exist stops the build: its link would lead nowhere.
 */
export function publishChronology({ events, articles, themes, entities }: ChronologySources): ChronologyFile {
  const bySlug = new Map(articles.map((article) => [article.id, article.data]));
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const published = chronology(events).map((event) => ({
    id: event.id,
    aliases: event.aliases,
    edtf: event.edtf,
    when: formatEdtf(event.edtf),
    ...placeEdtf(event.edtf),
    title: event.title,
    kind: event.kind,
    themes: event.themes,
    people: event.people,
    evidence: event.evidence.map(({ article, paragraph, sentence }) => {
      const data = bySlug.get(article);
      if (!data)
        throw new Error(`Event ${event.id}: its evidence, article "${article}", does not exist; run npm run ingest.`);
      return {
        article,
        headline: data.title,
        ...(data.outlet ? { outlet: data.outlet.value } : {}),
        path: `/articles/${article}/${paragraph ? `#${paragraph}` : ''}`,
        ...(sentence ? { sentence } : {}),
      };
    }),
  }));
  const named = [...new Set(published.flatMap((event) => event.people))].sort();
  return ChronologyFileSchema.parse({
    themes,
    people: named.map((id) => ({ id, name: names.get(id) ?? id })),
    events: published,
  });
}

/**
 * What charts in the browser fetch: the published chronology without its evidence sentences (a quarter of its
 * weight: 360 KB against 488 KB gzipped at 5,000 generated events, npm run bench). The panel fetches chronology.json
 * for the sentences when a reader first opens an event. Valid under the same schema, where a sentence is optional.
 */
export function chronologyView(file: ChronologyFile): ChronologyFile {
  return { ...file, events: file.events.map(eventView) };
}

/** One event as `chronologyView` gives it: its evidence without sentences. */
export function eventView(event: ChronologyFile['events'][number]): ChronologyFile['events'][number] {
  return { ...event, evidence: event.evidence.map(({ sentence: _sentence, ...rest }) => rest) };
}
