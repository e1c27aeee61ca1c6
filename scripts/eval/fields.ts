import { jaccard, wordSet } from '../../src/lib/words.ts';
import type { Gold } from './gold.ts';
import type { Prediction } from './prediction.ts';

/** The fields of an article's head and body scored one by one, each only where its gold states it. */
export type FieldName =
  | 'headline'
  | 'outlet'
  | 'agency'
  | 'dateline'
  | 'byline'
  | 'language'
  | 'first paragraph'
  | 'last paragraph'
  | 'furniture'
  | 'furniture apart';

/** One field of one article: right or not, with what gold says and what the ingest gave, in words. */
export interface FieldOutcome {
  field: FieldName;
  right: boolean;
  expected: string;
  found: string;
}

/** An article's field outcomes, and the share of the gold headline's words its headline has (undefined when unscored). */
export interface FieldScore {
  outcomes: FieldOutcome[];
  headlineOverlap: number | undefined;
}

/**
 * Text as compared: lower case, quotation marks of every kind dropped, dashes as one hyphen, spaces collapsed, so
 * that "Russia, US agree" and “Russia, US agree” are one headline.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/["“”„«»‘’'`]/g, '')
    .replace(/[‐‑‒–—―-]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The share of words two texts have in common (Jaccard); 1 for two empty texts. */
export function wordOverlap(a: string, b: string): number {
  return jaccard(wordSet(a), wordSet(b));
}

const shown = (value: string | null | undefined) => (value == null ? 'none' : `“${value}”`);

/** A field gold states as a value or null (none printed): right when the ingest gives the same, or none for none. */
function same(field: FieldName, expected: string | null | undefined, found: string | null | undefined): FieldOutcome[] {
  if (expected === undefined) return [];
  const right = expected === null ? found == null : found != null && normalise(found) === normalise(expected);
  return [{ field, right, expected: shown(expected), found: shown(found) }];
}

/** Whether a paragraph the ingest kept holds the opening words gold gives for it. */
function kept(field: FieldName, expected: string | undefined, paragraph: string | undefined): FieldOutcome[] {
  if (expected === undefined) return [];
  const right = paragraph !== undefined && normalise(paragraph).includes(normalise(expected));
  return [{ field, right, expected: shown(expected), found: shown(paragraph?.slice(0, 80)) }];
}

/**
 * Scores the fields gold states: headline (exact after `normalise`, and its word overlap), outlet, agency, dateline
 * place, byline, language, whether the first and the last paragraph of the body were kept, and, for each line of
 * page furniture gold lists, whether it is gone from the page, and (`furniture apart`) whether it is gone or kept
 * only as a photo caption: the archive keeps captions, set apart and marked, because they name people, places and
 * dates, while gold lists them among the lines that are not the article's text.
 */
export function scoreFields(gold: Gold, prediction: Prediction): FieldScore {
  const page = normalise(prediction.pageText);
  const body = normalise(prediction.textOutsideCaptions);
  const outcomes = [
    ...same('headline', gold.headline, prediction.headline),
    ...same('outlet', gold.outlet, prediction.outlet),
    ...same('agency', gold.agency, prediction.agency),
    ...same('dateline', gold.dateline, prediction.dateline),
    ...same('byline', gold.byline, prediction.byline),
    ...same('language', gold.language, prediction.language),
    ...kept('first paragraph', gold.firstParagraph, prediction.paragraphs[0]),
    ...kept('last paragraph', gold.lastParagraph, prediction.paragraphs.at(-1)),
    ...(gold.furniture ?? []).flatMap((line) => {
      const onPage = page.includes(normalise(line));
      const outsideCaptions = body.includes(normalise(line));
      const found = onPage ? (outsideCaptions ? 'on the page' : 'on the page, as a caption') : 'gone';
      return [
        { field: 'furniture' as const, right: !onPage, expected: `gone: “${line}”`, found },
        { field: 'furniture apart' as const, right: !outsideCaptions, expected: `gone or a caption: “${line}”`, found },
      ];
    }),
  ];
  const headlineOverlap =
    gold.headline === undefined || gold.headline === null
      ? undefined
      : wordOverlap(gold.headline, prediction.headline ?? '');
  return { outcomes, headlineOverlap };
}
