import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { EntityRecordSchema, QuoteRecordSchema } from './schemas/data.ts';

/** The articles the ingest wrote; the schema is the one the ingest validated them with. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: ArticleSchema,
});

/** Every person, place, organisation and agreement the articles mention, as the ingest wrote them. */
const entities = defineCollection({
  loader: file('content/data/entities.json'),
  schema: EntityRecordSchema,
});

/** Every direct quotation; ids are `<article>/<n>`. */
const quotes = defineCollection({
  loader: file('content/data/quotes.json', {
    parser: (text) =>
      (JSON.parse(text) as { article: string; n: number }[]).map((quote) => ({
        id: `${quote.article}/${quote.n}`,
        ...quote,
      })),
  }),
  schema: QuoteRecordSchema,
});

export const collections = { articles, entities, quotes };
