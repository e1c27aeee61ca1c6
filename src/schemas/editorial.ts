import { z } from 'zod';
import { RESERVED_SLUGS } from '../lib/slug.ts';
import { EdtfSchema } from './edtf.ts';

/** An editor's correction for one seed: `content/editorial/articles/<seed file name without .txt>.yaml`. Every field is optional. */
export const SeedEditorialSchema = z.strictObject({
  /** A title for a seed that prints none; shown in square brackets as a supplied title. */
  title: z.string().min(1).optional(),
  /** A fixed slug, when the one made from the headline must not change. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens')
    .refine((slug) => !RESERVED_SLUGS.includes(slug), {
      message: `the site uses /articles/${RESERVED_SLUGS.join('/, /articles/')}/ for its own pages; choose another slug`,
    })
    .optional(),
  /** The publication date when the text does not give it, with the evidence in words. */
  published: z
    .strictObject({
      /** EDTF; use `~`, `?` or `[a..b]` for what is not known exactly. */
      edtf: EdtfSchema,
      /** The reasoning and sources, in words a reader can check. */
      evidence: z.string().min(10),
    })
    .optional(),
  /** The outlet when the text does not name it, with the evidence. */
  outlet: z.strictObject({ value: z.string().min(1), evidence: z.string().min(10) }).optional(),
  /**
   * When the text is a translation: the language it was translated from (ISO 639-1), whether by a machine, and the
   * evidence. The article then says so, and its quotations are marked as translated words, not the speaker's own.
   */
  translation: z
    .strictObject({ from: z.string().regex(/^[a-z]{2,3}$/), machine: z.boolean(), evidence: z.string().min(10) })
    .optional(),
  /** Themes to add to or remove from what the machine assigns, by theme id; default none. */
  themes: z.strictObject({ add: z.array(z.string()).default([]), remove: z.array(z.string()).default([]) }).optional(),
  /** Words the ingest flags as not English: each one's likely meaning, or `false` when the word is fine. */
  flags: z.record(z.string(), z.union([z.string().min(3), z.literal(false)])).optional(),
});

/** General cleaning vocabulary, `content/editorial/lexicon.yaml`: words and phrases, never rules for one file. */
export const LexiconSchema = z.strictObject({
  /** Lines that are page furniture wherever they appear ("Most Viewed", "Share this"), compared case-insensitively. */
  furniture: z.array(z.string().min(1)),
  /** Line openings that mark furniture ("Read more:", "Copyright"), compared case-insensitively. */
  furniturePrefixes: z.array(z.string().min(1)),
  /**
   * Wire agencies: the name the archive shows, and other spellings that may appear in credits. A `publisher`
   * (a broadcaster such as CCTV or RFE/RL) publishes its own reports: credited in a text, it is the outlet.
   */
  agencies: z.array(
    z.strictObject({
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      publisher: z.boolean().default(false),
    }),
  ),
  /** Bylines that name a system account, not a writer ("admin"). */
  accountBylines: z.array(z.string()),
  /** Words written with inner capitals on purpose ("YouTube", "iPhone"), never split. */
  intercaps: z.array(z.string()),
});

export type SeedEditorial = z.output<typeof SeedEditorialSchema>;
export type Lexicon = z.output<typeof LexiconSchema>;
