import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';
import { EntityIdSchema } from './gazetteer.ts';

/** A gazetteer entry whose mentions are evidence for a theme. */
export const EntitySignalSchema = z.strictObject({
  /** The entry's id in `content/gazetteer/*.yaml`, e.g. `iraq`. */
  id: EntityIdSchema,
  /** What one mention is worth: 1.5 for what defines the theme (its country, or "reset"), 0.6 for what is its own, 0.3 for what it shares; default 1. */
  weight: z.number().positive().default(1),
});

/** A word or phrase whose occurrences are evidence for a theme. */
export const TermSignalSchema = z.strictObject({
  /** Matched case-insensitively as whole words, any run of spaces matching any other; a `*` ending a word matches any ending (`restart*`, `ядерн* программ*`). */
  term: z.string().min(2),
  /** What one occurrence is worth, on the scale of entity weights; default 1. */
  weight: z.number().positive().default(1),
});

/** The frontmatter of `content/themes/<id>.mdx`; the file name is the theme's id and the body its introduction. */
export const ThemeFrontmatterSchema = z.strictObject({
  /** The theme's name as the site shows it: "Iraq", "The reset". */
  title: z.string().min(2),
  /** One sentence saying what the theme covers, for listings and meta descriptions. */
  summary: z.string().min(10),
  /** Position in theme listings, lowest first. */
  order: z.number(),
  /** What counts as evidence that an article covers the theme. */
  signals: z
    .strictObject({
      /** Gazetteer entries, counted once per mention; default none. */
      entities: z.array(EntitySignalSchema).default([]),
      /** Words and phrases, counted once per occurrence; default none. */
      terms: z.array(TermSignalSchema).default([]),
    })
    .refine((signals) => signals.entities.length + signals.terms.length > 0, 'give at least one entity or term'),
  /**
   * The score an article needs (see `scripts/ingest/annotate/themes.ts`); default 3: the theme's defining name
   * (weight 1.5) three times, or once with three other signals, more than a passing mention. In the seeds and
   * evaluation articles, articles on a theme score 3.35 or more, articles that only touch it 2.7 or less.
   */
  threshold: z.number().positive().default(3),
  /**
   * Where the introduction's facts come from when no archived article carries them (those it does carry are linked
   * in the text with `<ArticleLink>`): each published report, with its outlet, date and address; default none.
   */
  sources: z
    .array(
      z.strictObject({
        title: z.string().min(2),
        outlet: z.string().min(2).optional(),
        date: EdtfSchema.optional(),
        url: z.url(),
      }),
    )
    .default([]),
});

/** A theme as the ingest uses it: its frontmatter and its id, the file name without `.mdx`. */
export const ThemeSchema = ThemeFrontmatterSchema.extend({
  /** The file name without `.mdx`, used in URLs (`/themes/<id>/`) and in articles' `themes`. */
  id: EntityIdSchema,
});

export type Theme = z.output<typeof ThemeSchema>;
export type ThemeFrontmatter = z.output<typeof ThemeFrontmatterSchema>;
