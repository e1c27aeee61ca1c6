import { z } from 'zod';
import { EdtfSchema } from './edtf.ts';
import { EntityIdSchema } from './gazetteer.ts';

/** Props of `<Person>`, `<Place>`, `<Org>` and `<Agreement>`: the entity's id in `content/data/entities.json`. */
export const EntityPropsSchema = z.strictObject({ id: EntityIdSchema });

/** Props of `<Quote>`: its number in the article, its speaker's id if known, and whether this is its last paragraph. */
export const QuotePropsSchema = z.strictObject({
  n: z.string().regex(/^\d+$/, 'must be the quotation number, e.g. "3"'),
  speaker: EntityIdSchema.optional(),
  last: z.literal('true').optional(),
});

/** Props of a gloss's `<GlossQuote>`: the quotation's number, its opening words and its speaker if known. */
export const GlossQuotePropsSchema = z.strictObject({
  n: z.string().regex(/^\d+$/, 'must be the quotation number, e.g. "3"'),
  words: z.string(),
  speaker: EntityIdSchema.optional(),
});

/** Props of a gloss's `<GlossTime>`: the date a relative expression resolves to, and the expression. */
export const GlossTimePropsSchema = z.strictObject({ edtf: EdtfSchema, text: z.string() });

/** Props of `<Permalink>`: the id of the paragraph it links to. */
export const PermalinkPropsSchema = z.strictObject({
  to: z.string().regex(/^p-[a-z0-9]+(?:-[0-9]+)?$/, 'must be a paragraph id'),
});

/** Props of `<Time>`: the EDTF date the expression resolves to, absent when unresolved. */
export const TimePropsSchema = z.strictObject({ edtf: EdtfSchema.optional() });

/** Props of `<Flag>` and `<Repair>`: the number of the note that explains it. */
export const NotePropsSchema = z.strictObject({ n: z.string().regex(/^\d+$/, 'must be the note number, e.g. "2"') });

/**
 * A component's props, validated: a hand-edited MDX file with a wrong prop stops the build with the
 * component's name, the prop, what is wrong and where the rules are, not with a blank page.
 */
export function componentProps<T extends z.ZodType>(component: string, schema: T, props: unknown): z.output<T> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `"${issue.path.join('.') || '(props)'}" ${issue.message}`)
    .join('; ');
  throw new Error(
    `<${component}> has wrong props: ${problems}. The ingest writes these; if you edited an article by hand, see src/schemas/components.ts.`,
  );
}
