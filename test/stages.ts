import { findDates } from '../scripts/ingest/annotate/dates.ts';
import { linkEntities } from '../scripts/ingest/annotate/entities.ts';
import { datelinePlaces } from '../scripts/ingest/annotate/gazetteer.ts';
import { findQuotations, findRussianQuotations } from '../scripts/ingest/annotate/quotes/index.ts';
import type { Span } from '../scripts/ingest/annotate/spans.ts';
import { clean } from '../scripts/ingest/clean.ts';
import { describe } from '../scripts/ingest/describe/index.ts';
import { readSeed } from '../scripts/ingest/read.ts';
import { repair } from '../scripts/ingest/repair/index.ts';
import { segment } from '../scripts/ingest/segment.ts';
import { blockText } from '../scripts/ingest/text/document.ts';
import { gazetteer, lexicon } from './ingest.ts';

/** A fixture case: its raw input, and its options from `case.json`. */
export interface Case {
  input: Uint8Array;
  /** The publication date as EDTF that people, quotations and dates resolve against; default: none. */
  published?: string;
  /** The place the dateline names, as printed ("Moscow"), which gives local names their meaning; default: none. */
  dateline?: string;
  /** The language of the text, as a BCP 47 tag, which picks the quotation and date rules; default: `en`. */
  language?: string;
}

/** The seed's text, decoded as the ingest reads it, through segment. */
function segmented({ input }: Case) {
  return segment(readSeed('input.txt', input).text);
}

function cleaned(test: Case) {
  const { pieces } = segmented(test);
  return clean(pieces, lexicon);
}

function described(test: Case) {
  const { kept, masthead, changes } = cleaned(test);
  return describe({ kept, masthead, lexicon, editorial: {}, removed: changes });
}

function repaired(test: Case) {
  const { body, meta, lines } = described(test);
  return repair({
    body,
    title: meta.title,
    ...(meta.standfirst ? { standfirst: meta.standfirst } : {}),
    lines,
    language: meta.language,
    lexicon,
  });
}

/** A paragraph input's paragraphs: blocks of text separated by blank lines. */
function paragraphs({ input }: Case): string[] {
  return readSeed('input.txt', input)
    .text.split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The entity linker on a case's paragraphs, with its publication date and dateline. */
function linked(blocks: string[], { published, dateline }: Case) {
  return linkEntities(blocks, gazetteer, published, datelinePlaces(dateline, gazetteer));
}

/** The words a span covers. */
function words(blocks: string[], { block, start, end }: Span): string {
  return (blocks[block] ?? '').slice(start, end);
}

/**
 * Each stage a fixture folder `test/fixtures/<stage>/` holds cases for: the case's input through the real stages up
 * to that one, with the project's lexicon and gazetteer, and only the fields that stage decides.
 */
export const STAGES = {
  segment: (test: Case) => segmented(test),
  clean: (test: Case) => {
    const { kept, changes, masthead } = cleaned(test);
    return {
      kept: kept.map(({ line, text, caption }) => ({ line, text, ...(caption ? { caption } : {}) })),
      removed: changes,
      masthead,
    };
  },
  describe: (test: Case) => {
    const { meta, changes } = described(test);
    return { ...meta, moved: changes };
  },
  repair: (test: Case) => {
    const { title, standfirst, blocks, repairs, changes } = repaired(test);
    return {
      title,
      ...(standfirst ? { standfirst } : {}),
      blocks: blocks.map((block) => ({ type: block.type, text: blockText(block) })),
      repairs,
      setApart: changes,
    };
  },
  people: (test: Case) => {
    const blocks = paragraphs(test);
    return linked(blocks, test).mentions.map((mention) => ({
      paragraph: mention.block + 1,
      text: words(blocks, mention),
      id: mention.id,
      kind: mention.kind,
      by: mention.by,
    }));
  },
  quotations: (test: Case) => {
    const blocks = paragraphs(test);
    const { mentions } = linked(blocks, test);
    const find = test.language === 'ru' ? findRussianQuotations : findQuotations;
    return find(blocks, mentions).map((quotation) => ({
      n: quotation.id,
      paragraphs: quotation.spans.map((span) => span.block + 1),
      text: quotation.spans.map((span) => words(blocks, span)).join(' '),
      speaker: quotation.speaker ?? null,
      ...(quotation.evidence ? { named: words(blocks, quotation.evidence) } : {}),
    }));
  },
  dates: (test: Case) => {
    const blocks = paragraphs(test);
    return findDates(blocks, test.published, test.language).map((time) => ({
      paragraph: time.block + 1,
      text: words(blocks, time),
      edtf: time.edtf ?? null,
    }));
  },
} satisfies Record<string, (test: Case) => unknown>;
