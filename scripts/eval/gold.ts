import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EdtfSchema } from '../../src/schemas/edtf.ts';

/** The part of the set an article belongs to (`split` below). */
export const SplitSchema = z.enum(['development', 'test']);

/** One split's name. */
export type Split = z.output<typeof SplitSchema>;

/** A chronology event the article's text dates, written from the text alone. */
export const GoldEventSchema = z.object({
  /** When it happened or was due, as EDTF: a day, a month, a year, or a set or qualified date where the text allows no more. */
  date: EdtfSchema,
  /** Who did what, in the present tense, under 80 characters: a headline, never a sentence of the text. */
  title: z.string().min(1),
  /** The ids of the themes this event itself is about, as in `content/themes/`; empty when none. */
  themes: z.array(z.string()),
});

/** One gold chronology event. */
export type GoldEvent = z.output<typeof GoldEventSchema>;

/** The hand-written answers for one evaluation article, `test/eval/gold/<name>.json`; other fields are notes for people. */
export const GoldSchema = z.object({
  /**
   * Which part of the set the article belongs to: `development` articles may be read while rules and weights
   * are written; `test` articles are only scored, so their figures show how the ingest does on text it was
   * not tuned to (test/eval/README.md says how they were chosen).
   */
  split: SplitSchema.default('development'),
  /** The publication date as EDTF, or null when the text does not state one. */
  published: EdtfSchema.nullable(),
  /** Canonical names of every person the text mentions. */
  people: z.array(z.string().min(2)),
  /** Every direct quotation, in order. */
  quotes: z.array(
    z.object({
      /** The quotation's first words, as the text has them, without quotation marks. */
      start: z.string().min(1),
      /** Who spoke: a person's canonical name, an institution's name, or null when the text does not say. */
      speaker: z.string().min(2).nullable(),
    }),
  ),
  /** The ids of the themes the article covers, as in `content/themes/`. */
  themes: z.array(z.string()),
  /**
   * The events its text dates, relative dates resolved against `published`, the publication itself and the
   * happening the headline reports on that day left out (the site makes that event); absent when not
   * written, and then events are not scored for the article.
   */
  events: z.array(GoldEventSchema).optional(),
  /*
   * The head and body, each scored only where the gold states it (scripts/eval/fields.ts); null where the text
   * prints none.
   */
  /** The headline as printed. */
  headline: z.string().min(1).nullable().optional(),
  /** The outlet that published this copy, as the text or its page names it. */
  outlet: z.string().min(1).nullable().optional(),
  /** The wire agency credited, when one agency is. */
  agency: z.string().min(1).nullable().optional(),
  /** The place the dateline names. */
  dateline: z.string().min(1).nullable().optional(),
  /** The writer, as the byline names them. */
  byline: z.string().min(1).nullable().optional(),
  /** The opening words of the body's first paragraph, after any dateline. */
  firstParagraph: z.string().min(1).optional(),
  /** The opening words of the body's last paragraph. */
  lastParagraph: z.string().min(1).optional(),
  /** Lines of page furniture that must not reach the page, verbatim. */
  furniture: z.array(z.string().min(1)).optional(),
  /** The language of the text, ISO 639-1. */
  language: z.string().min(2).optional(),
});

/** One article's gold answers. */
export type Gold = z.output<typeof GoldSchema>;

/** Reads and validates a gold file, or stops with an error naming the file, the field and the fix. */
export function loadGold(file: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: cannot be read as JSON (${(error as Error).message}); every article in test/eval/articles/ needs a valid gold file.`,
    );
  }
  const result = GoldSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`${file}: ${problems}; see scripts/eval/gold.ts for the fields.`);
  }
  return result.data;
}

/** An evaluation article's number, from its file name (`07-…`, `104-…`); NaN for a name without one. */
export function articleNumber(name: string): number {
  return Number(/^(\d+)-/.exec(name)?.[1] ?? Number.NaN);
}
