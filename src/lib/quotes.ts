import type { QuoteRecord } from '../schemas/data.ts';
import type { Theme } from '../schemas/theme.ts';
import { earliest, yearSpanOf } from './dates.ts';
import { jaccard, wordSet } from './words.ts';

/** Where one witness carries a quotation: the article and the quotation's number in it. */
export interface Witness {
  article: string;
  n: number;
}

/** A quotation said once, however many articles carry it. */
export interface Quotation {
  speaker: string;
  /** The words as the first witness (in archive order) gives them. */
  text: string;
  /** The day it was said, where a witness's text tells, with the words that tell it. */
  said?: { edtf: string; text: string };
  /** Otherwise, the day it was reported: the first witness's publication date. */
  reported?: string;
  /** Every article that carries it, the first witness first. */
  witnesses: Witness[];
}

/**
 * Whether two quotations are one, reported twice: at least 80% of their words in common (Jaccard similarity of
 * the word sets), as when two outlets edit the same wire copy ("IS (Islamic State)" and "Islamic State (IS)",
 * "defence" and "defense"). Different quotations of one speaker share far less: in the seeds, at most 0.3.
 */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  return jaccard(a, b) >= 0.8;
}

/** When a quotation was said or else reported, as a time for sorting; undated last. */
export function timeOf(quotation: Pick<Quotation, 'said' | 'reported'>): number {
  const edtf = quotation.said?.edtf ?? quotation.reported;
  return (edtf ? earliest(edtf) : undefined) ?? Number.POSITIVE_INFINITY;
}

/**
 * The quotations of the archive with a speaker, each said once: a quotation that witnesses of one story carry alike
 * (same speaker, `sameWords`) is one quotation with all its witnesses. Only witnesses of one story are merged, so a
 * stock phrase a speaker repeats on another day stays two quotations. Ordered by when said (or reported), then by
 * article and by number, as numbers, so that quotation 10 follows 9.
 */
export function gatherQuotes(
  records: readonly QuoteRecord[],
  stories: readonly { witnesses: string[] }[],
): Quotation[] {
  const storyOf = new Map<string, number>();
  stories.forEach((story, i) => {
    for (const slug of story.witnesses) storyOf.set(slug, i);
  });
  const story = (slug: string) => storyOf.get(slug) ?? `article ${slug}`;
  type Gathered = Quotation & { words: Set<string>; story: number | string };
  const gathered: Gathered[] = [];
  // The quotations gathered so far by speaker and story, in the order gathered: a record is compared with those of
  // its own speaker and story alone, not with every quotation of the archive (quadratic: 11 s of a build at 5,000
  // articles).
  const bySpeakerAndStory = new Map<string, Gathered[]>();
  for (const record of records) {
    if (!record.speaker) continue;
    const own = wordSet(record.text);
    const key = JSON.stringify([record.speaker, story(record.article)]);
    const same = bySpeakerAndStory.get(key)?.find((each) => sameWords(each.words, own));
    if (same) {
      same.witnesses.push({ article: record.article, n: record.n });
      if (!same.said && record.said) same.said = record.said;
      continue;
    }
    const quotation: Gathered = {
      speaker: record.speaker,
      text: record.text,
      ...(record.said ? { said: record.said } : record.published ? { reported: record.published } : {}),
      witnesses: [{ article: record.article, n: record.n }],
      words: own,
      story: story(record.article),
    };
    gathered.push(quotation);
    const bucket = bySpeakerAndStory.get(key);
    if (bucket) bucket.push(quotation);
    else bySpeakerAndStory.set(key, [quotation]);
  }
  return gathered
    .map(({ words: _, story: __, ...quotation }) => {
      if (quotation.said) delete quotation.reported;
      return quotation;
    })
    .sort(
      (a, b) =>
        timeOf(a) - timeOf(b) ||
        (a.witnesses[0]?.article ?? '').localeCompare(b.witnesses[0]?.article ?? '') ||
        (a.witnesses[0]?.n ?? 0) - (b.witnesses[0]?.n ?? 0),
    );
}

/** The signals of a theme as the words that show them: its terms, and the names and aliases of its entities. */
export function themeWords(
  theme: Pick<Theme, 'signals'>,
  names: ReadonlyMap<string, { name: string; aliases: string[] }>,
) {
  return [
    ...theme.signals.terms.map(({ term, weight }) => ({ words: [term], weight })),
    ...theme.signals.entities.flatMap(({ id, weight }) => {
      const entry = names.get(id);
      return entry ? [{ words: [entry.name, ...entry.aliases], weight }] : [];
    }),
  ];
}

/**
 * How much a quotation is about a theme: the weights of the theme's signals its words contain (each counted once),
 * so that Lavrov on Iran's arms purchases outranks Lavrov on the weather of the talks.
 */
export function aboutness(text: string, signals: ReturnType<typeof themeWords>): number {
  return signals.reduce(
    (sum, signal) => (signal.words.some((word) => wholeWord(word).test(text)) ? sum + signal.weight : sum),
    0,
  );
}

const wholeWords = new Map<string, RegExp>();

/** A word or phrase as a case-insensitive whole-word expression, made once per word (themes ask it of every quotation). */
function wholeWord(word: string): RegExp {
  let expression = wholeWords.get(word);
  if (!expression) {
    const literal = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expression = new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, 'iu');
    wholeWords.set(word, expression);
  }
  return expression;
}

/**
 * A theme's key quotations among those in its articles `slugs`: the most about the theme first (`aboutness`), then
 * the newest; at most `limit`. A quotation that names none of the theme's signals still counts, after those that
 * do, since an article on the theme is about it as a whole.
 */
export function keyQuotes(
  quotations: readonly Quotation[],
  slugs: ReadonlySet<string>,
  signals: ReturnType<typeof themeWords>,
  limit = 8,
): Quotation[] {
  return quotations
    .filter((quotation) => quotation.witnesses.some((witness) => slugs.has(witness.article)))
    .map((quotation) => ({ quotation, score: aboutness(quotation.text, signals) }))
    .sort((a, b) => b.score - a.score || timeOf(b.quotation) - timeOf(a.quotation))
    .slice(0, limit)
    .map(({ quotation }) => quotation);
}

/** The years some quotations were said or reported in: "2009–2015", or "2003" for one; undefined when none is dated. */
export function yearRange(quotations: readonly Quotation[]): string | undefined {
  return yearSpanOf(quotations.map((quotation) => quotation.said?.edtf ?? quotation.reported));
}
