import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';

/** How the archive knows a fact: read in the text, worked out from the text, or supplied by an editor. */
export const ProvenanceSchema = z.enum(['stated', 'inferred', 'editorial']);

/** The publication date of an article, with where it came from. */
export const PublishedSchema = z.object({
  /** The date as EDTF; uncertain or approximate dates use EDTF's `?`, `~` and `[a..b]`. */
  edtf: EdtfSchema,
  /** `stated` when the text gives the date, `inferred` when worked out from the text, `editorial` when an editor supplied it. */
  provenance: ProvenanceSchema,
  /** The words of the seed the date was read from; present for `stated` and for inferences that start from a partial date. */
  text: z.string().optional(),
  /** Why the date is what it is, in words; required unless the date is plainly stated. */
  evidence: z.string().optional(),
});

/** A fact about the article (outlet, URL) and where it came from. */
export const SourcedTextSchema = z.object({
  /** The value itself, e.g. an outlet's name. */
  value: z.string().min(1),
  /** `stated` when the seed gives it, `editorial` when an editor supplied it. */
  provenance: ProvenanceSchema,
  /** For editorial values: the reasoning, in words. */
  evidence: z.string().optional(),
});

/** Something cleaning took out of the seed or moved into the metadata, kept so nothing is lost silently. */
export const ChangeSchema = z.object({
  /** What happened: `removed` (page furniture), `metadata` (moved to the header), `paragraph` (a lost paragraph break restored), `heading` (a subheading run into the next sentence, set apart). */
  kind: z.enum(['removed', 'metadata', 'paragraph', 'heading']),
  /** The 1-based line of the seed where it happened. */
  line: z.number().int().positive(),
  /** The seed text concerned, exactly as received. */
  text: z.string(),
  /** Why, in words a reader understands. */
  reason: z.string(),
});

/** An inline repair of the text (a split word, a fixed quotation mark), numbered as it is marked in the body. */
export const RepairSchema = z.object({
  /** The number of the `<Repair n="…">` mark in the body. */
  n: z.number().int().positive(),
  /** What kind of repair: `split` (run-together words) or `quotes` (backslashes used as quotation marks). */
  kind: z.enum(['split', 'quotes']),
  /** The seed text before the repair. */
  original: z.string(),
  /** The text as the archive shows it. */
  text: z.string(),
  /** The 1-based line of the seed. */
  line: z.number().int().positive(),
  /** Where the repair is: in the headline, the standfirst or the body (default). */
  in: z.enum(['title', 'standfirst', 'body']).default('body'),
});

/** The frontmatter of a generated article, `content/articles/<slug>.mdx`. Written by the ingest, read by the site. */
export const ArticleSchema = z.object({
  /** The headline as printed, or a title supplied by the archive when the seed has none. */
  title: z.string().min(1),
  /** True when the title was supplied by the archive (shown in square brackets, as archives mark devised titles). */
  titleSupplied: z.boolean().default(false),
  /** A subtitle printed between the headline and the text, if any. */
  standfirst: z.string().optional(),
  /** The language of the text as a BCP 47 tag, e.g. `en`, `ru`. */
  language: z.string().min(2),
  /** The publication date. Absent only when neither the text nor an editor gives one. */
  published: PublishedSchema.optional(),
  /** The outlet that published this copy, e.g. "Global News Network 9". */
  outlet: SourcedTextSchema.optional(),
  /** When the text is a translation (from an editorial file): from which language, by a machine or not, and why. */
  translation: z.object({ from: z.string(), machine: z.boolean(), evidence: z.string() }).optional(),
  /** An address for the source given in the seed. */
  url: z.string().optional(),
  /** Wire agencies credited, e.g. Xinhua, IANS, RIA Novosti. */
  agencies: z.array(z.string()).default([]),
  /** The byline, when the seed names a writer. */
  byline: z.string().optional(),
  /** The dateline, with the words it was read from; its place ("Moscow") is absent when it credits an agency only. */
  dateline: z.object({ place: z.string().optional(), text: z.string() }).optional(),
  /**
   * The permalink id of each block of the body, in order (`p-` and a digest of its text; see
   * scripts/ingest/ids.ts), so that links to a paragraph survive re-cleaning; default none.
   */
  paragraphs: z.array(z.string().regex(/^p-[a-z0-9]+(?:-\d+)?$/)).default([]),
  /** The seed this article comes from. */
  seed: z.object({
    /** The seed's file name in `seeds/`. */
    file: z.string(),
    /** SHA-256 of the seed's bytes, so any change to the evidence is visible. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The character encoding the seed was read in. */
    encoding: z.string(),
  }),
  /** Block-level changes cleaning made, in the order of the seed. */
  changes: z.array(ChangeSchema).default([]),
  /** Inline repairs, in the order of their marks in the body. */
  repairs: z.array(RepairSchema).default([]),
  /** Words flagged as probably garbled, numbered after the repairs, with an editor's reading where one is given. */
  flags: z
    .array(
      z.object({
        /** The number of the `<Flag n="…">` mark and of its note. */
        n: z.number().int().positive(),
        /** The word as the text has it. */
        word: z.string(),
        /** What it most likely means, from the seed's editorial file. */
        meaning: z.string().optional(),
      }),
    )
    .default([]),
  /** The people, places, organisations and agreements the text mentions, most mentioned first. */
  mentions: z
    .array(
      z.object({
        /** The entry's id in `content/data/entities.json`. */
        id: z.string(),
        /** How many times the text mentions it. */
        count: z.number().int().positive(),
      }),
    )
    .default([]),
  /** The themes the article covers, best first: the machine's, with its score, and an editor's additions. */
  themes: z
    .array(
      z.object({
        /** The theme's id, the name of its file in `content/themes/`. */
        id: z.string(),
        /** The machine's score (see scripts/ingest/annotate/themes.ts); absent for a theme an editor added. */
        score: z.number().optional(),
        /** Who assigned it. */
        by: z.enum(['machine', 'editorial']),
      }),
    )
    .default([]),
  /** The article's direct quotations, in order. */
  quotations: z
    .array(
      z.object({
        /** The number of its `<Quote n="…">` marks. */
        n: z.number().int().positive(),
        /** The speaker's entry id; absent when the text does not say who spoke. */
        speaker: z.string().optional(),
        /** The quotation's words, quotation marks included, its paragraphs joined by a space. */
        text: z.string(),
        /** The day it was said, where the reporter's sentence gives it ("said on Friday"), and those words. */
        said: z.object({ edtf: EdtfSchema, text: z.string() }).optional(),
      }),
    )
    .default([]),
});

/** A generated article's frontmatter, as the site reads it. */
export type Article = z.output<typeof ArticleSchema>;
/** The same, as the ingest writes it. */
export type ArticleInput = z.input<typeof ArticleSchema>;
export type Change = z.output<typeof ChangeSchema>;
export type Repair = z.output<typeof RepairSchema>;
export type Published = z.output<typeof PublishedSchema>;
