import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';

/** The articles the ingest wrote; the schema is the one the ingest validated them with. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: ArticleSchema,
});

export const collections = { articles };
