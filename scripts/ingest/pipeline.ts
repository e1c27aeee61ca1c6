import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { earliest } from '../../src/lib/dates.ts';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import type { ArticleInput } from '../../src/schemas/article.ts';
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
import type { Lexicon, SeedEditorial } from '../../src/schemas/editorial.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { annotate } from './annotate/annotate.ts';
import type { FoundEvent } from './annotate/events.ts';
import type { KindedEntry } from './annotate/gazetteer.ts';
import type { Mention } from './annotate/spans.ts';
import { groupStories } from './annotate/stories.ts';
import { clean } from './clean.ts';
import { describe } from './describe.ts';
import { type Block, blockText, markDateline } from './document.ts';
import { readSeed } from './read.ts';
import { repair } from './repair.ts';
import { segment } from './segment.ts';
import { writeMdx } from './write.ts';

/** One seed, as the ingest receives it. */
export interface SeedInput {
  /** The seed's file name, e.g. `003_53c4489924289c88.txt`. */
  file: string;
  bytes: Uint8Array;
  editorial: SeedEditorial;
}

/** One article ready to write. */
export interface IngestedArticle {
  file: string;
  frontmatter: ArticleInput;
  blocks: Block[];
  /** People the text names that the gazetteer lacks, found automatically. */
  automatic: KindedEntry[];
  /** Dated events the text mentions. */
  events: FoundEvent[];
  /** The ids of the people the text mentions. */
  personIds: Set<string>;
  warnings: string[];
}

/**
 * Runs the stages on one seed: read → segment → clean → describe → repair. Annotation (people,
 * quotations, dates) will run here next, on `blocks`, before the article is written.
 */
export function ingestSeed(
  { file, bytes, editorial }: SeedInput,
  lexicon: Lexicon,
  gazetteer: KindedEntry[] = [],
  themes: Theme[] = [],
): IngestedArticle {
  const { text, encoding, warnings } = readSeed(file, bytes);
  const segmented = segment(text);
  const cleaned = clean(segmented.pieces, lexicon);
  const described = describe({ kept: cleaned.kept, masthead: cleaned.masthead, lexicon, editorial });
  const repaired = repair({
    body: described.body,
    title: described.meta.title,
    ...(described.meta.standfirst ? { standfirst: described.meta.standfirst } : {}),
    lines: described.lines,
    language: described.meta.language,
    lexicon,
  });
  const changes = [...segmented.changes, ...cleaned.changes, ...described.changes, ...repaired.changes];
  const annotated = annotate({
    blocks: markDateline(repaired.blocks, described.meta.dateline?.text),
    gazetteer,
    published: described.meta.published?.edtf,
    language: described.meta.language,
    editorial,
    firstNote: repaired.repairs.length + 1,
    themes,
  });
  const frontmatter: ArticleInput = {
    ...described.meta,
    title: repaired.title,
    ...(repaired.standfirst ? { standfirst: repaired.standfirst } : {}),
    seed: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
    changes: changes.sort((a, b) => a.line - b.line),
    repairs: repaired.repairs,
    flags: annotated.flags.map(({ n, word, meaning }) => ({ n, word, ...(meaning ? { meaning } : {}) })),
    mentions: countMentions(annotated.mentions),
    themes: annotated.themes,
    quotations: annotated.quotations.map((quotation) => ({
      n: quotation.id,
      ...(quotation.speaker ? { speaker: quotation.speaker } : {}),
      text: quotation.spans
        .map((span) => blockText(annotated.blocks[span.block] ?? EMPTY).slice(span.start, span.end))
        .join(' '),
    })),
  };
  if (!frontmatter.published?.edtf.match(/^\[?\d{4}/)) {
    warnings.push(
      `${file}: the text gives no publication date with a year; add one with its evidence in content/editorial/articles/.`,
    );
  }
  const { blocks, automatic, events } = annotated;
  const personIds = new Set(annotated.mentions.filter((m) => m.kind === 'person').map((m) => m.id));
  return { file, frontmatter, blocks, automatic, events, personIds, warnings };
}

const EMPTY: Block = { type: 'paragraph', line: 1, children: [] };

/** Each entry the text mentions and how often, most mentioned first, then by id. */
function countMentions(mentions: Mention[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** What the ingest writes: MDX keyed by file name under `content/articles/`, JSON keyed by file name under `content/data/`. */
export interface Rendered {
  articles: Map<string, string>;
  data: Map<string, string>;
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
  return {
    articles: new Map(
      slugged.map(({ slug, article }) => [`${slug}.mdx`, writeMdx(article.frontmatter, article.blocks)]),
    ),
    data: new Map([
      ['entities.json', json(EntitiesFileSchema, entityRecords(slugged, gazetteer))],
      ['quotes.json', json(QuotesFileSchema, quoteRecords(slugged))],
      ['events.json', json(EventsFileSchema, eventRecords(slugged, eventsEditorial))],
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
  const automatic = new Set<string>();
  for (const { article } of slugged) {
    for (const entry of article.automatic) {
      if (!known.has(entry.id)) known.set(entry.id, entry);
      automatic.add(entry.id);
    }
  }
  const where = new Map<string, string[]>();
  for (const { slug, article } of slugged) {
    for (const { id } of article.frontmatter.mentions ?? []) where.set(id, [...(where.get(id) ?? []), slug]);
  }
  return [...where]
    .flatMap(([id, slugs]) => {
      const entry = known.get(id);
      return entry
        ? [{ ...entry, automatic: automatic.has(id) && !gazetteer.some((g) => g.id === id), articles: slugs }]
        : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The chronology: each article's publication and the events its text dates, with an editor's changes, by date. */
function eventRecords(slugged: Slugged, editorial: EventsEditorial): EventRecord[] {
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
  const suppress = new Set(editorial.suppress);
  return [
    ...machine
      .filter((event) => !suppress.has(event.id))
      .map((event) => ({ ...event, title: editorial.retitle[event.id] ?? event.title })),
    ...editorial.add.map((event) => ({ ...event, kind: 'editorial' as const })),
  ].sort((a, b) => (earliest(a.edtf) ?? 0) - (earliest(b.edtf) ?? 0) || a.id.localeCompare(b.id));
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
