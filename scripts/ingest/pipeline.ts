import { createHash } from 'node:crypto';
import { yearOf } from '../../src/lib/dates.ts';
import type { ArticleInput } from '../../src/schemas/article.ts';
import type { Lexicon, SeedEditorial } from '../../src/schemas/editorial.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { annotate } from './annotate/annotate.ts';
import type { FoundEvent } from './annotate/events.ts';
import { datelinePlaceName, type KindedEntry } from './annotate/gazetteer.ts';
import { isSignature } from './annotate/people-nlp.ts';
import type { Mention } from './annotate/spans.ts';
import { AFTER_THE_END, clean } from './clean.ts';
import { describe } from './describe/index.ts';
import { outletNamed } from './describe/outlet.ts';
import { dropFurniture } from './furniture.ts';
import { readSeed } from './read.ts';
import { repair } from './repair/index.ts';
import { segment } from './segment.ts';
import { type Block, blockText, markDateline } from './text/document.ts';
import { paragraphIds } from './text/ids.ts';

/** One seed, as the ingest receives it. */
export interface SeedInput {
  /** The seed's file name, e.g. `003_53c4489924289c88.txt`. */
  file: string;
  bytes: Uint8Array;
  editorial: SeedEditorial;
}

/** One article ready to write. */
export interface IngestedArticle {
  file: string;
  frontmatter: ArticleInput;
  blocks: Block[];
  /** People the text names that the gazetteer lacks, found automatically. */
  automatic: KindedEntry[];
  /** Dated events the text mentions. */
  events: FoundEvent[];
  /** The ids of the people the text mentions. */
  personIds: Set<string>;
  /** Those of them it names in full somewhere, in Latin letters (annotate.ts), sorted. */
  namedInFull: string[];
  warnings: string[];
  /**
   * The article's MDX (write/mdx.ts), once written: it depends on the frontmatter and blocks alone, and is kept with
   * them in the cache, so that a rebuild does not serialise a thousand unchanged articles again.
   */
  mdx?: string;
  /** The MinHash signature of its text (archive/stories.ts), kept in the cache as the MDX is. */
  signature?: number[];
}

/**
 * Runs the stages on one seed: read → segment → clean → describe → furniture → repair. Annotation (people,
 * quotations, dates) will run here next, on `blocks`, before the article is written.
 */
export function ingestSeed(
  { file, bytes, editorial }: SeedInput,
  lexicon: Lexicon,
  gazetteer: KindedEntry[] = [],
  themes: Theme[] = [],
): IngestedArticle {
  const { text, encoding, warnings } = readSeed(file, bytes);
  const segmented = segment(text);
  const cleaned = clean(segmented.pieces, lexicon);
  const described = describe({
    kept: cleaned.kept,
    masthead: cleaned.masthead,
    lexicon,
    editorial,
    removed: cleaned.changes,
  });
  // Furniture the rules left in the body, taken out by the fitted model where it is sure (furniture.ts).
  const furniture = dropFurniture(described.body, lexicon);
  described.body = furniture.body;
  // What cleaning, describe and the furniture model took out as the site's notices may name the site.
  const notices = [...cleaned.changes, ...described.changes, ...furniture.changes]
    .filter((change) => change.kind === 'removed')
    .map((change) => change.text);
  const outlet = outletNamed(described.meta.outlet, { labels: described.labels, notices }, gazetteer);
  if (outlet) described.meta.outlet = outlet;
  const printedPlace = described.meta.dateline?.place;
  if (described.meta.dateline && printedPlace) {
    described.meta.dateline = { ...described.meta.dateline, place: datelinePlaceName(printedPlace, gazetteer) };
  }
  const repaired = repair({
    body: described.body,
    title: described.meta.title,
    ...(described.meta.standfirst ? { standfirst: described.meta.standfirst } : {}),
    lines: described.lines,
    language: described.meta.language,
    lexicon,
  });
  const changes = [
    ...segmented.changes,
    ...cleaned.changes,
    ...described.changes,
    ...furniture.changes,
    ...repaired.changes,
  ];
  const annotated = annotate({
    blocks: markDateline(repaired.blocks, described.datelineMark),
    gazetteer,
    published: described.meta.published?.edtf,
    language: described.meta.language,
    editorial,
    firstNote: repaired.repairs.length + 1,
    themes,
    headline: repaired.title,
    dateline: printedPlace,
    context: described.headLines,
    signatures: cleaned.changes.flatMap((change) =>
      change.kind === 'removed' && change.reason === AFTER_THE_END && isSignature(change.text) ? [change.text] : [],
    ),
  });
  // A headline the archive supplied is the text's own first words: its names are counted there already.
  const named = [
    ...annotated.mentions,
    ...(described.meta.titleSupplied ? [] : annotated.headlineMentions),
    ...annotated.headMentions,
  ];
  const frontmatter: ArticleInput = {
    ...described.meta,
    title: repaired.title,
    ...(repaired.standfirst ? { standfirst: repaired.standfirst } : {}),
    paragraphs: paragraphIds(annotated.blocks.map(blockText)),
    seed: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
    changes: changes.sort((a, b) => a.line - b.line),
    repairs: repaired.repairs,
    flags: annotated.flags.map(({ n, word, meaning }) => ({ n, word, ...(meaning ? { meaning } : {}) })),
    mentions: countMentions(named),
    themes: annotated.themes,
    quotations: annotated.quotations.map((quotation) => ({
      n: quotation.id,
      ...(quotation.speaker ? { speaker: quotation.speaker } : {}),
      ...(quotation.said ? { said: quotation.said } : {}),
      text: quotation.spans
        .map((span) => blockText(annotated.blocks[span.block] ?? EMPTY).slice(span.start, span.end))
        .join(' '),
    })),
  };
  if (!frontmatter.published || yearOf(frontmatter.published.edtf) === undefined) {
    warnings.push(
      `${file}: the text gives no publication date with a year; add one with its evidence in content/editorial/articles/.`,
    );
  }
  const { blocks, automatic, events } = annotated;
  const personIds = new Set(named.filter((m) => m.kind === 'person').map((m) => m.id));
  const namedInFull = annotated.namedInFull.filter((id) => personIds.has(id));
  return { file, frontmatter, blocks, automatic, events, personIds, namedInFull, warnings };
}

const EMPTY: Block = { type: 'paragraph', line: 1, children: [] };

/** Each entry the text mentions and how often, most mentioned first, then by id. */
function countMentions(mentions: Mention[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
