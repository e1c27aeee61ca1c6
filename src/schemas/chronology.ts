import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';

/** A witness of an event as the published chronology gives it: enough to cite and link it without the site. */
export const ChronologyEvidenceSchema = z.object({
  /** The article's slug. */
  article: z.string(),
  /** The article's headline. */
  headline: z.string(),
  /** The outlet that published it, when known. */
  outlet: z.string().optional(),
  /**
   * The path of the paragraph on the site, `/articles/<slug>/#p-…` (or of the article, for a publication), as if the
   * site were at the root of its host: the same data serves an archive published under any base path, and whoever
   * links to it puts the archive's address before it (src/lib/url.ts on the site, the chronology's scripts elsewhere).
   */
  path: z.string().regex(/^\//),
  /** The sentence that evidences the event; absent for a publication. */
  sentence: z.string().optional(),
});

/** One event of the published chronology. */
export const ChronologyEventSchema = z.object({
  /** Stable id; see `EventRecordSchema.id` in data.ts. Use it in `?event=` links. */
  id: z.string(),
  /** Other ids of the same event (earlier ids of other witnesses); a link with one of these means this event. */
  aliases: z.array(z.string()),
  /** When, as EDTF (ISO 8601-2). */
  edtf: EdtfSchema,
  /** The date in words, as the site shows it. */
  when: z.string(),
  /** How the date is drawn: a day, a span, one day in a range, or not placed (no year). */
  shape: z.enum(['day', 'span', 'choice', 'unplaced']),
  /** First day the date allows, `YYYY-MM-DD`; absent when unplaced. */
  start: z.iso.date().optional(),
  /** Last day the date allows, `YYYY-MM-DD`; absent when unplaced. */
  end: z.iso.date().optional(),
  /** EDTF `~`. */
  approximate: z.boolean(),
  /** EDTF `?`. */
  uncertain: z.boolean(),
  /** What happened. */
  title: z.string(),
  /** `publication`, `mentioned` (a text dates it) or `editorial` (an editor added it). */
  kind: z.enum(['publication', 'mentioned', 'editorial']),
  /** Theme ids; see `themes`. */
  themes: z.array(z.string()),
  /** Person ids; see `people`. */
  people: z.array(z.string()),
  /** Every witness. */
  evidence: z.array(ChronologyEvidenceSchema).min(1),
});

/** `/data/chronology.json`: every event of the archive, by date, with the names its ids refer to. */
export const ChronologyFileSchema = z.object({
  /** The themes, in the site's order. */
  themes: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The people the events name. */
  people: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The events, by date then id. */
  events: z.array(ChronologyEventSchema),
});

export type ChronologyEvent = z.output<typeof ChronologyEventSchema>;
export type ChronologyFile = z.output<typeof ChronologyFileSchema>;
