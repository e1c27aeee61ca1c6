import type { z } from 'zod';
import { earliest } from '../../src/lib/dates.ts';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import {
  EntitiesFileSchema,
  type EntityRecord,
  type EventRecord,
  type EventsEditorial,
  EventsFileSchema,
  type QuoteRecord,
  QuotesFileSchema,
  StoriesFileSchema,
} from '../../src/schemas/data.ts';
import type { SeedEditorial } from '../../src/schemas/editorial.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import { groupStories } from './annotate/stories.ts';
import { blockText } from './document.ts';
import { SeedError } from './errors.ts';
import type { IngestedArticle } from './pipeline.ts';
import { writeMdx } from './write.ts';

/** What the ingest writes: MDX keyed by file name under `content/articles/`, JSON keyed by file name under `content/data/`. */
export interface Rendered {
  articles: Map<string, string>;
  data: Map<string, string>;
  /** What an editor should look at: changes in `content/editorial/events.yaml` that no longer apply. */
  warnings: string[];
}

/** Slugs, MDX and the archive-wide data for every article; seeds must come sorted by file name. */
export function render(
  articles: IngestedArticle[],
  editorial: Map<string, SeedEditorial>,
  gazetteer: KindedEntry[] = [],
  eventsEditorial: EventsEditorial = { suppress: [], retitle: {}, add: [] },
): Rendered {
  const slugs = uniqueSlugs(
    articles.map((article) => {
      const fixed = editorial.get(article.file)?.slug;
      const year = article.frontmatter.published?.edtf.replace(/^\[/, '').slice(0, 4);
      return { title: article.frontmatter.title, ...(year ? { year } : {}), ...(fixed ? { fixed } : {}) };
    }),
  );
  const slugged = articles.map((article, i) => ({ slug: slugs[i] ?? '', article }));
  const events = eventRecords(slugged, eventsEditorial);
  return {
    warnings: events.warnings,
    articles: new Map(
      slugged.map(({ slug, article }) => [`${slug}.mdx`, writeMdx(article.frontmatter, article.blocks)]),
    ),
    data: new Map([
      ['entities.json', json(EntitiesFileSchema, entityRecords(slugged, gazetteer))],
      ['quotes.json', json(QuotesFileSchema, quoteRecords(slugged))],
      ['events.json', json(EventsFileSchema, events.records)],
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

type Slugged = { slug: string; article: IngestedArticle }[];

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

const EVENTS_FILE = 'content/editorial/events.yaml';

/**
 * The chronology: each article's publication and the events its text dates, with an editor's changes, by
 * date. An added event whose id the machine already uses stops the ingest. An added event whose evidence
 * points at no article or paragraph is left out, since its link would lead nowhere, and a retitled or
 * suppressed id the machine no longer proposes (its paragraph moved when the ingest improved, or its seed
 * is gone) changes nothing: each is a warning, so the editor's words are not lost unseen.
 */
function eventRecords(slugged: Slugged, editorial: EventsEditorial): { records: EventRecord[]; warnings: string[] } {
  const machine = slugged.flatMap(({ slug, article }) => {
    const { title, published, themes = [], mentions = [] } = article.frontmatter;
    const themeIds = themes.map((theme) => theme.id);
    const people = mentions.map((mention) => mention.id).filter((id) => article.personIds.has(id));
    const own: EventRecord[] = published
      ? [
          {
            id: `${slug}/published`,
            edtf: published.edtf,
            title: `Published: ${title}`,
            kind: 'publication',
            themes: themeIds,
            people,
            evidence: { article: slug },
          },
        ]
      : [];
    return [
      ...own,
      ...article.events.map((event) => ({
        id: `${slug}/${event.block}-${event.edtf}`,
        edtf: event.edtf,
        title: event.title,
        kind: 'mentioned' as const,
        themes: themeIds,
        people: event.people,
        evidence: { article: slug, block: event.block, sentence: event.sentence },
      })),
    ];
  });
  const ids = new Set(machine.map((event) => event.id));
  const blocks = new Map(slugged.map(({ slug, article }) => [slug, article.blocks.length]));
  const warn = (what: string, fix: string): string => `${EVENTS_FILE}: ${what}; ${fix}.`;
  const warnings: string[] = [];
  const added = editorial.add.filter(({ id, evidence }) => {
    if (ids.has(id)) {
      throw new SeedError(
        EVENTS_FILE,
        `adds the event "${id}", an id the ingest already uses`,
        'give it an id of its own',
      );
    }
    const count = blocks.get(evidence.article);
    if (count === undefined) {
      warnings.push(
        warn(
          `the event "${id}" has its evidence in "${evidence.article}", which is no article, so it is left out`,
          'use a slug from content/articles/ (the file name without .mdx), or remove the event if its seed is gone',
        ),
      );
      return false;
    }
    if (evidence.block !== undefined && evidence.block >= count) {
      warnings.push(
        warn(
          `the event "${id}" has its evidence in paragraph ${evidence.block} of "${evidence.article}", which has ${count}, so it is left out`,
          'count the article’s paragraphs from 0',
        ),
      );
      return false;
    }
    return true;
  });
  for (const [what, list] of [
    ['suppresses', editorial.suppress],
    ['retitles', Object.keys(editorial.retitle)],
  ] as const) {
    for (const id of list.filter((each) => !ids.has(each))) {
      warnings.push(
        warn(
          `${what} "${id}", an event the ingest no longer proposes`,
          'find its new id in content/data/events.json and update or remove the line',
        ),
      );
    }
  }
  const suppress = new Set(editorial.suppress);
  const records = [
    ...machine
      .filter((event) => !suppress.has(event.id))
      .map((event) => ({ ...event, title: editorial.retitle[event.id] ?? event.title })),
    ...added.map((event) => ({ ...event, kind: 'editorial' as const })),
  ].sort((a, b) => (earliest(a.edtf) ?? 0) - (earliest(b.edtf) ?? 0) || a.id.localeCompare(b.id));
  return { records, warnings };
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
