import type { z } from 'zod';
import { yearOf } from '../../src/lib/dates.ts';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import {
  EntitiesFileSchema,
  type EventsEditorial,
  EventsFileSchema,
  QuotesFileSchema,
  RedirectsFileSchema,
  StoriesFileSchema,
} from '../../src/schemas/data.ts';
import type { SeedEditorial } from '../../src/schemas/editorial.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import { entityRecords } from './archive/entities.ts';
import { eventRecords } from './archive/events.ts';
import { linkAcrossArchive } from './archive/people.ts';
import { quoteRecords } from './archive/quotes.ts';
import { type Published, redirectRecords } from './archive/redirects.ts';
import { groupStories, type StoryLinkCache } from './archive/stories.ts';
import { type MdxMemo, memoWriter } from './cache/mdx-memo.ts';
import type { PeopleMemo } from './cache/people-memo.ts';
import type { IngestedArticle } from './pipeline.ts';
import { blockText } from './text/document.ts';

/** What the ingest writes: MDX keyed by file name under `content/articles/`, JSON keyed by file name under `content/data/`. */
export interface Rendered {
  articles: Map<string, string>;
  data: Map<string, string>;
  /** What an editor should look at: changes in `content/editorial/events.yaml` that no longer apply. */
  warnings: string[];
}

/**
 * Slugs, MDX and the archive-wide data for every article; seeds must come sorted by file name. `published` says
 * what the committed content had, so that an article whose slug changes keeps its old address as a redirect. People an
 * article names only in part are first linked to those other articles name in full (archive/people.ts).
 * `storyLinks` gives the stories the similar pairs of an earlier run and takes this run's (archive/stories.ts); the
 * stories are the same with it or without. `mdxMemo` gives the MDX an earlier run wrote for articles the people pass
 * changed (cache/mdx-memo.ts); the MDX is the same with it or without. `peopleMemo` gives the people pass what an
 * earlier run found for articles it need not run on again (cache/people-memo.ts); the articles are the same with it or
 * without.
 */
export function render(
  ingested: IngestedArticle[],
  editorial: Map<string, SeedEditorial>,
  gazetteer: KindedEntry[] = [],
  eventsEditorial: EventsEditorial = { suppress: [], retitle: {}, add: [] },
  published: Published = { slugs: new Map(), redirects: [] },
  storyLinks: StoryLinkCache = {},
  mdxMemo: MdxMemo = {},
  peopleMemo: PeopleMemo = {},
): Rendered {
  const articles = linkAcrossArchive(ingested, gazetteer, peopleMemo);
  const slugs = uniqueSlugs(
    articles.map((article) => {
      const fixed = editorial.get(article.file)?.slug;
      const edtf = article.frontmatter.published?.edtf;
      const year = edtf ? yearOf(edtf)?.toString() : undefined;
      return { title: article.frontmatter.title, ...(year ? { year } : {}), ...(fixed ? { fixed } : {}) };
    }),
  );
  const slugged = articles.map((article, i) => ({ slug: slugs[i] ?? '', article }));
  const redirects = redirectRecords(slugged, published);
  // An editor's evidence names an article by the slug it had then; a retitled article is found by its old one.
  const moved = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const events = eventRecords(slugged, {
    ...eventsEditorial,
    add: eventsEditorial.add.map((event) => ({
      ...event,
      evidence: event.evidence.map((witness) => ({
        ...witness,
        article: moved.get(witness.article) ?? witness.article,
      })),
    })),
  });
  const mdx = memoWriter(mdxMemo);
  const written = new Map(
    slugged.map(({ slug, article }) => [`${slug}.mdx`, article.mdx ?? mdx.write(article.frontmatter, article.blocks)]),
  );
  mdx.done();
  return {
    warnings: events.warnings,
    articles: written,
    data: new Map([
      ['entities.json', json(EntitiesFileSchema, entityRecords(slugged, gazetteer))],
      ['quotes.json', json(QuotesFileSchema, quoteRecords(slugged))],
      ['events.json', json(EventsFileSchema, events.records)],
      ['redirects.json', json(RedirectsFileSchema, redirects)],
      [
        'stories.json',
        json(
          StoriesFileSchema,
          groupStories(
            slugged.map(({ slug, article }) => ({
              slug,
              text: storyText(article),
              ...(article.signature ? { signature: Uint32Array.from(article.signature) } : {}),
            })),
            storyLinks,
          ),
        ),
      ],
    ]),
  };
}

/** The text of an article the story detection compares: its blocks' text, a line each. */
export function storyText(article: Pick<IngestedArticle, 'blocks'>): string {
  return article.blocks.map(blockText).join('\n');
}

/** Data as the site reads it: validated, two-space JSON, a final newline. */
function json<T extends z.ZodType>(schema: T, data: z.input<T>): string {
  return `${JSON.stringify(schema.parse(data), null, 2)}\n`;
}
