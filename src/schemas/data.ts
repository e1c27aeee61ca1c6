import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';
import { EntityKindSchema, EntrySchema } from './gazetteer.ts';

/** An entity as the site shows it: its gazetteer entry (or automatic one) and where the archive mentions it. */
export const EntityRecordSchema = EntrySchema.extend({
  /** What it is. */
  kind: EntityKindSchema,
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
  /** The day it was said, where the reporter's sentence gives it ("said on Friday"), and those words. */
  said: z.object({ edtf: EdtfSchema, text: z.string() }).optional(),
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

/** An article's address that once was and no longer is: its slug changed (a corrected headline), and it redirects. */
export const RedirectRecordSchema = z.object({
  /** The slug it was published under. */
  from: z.string(),
  /** The slug it has now. */
  to: z.string(),
  /** The seed both belong to, which ties the record to its article when the slug changes again. */
  seed: z.string(),
});

/** `content/data/redirects.json`: every former article address, kept for good so that no published link breaks. */
export const RedirectsFileSchema = z.array(RedirectRecordSchema);

/** Where an event is evidenced: an article and, for an event its text dates, the paragraph and the sentence. */
export const EvidenceSchema = z.object({
  /** The slug of the article. */
  article: z.string(),
  /** The permalink id of the paragraph (`p-…`, see the article's `paragraphs`); absent for a publication. */
  paragraph: z.string().optional(),
  /** The sentence, as the text has it; absent for a publication. */
  sentence: z.string().optional(),
});

/** An event id: lower-case letters, digits and hyphens, safe in a URL's query and fragment. */
export const EventIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

/** One event of the chronology: an article's publication, a dated event articles mention, or an editor's. */
export const EventRecordSchema = z.object({
  /**
   * Stable id, derived from what the event is, never from where it sits: `published-<slug>` for a publication;
   * for a mentioned event its date and a digest of its evidence sentence's letters (`2009-12-05-k3x9fa`,
   * scripts/ingest/ids.ts), so re-cleaning and re-ordering leave it alone; an editor's own id for one they add.
   */
  id: EventIdSchema,
  /** Other ids of the same happening (its other witnesses' ids), so that a link to any of them still lands; default none. */
  aliases: z.array(EventIdSchema).default([]),
  /** When, as EDTF; uncertain dates stay uncertain (`[2003-08-07..2003-08-08]`, `2009-03`). */
  edtf: EdtfSchema,
  /** A short title of what happened; the machine proposes one from the evidence, an editor may replace it. */
  title: z.string().min(3),
  /** `publication` for an article's own date, `mentioned` for an event its text dates, `editorial` for one an editor added. */
  kind: z.enum(['publication', 'mentioned', 'editorial']),
  /** The themes the evidence supports (a publication: its article's themes). */
  themes: z.array(z.string()),
  /** People the evidencing sentences (or, for a publication, the article) mention, by entity id. */
  people: z.array(z.string()),
  /** Every witness: one entry per article that evidences it, in slug order. */
  evidence: z.array(EvidenceSchema).min(1),
});

/** `content/data/events.json`: the chronology's events, by date then id. */
export const EventsFileSchema = z.array(EventRecordSchema);

/** An editor's evidence for an event they add: the article and the sentence; the ingest finds the paragraph. */
export const EditorialEvidenceSchema = z.strictObject({
  /** The slug of the article, the file name in `content/articles/` without `.mdx`. */
  article: z.string(),
  /** The sentence, word for word as the article has it. */
  sentence: z.string().min(3),
});

/** `content/editorial/events.yaml`: an editor's changes to the machine's events. */
export const EventsEditorialSchema = z.strictObject({
  /** Events the machine proposed that are not events (ids or aliases); default none. */
  suppress: z.array(z.string()).default([]),
  /** Better titles for the machine's events, by id or alias; default none. */
  retitle: z.record(z.string(), z.string().min(3)).default({}),
  /** Events the texts imply but the machine cannot find, each with its evidence; default none. */
  add: z
    .array(
      z.strictObject({
        id: EventIdSchema,
        edtf: EdtfSchema,
        title: z.string().min(3),
        themes: z.array(z.string()).default([]),
        people: z.array(z.string()).default([]),
        evidence: z.array(EditorialEvidenceSchema).min(1),
      }),
    )
    .default([]),
});

export type Evidence = z.output<typeof EvidenceSchema>;
export type EventRecord = z.output<typeof EventRecordSchema>;
export type EventsEditorial = z.output<typeof EventsEditorialSchema>;
export type StoryRecord = z.output<typeof StoryRecordSchema>;
export type EntityRecord = z.output<typeof EntityRecordSchema>;
export type QuoteRecord = z.output<typeof QuoteRecordSchema>;
export type RedirectRecord = z.output<typeof RedirectRecordSchema>;
