import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader.ts';
import { RecordsPointerSchema } from './lib/record-files.ts';
import { recordsBesideLoader, recordsLoader } from './lib/records-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { EntityRecordSchema, EventRecordSchema, QuoteRecordSchema, StoryRecordSchema } from './schemas/data.ts';
import { EntrySchema } from './schemas/gazetteer.ts';
import { ThemeFrontmatterSchema } from './schemas/theme.ts';

// The data files the ingest writes are read by recordsLoader, which validates and stores again only the records that
// changed since the last build (src/lib/records-loader.ts); Astro's file() does every record on every build. The
// events and the quotations, the bulk of the data and each read whole in one place, are kept beside Astro's content
// store by recordsBesideLoader, their collections holding one entry that says where (read them with recordsOf).

/**
 * The articles the ingest wrote; the schema is the one the ingest validated them with. Their MDX is made HTML as it
 * loads, and kept between builds (src/lib/article-loader.ts).
 */
const articles = defineCollection({
  loader: articleLoader({ folder: 'content/articles' }),
  schema: ArticleSchema,
});

/** Every person, place, organisation and agreement the articles mention, as the ingest wrote them. */
const entities = defineCollection({
  loader: recordsLoader({ file: 'content/data/entities.json' }),
  schema: EntityRecordSchema,
});

/**
 * Every place in the gazetteer, named in an article or not: a city's page names its country from here even when no
 * article names the country (Geneva's Switzerland).
 */
const gazetteerPlaces = defineCollection({ loader: file('content/gazetteer/places.yaml'), schema: EntrySchema });

/** Every direct quotation; ids are `<article>/<n>`. */
const quotes = defineCollection({
  loader: recordsBesideLoader({
    file: 'content/data/quotes.json',
    schema: QuoteRecordSchema,
    records: (text) =>
      (JSON.parse(text) as { article: string; n: number }[]).map((quote) => ({
        id: `${quote.article}/${quote.n}`,
        ...quote,
      })),
  }),
  schema: RecordsPointerSchema,
});

/** The chronology's events: articles' publications, the dated events they mention, and editors' additions. */
const events = defineCollection({
  loader: recordsBesideLoader({ file: 'content/data/events.json', schema: EventRecordSchema }),
  schema: RecordsPointerSchema,
});

/** Stories with several witnesses, as the ingest grouped them. */
const stories = defineCollection({
  loader: recordsLoader({ file: 'content/data/stories.json' }),
  schema: StoryRecordSchema,
});

/** The themes: editorial files, one per theme; the body is the theme's introduction. */
const themes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/themes' }),
  schema: ThemeFrontmatterSchema,
});

export const collections = { articles, entities, events, gazetteerPlaces, quotes, stories, themes };
