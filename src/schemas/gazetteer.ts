import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';

/** A gazetteer id: lowercase ASCII words joined by hyphens, e.g. `sergei-lavrov`. */
/** The kinds of things the gazetteer lists, one file each: the one list every part of the project names them by. */
export const EntityKindSchema = z.enum(['person', 'place', 'organisation', 'agreement']);

export const EntityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens');

/** An office a person held, with the phrases articles use for it, so "the Russian Foreign Minister" resolves by date. */
export const RoleSchema = z.strictObject({
  /** The office in words, e.g. "Foreign Minister of Russia". */
  title: z.string().min(3),
  /** Phrases that name the office in running text, compared case-insensitively: "Russian Foreign Minister", "Russia's foreign minister". */
  phrases: z.array(z.string().min(3)).default([]),
  /** When the person took office, as EDTF (`2004-03-09`, or `2004` when only the year is known). */
  from: EdtfSchema,
  /** When the person left office, as EDTF; absent while in office (as of the archive's latest article). */
  to: EdtfSchema.optional(),
});

/** One entry of the gazetteer: a person, place, organisation, or agreement or resolution. */
export const EntrySchema = z.strictObject({
  /** Stable id, used in URLs (`/people/<id>/`) and in annotations. */
  id: EntityIdSchema,
  /** The canonical name, as the archive shows it: "Sergei Lavrov". */
  name: z.string().min(2),
  /** Other ways articles write it, including short forms that are unambiguous in this archive: "Sergey Lavrov", "Lavrov". */
  aliases: z.array(z.string().min(2)).default([]),
  /** One line saying who or what this is. */
  description: z.string().min(10),
  /** The Wikidata item, e.g. `Q30` for the United States; only when confirmed. */
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /** For people: the offices they held, which resolve role phrases and ambiguous surnames by date. */
  roles: z.array(RoleSchema).default([]),
  /** For a city or region: the id of the country it is in, so an article datelined "MOSCOW" is placed in Russia. */
  country: EntityIdSchema.optional(),
  /**
   * Names that mean this entry only in an article datelined in a given place, the way a Moscow dispatch says
   * "the Foreign Ministry" for Russia's: `in` is the id of a country or a city (a city's country counts too).
   */
  local: z
    .strictObject({
      in: EntityIdSchema,
      names: z.array(z.string().min(2)).min(1),
    })
    .optional(),
});

/** A gazetteer file, `content/gazetteer/<kind>.yaml`: a list of entries of one kind. */
export const GazetteerFileSchema = z.array(EntrySchema);

export type Entry = z.output<typeof EntrySchema>;
export type EntityKind = z.output<typeof EntityKindSchema>;
export type Role = z.output<typeof RoleSchema>;
