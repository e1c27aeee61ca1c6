import type { z } from 'zod';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import {
  EntitiesFileSchema,
  type EntityRecord,
  type EventsEditorial,
  EventsFileSchema,
  type QuoteRecord,
  QuotesFileSchema,
  type RedirectRecord,
  RedirectsFileSchema,
  StoriesFileSchema,
} from '../../src/schemas/data.ts';
import type { SeedEditorial } from '../../src/schemas/editorial.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import { groupStories } from './annotate/stories.ts';
import { type Slugged as ArchiveArticle, eventRecords } from './archive/events.ts';
import { blockText } from './document.ts';
import type { IngestedArticle } from './pipeline.ts';
import { writeMdx } from './write.ts';

/** What the ingest writes: MDX keyed by file name under `content/articles/`, JSON keyed by file name under `content/data/`. */
export interface Rendered {
  articles: Map<string, string>;
  data: Map<string, string>;
  /** What an editor should look at: changes in `content/editorial/events.yaml` that no longer apply. */
  warnings: string[];
}

/** What was published before this ingest: each seed's slug, and the redirects already kept. */
export interface Published {
  slugs: Map<string, string>;
  redirects: RedirectRecord[];
}

/**
 * Slugs, MDX and the archive-wide data for every article; seeds must come sorted by file name. `published` says
 * what the committed content had, so that an article whose slug changes keeps its old address as a redirect.
 */
export function render(
  articles: IngestedArticle[],
  editorial: Map<string, SeedEditorial>,
  gazetteer: KindedEntry[] = [],
  eventsEditorial: EventsEditorial = { suppress: [], retitle: {}, add: [] },
  published: Published = { slugs: new Map(), redirects: [] },
): Rendered {
  const slugs = uniqueSlugs(
    articles.map((article) => {
      const fixed = editorial.get(article.file)?.slug;
      const year = article.frontmatter.published?.edtf.replace(/^\[/, '').slice(0, 4);
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
  return {
    warnings: events.warnings,
    articles: new Map(
      slugged.map(({ slug, article }) => [`${slug}.mdx`, writeMdx(article.frontmatter, article.blocks)]),
    ),
    data: new Map([
      ['entities.json', json(EntitiesFileSchema, entityRecords(slugged, gazetteer))],
      ['quotes.json', json(QuotesFileSchema, quoteRecords(slugged))],
      ['events.json', json(EventsFileSchema, events.records)],
      ['redirects.json', json(RedirectsFileSchema, redirects)],
      [
        'stories.json',
        json(
          StoriesFileSchema,
          groupStories(slugged.map(({ slug, article }) => ({ slug, text: article.blocks.map(blockText).join('\n') }))),
        ),
      ],
    ]),
  };
}

type Slugged = ArchiveArticle[];

/**
 * Every former address of a current article: the redirects kept before, pointed at where their seed's article is
 * now, and the slug each seed had before this ingest if it changed. An address in use by a current article, or
 * whose seed is gone, redirects nowhere.
 */
export function redirectRecords(slugged: Slugged, published: Published): RedirectRecord[] {
  const current = new Map(slugged.map(({ slug, article }) => [article.file, slug]));
  const live = new Set(current.values());
  const formers = [...published.redirects, ...[...published.slugs].map(([seed, from]) => ({ from, seed }))];
  const kept = new Map<string, RedirectRecord>();
  for (const { from, seed } of formers) {
    const to = current.get(seed);
    if (to && !live.has(from)) kept.set(from, { from, to, seed });
  }
  return [...kept.values()].sort((a, b) => a.from.localeCompare(b.from));
}

/** Data as the site reads it: validated, two-space JSON, a final newline. */
function json<T extends z.ZodType>(schema: T, data: z.input<T>): string {
  return `${JSON.stringify(schema.parse(data), null, 2)}\n`;
}

/** Every entity some article mentions: its gazetteer entry, or the automatic one, and the articles. */
function entityRecords(slugged: Slugged, gazetteer: KindedEntry[]): EntityRecord[] {
  const known = new Map<string, KindedEntry>(gazetteer.map((entry) => [entry.id, entry]));
  const inGazetteer = new Set(known.keys());
  for (const { article } of slugged) {
    for (const entry of article.automatic) if (!known.has(entry.id)) known.set(entry.id, entry);
  }
  const where = new Map<string, string[]>();
  for (const { slug, article } of slugged) {
    for (const { id } of article.frontmatter.mentions ?? []) where.set(id, [...(where.get(id) ?? []), slug]);
  }
  return [...where]
    .flatMap(([id, slugs]) => {
      const entry = known.get(id);
      return entry ? [{ ...entry, automatic: !inGazetteer.has(id), articles: slugs }] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every quotation of every article, in article order. */
function quoteRecords(slugged: Slugged): QuoteRecord[] {
  return slugged.flatMap(({ slug, article }) =>
    (article.frontmatter.quotations ?? []).map((quotation) => ({
      article: slug,
      ...quotation,
      ...(article.frontmatter.published ? { published: article.frontmatter.published.edtf } : {}),
    })),
  );
}
