import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';
import { EntrySchema } from './gazetteer.ts';

/** An entity as the site shows it: its gazetteer entry (or automatic one) and where the archive mentions it. */
export const EntityRecordSchema = EntrySchema.extend({
  /** What it is. */
  kind: z.enum(['person', 'place', 'organisation', 'agreement']),
  /** True when no editor has written its entry: it was found by NLP in an article. */
  automatic: z.boolean(),
  /** The slugs of the articles that mention it, in the order of the articles. */
  articles: z.array(z.string()),
});

/** `content/data/entities.json`: every entity at least one article mentions, sorted by id. */
export const EntitiesFileSchema = z.array(EntityRecordSchema);

/** A direct quotation, archive-wide. */
export const QuoteRecordSchema = z.object({
  /** The slug of the article it is in. */
  article: z.string(),
  /** Its number in that article, as its `<Quote n="…">` marks have it. */
  n: z.number().int().positive(),
  /** The speaker's entity id; absent when the text does not say who spoke. */
  speaker: z.string().optional(),
  /** The quotation's words, quotation marks included. */
  text: z.string(),
  /** The article's publication date, for sorting by date. */
  published: EdtfSchema.optional(),
});

/** `content/data/quotes.json`: every direct quotation in the archive, in article order. */
export const QuotesFileSchema = z.array(QuoteRecordSchema);

/** One story carried by several articles (near-duplicates: the same wire copy in different outlets). */
export const StoryRecordSchema = z.object({
  /** Stable id: the smallest slug among its witnesses. */
  id: z.string(),
  /** The articles that carry it, by slug. */
  witnesses: z.array(z.object({ slug: z.string() })).min(2),
  /** The lowest estimated Jaccard similarity of word 5-shingles between two witnesses (MinHash). */
  similarity: z.number().min(0).max(1),
});

/** `content/data/stories.json`: every story with two or more witnesses. */
export const StoriesFileSchema = z.array(StoryRecordSchema);

/** One event of the chronology: an article's publication, or a dated event an article mentions. */
export const EventRecordSchema = z.object({
  /** Stable id: `<slug>/published`, or `<slug>/<block>-<date>` for a mentioned event, or an editor's id. */
  id: z.string(),
  /** When, as EDTF; uncertain dates stay uncertain (`[2003-08-07..2003-08-08]`, `2009-03`). */
  edtf: EdtfSchema,
  /** A short title; the machine's is the start of the evidencing sentence, an editor may replace it. */
  title: z.string().min(3),
  /** `publication` for an article's own date, `mentioned` for an event its text dates, `editorial` for one an editor added. */
  kind: z.enum(['publication', 'mentioned', 'editorial']),
  /** The themes of the article it comes from. */
  themes: z.array(z.string()),
  /** People the evidencing sentence (or, for a publication, the article) mentions, by entity id. */
  people: z.array(z.string()),
  /** Where the evidence is: the article, and for a mentioned event its paragraph and sentence. */
  evidence: z.object({
    article: z.string(),
    block: z.number().int().nonnegative().optional(),
    sentence: z.string().optional(),
  }),
});

/** `content/data/events.json`: the chronology's events, by date then id. */
export const EventsFileSchema = z.array(EventRecordSchema);

/** `content/editorial/events.yaml`: an editor's changes to the machine's events. */
export const EventsEditorialSchema = z.strictObject({
  /** Events the machine proposed that are not events (ids); default none. */
  suppress: z.array(z.string()).default([]),
  /** Better titles for the machine's events, by id; default none. */
  retitle: z.record(z.string(), z.string().min(3)).default({}),
  /** Events the texts imply but the machine cannot find, each with its evidence; default none. */
  add: z.array(EventRecordSchema.omit({ kind: true })).default([]),
});

export type EventRecord = z.output<typeof EventRecordSchema>;
export type EventsEditorial = z.output<typeof EventsEditorialSchema>;
export type StoryRecord = z.output<typeof StoryRecordSchema>;
export type EntityRecord = z.output<typeof EntityRecordSchema>;
export type QuoteRecord = z.output<typeof QuoteRecordSchema>;
