import type { QuoteRecord } from '../../../src/schemas/data.ts';
import type { Slugged } from './events.ts';

/** Every quotation of every article, in article order. */
export function quoteRecords(slugged: Slugged[]): QuoteRecord[] {
  return slugged.flatMap(({ slug, article }) =>
    (article.frontmatter.quotations ?? []).map((quotation) => ({
      article: slug,
      ...quotation,
      ...(article.frontmatter.published ? { published: article.frontmatter.published.edtf } : {}),
    })),
  );
}
