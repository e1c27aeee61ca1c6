import type { SeedEditorial } from '../../../src/schemas/editorial.ts';
import type { Theme } from '../../../src/schemas/theme.ts';
import { type Block, blockText } from '../text/document.ts';
import { findDates, type TimeSpan } from './dates.ts';
import { linkEntities } from './entities.ts';
import { eventThemes } from './event-themes.ts';
import { type FoundEvent, findEvents } from './events.ts';
import { type FlaggedWord, flagWords } from './flags.ts';
import { datelinePlaces, type KindedEntry } from './gazetteer.ts';
import { nest, type Range } from './nest.ts';
import { endsWithOffice } from './people-nlp.ts';
import { findQuotations, findRussianQuotations, quotationDates } from './quotes/index.ts';
import { isCyrillic } from './russian/forms.ts';
import type { Mention, Quotation } from './spans.ts';
import { assignThemes, leadParagraphs } from './themes.ts';

/** What annotation needs besides the blocks. */
export interface AnnotateInput {
  blocks: Block[];
  gazetteer: KindedEntry[];
  /** The publication date as EDTF, which dates in the text are resolved against. */
  published?: string | undefined;
  language: string;
  editorial: SeedEditorial;
  /** The number the first flag note takes: notes continue the repairs' numbering. */
  firstNote: number;
  /** The themes an article may be given. */
  themes: Theme[];
  /** The headline, which weighs more than the body in choosing themes. */
  headline?: string | undefined;
  /** The place the dateline names, as printed ("Moscow"), which gives local names their meaning. */
  dateline?: string | undefined;
  /**
   * Lines the page prints above the text but the article does not keep (describe's `headLines`): linked with the text
   * so that a surname in it finds the name they give in full. Their own mentions count only as `headMentions` say.
   * Default none.
   */
  context?: string[] | undefined;
  /**
   * Lines under the text that sign it as a letter is signed, with initials and a surname ("N. Khrushchev"), which the
   * page does not keep: their people are the senders, counted as the head's are. Default none.
   */
  signatures?: string[] | undefined;
}

/** The annotated blocks and what was found, for the frontmatter and the site-wide data. */
export interface Annotated {
  blocks: Block[];
  mentions: Mention[];
  /** The mentions in the headline, which count as the article's but mark nothing in its text. */
  headlineMentions: Mention[];
  /**
   * The people the head's removed lines name as a document's head does, not as a credit: a list's item (a memorandum's
   * participants, "- Dennis B. Ross, Notetaker") or a name after its office ("President George W. Bush"). A name alone,
   * after "by" or in a photo credit is a credit. They count as the article's and mark nothing, as the headline's do.
   */
  headMentions: Mention[];
  automatic: KindedEntry[];
  /**
   * The people some mention names in full, by two words or more in Latin letters, in the text, the headline or a head
   * line: the names an archive-wide pass may lend other articles (archive/people.ts). A romanised Russian name is no
   * name in full: it is not printed.
   */
  namedInFull: string[];
  quotations: Quotation[];
  times: TimeSpan[];
  flags: (FlaggedWord & { n: number })[];
  themes: { id: string; score?: number; by: 'machine' | 'editorial' }[];
  events: FoundEvent[];
}

/** A list's marker at a line's start ("- ", "• "). */
const LIST_MARKER = /^\s*[-–—•*]\s+/;

/** The languages annotation has rules for: text in another language is left unannotated rather than annotated wrongly. */
export const ANNOTATED_LANGUAGES = new Set(['en', 'ru']);

/**
 * Marks people, places, organisations and agreements, direct quotations with their speakers, date
 * expressions resolved to EDTF, and words flagged as garbled, in English or Russian text. Chronology events
 * are read from English text only: their titles and the verbs that make a dated sentence an event are English.
 */
export function annotate(input: AnnotateInput): Annotated {
  const { blocks, gazetteer, published, language, editorial, firstNote } = input;
  if (!ANNOTATED_LANGUAGES.has(language)) {
    return {
      blocks,
      mentions: [],
      headlineMentions: [],
      headMentions: [],
      automatic: [],
      namedInFull: [],
      quotations: [],
      times: [],
      flags: [],
      themes: withEditorial([], editorial),
      events: [],
    };
  }
  const texts = blocks.map(blockText);
  // The headline is linked with the text, so that a surname in it finds the name the text gives in full.
  // Then the head's other lines, where a page may give in full a name the text uses alone; a list's marker goes first.
  const printedContext = input.context ?? [];
  const context = printedContext.map((line) => line.replace(LIST_MARKER, ''));
  const signatures = input.signatures ?? [];
  const printed = [...texts, input.headline ?? '', ...context, ...signatures];
  const linked = linkEntities(printed, gazetteer, published, datelinePlaces(input.dateline, gazetteer));
  const { automatic } = linked;
  const namedInFull = linked.mentions.flatMap(({ kind, id, by, block, start, end }) => {
    // A courtesy title ("Mr. Powell") is no given name, nor a role ("the Foreign Minister") a name.
    const surface = (printed[block]?.slice(start, end) ?? '').replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '');
    const full = (by === 'name' || by === 'automatic') && /\S\s+\S/.test(surface) && !isCyrillic(surface);
    return kind === 'person' && full ? [id] : [];
  });
  const mentions = linked.mentions.filter((mention) => mention.block < texts.length);
  const headlineMentions = linked.mentions.filter((mention) => mention.block === texts.length);
  const headMentions = linked.mentions.filter((mention) => {
    const line = mention.block - texts.length - 1;
    const listed = LIST_MARKER.test(printedContext[line] ?? '');
    const signed = line >= context.length;
    return (
      mention.kind === 'person' &&
      line >= 0 &&
      (listed || signed || endsWithOffice(context[line]?.slice(0, mention.start) ?? ''))
    );
  });
  const russian = language === 'ru';
  const quotations = russian ? findRussianQuotations(texts, mentions) : findQuotations(texts, mentions);
  const times = findDates(texts, published, language);
  const said = quotationDates(quotations, times, texts, published, mentions);
  for (const quotation of quotations) {
    const day = said.get(quotation.id);
    if (day) quotation.said = day;
  }
  const flags = flagWords(texts, editorial.flags, language).map((flag, i) => ({ ...flag, n: firstNote + i }));
  const ranges: Range[][] = blocks.map(() => []);
  for (const quotation of quotations) {
    quotation.spans.forEach((span, i) => {
      const last = i === quotation.spans.length - 1;
      const mark = {
        kind: 'quote' as const,
        n: quotation.id,
        last,
        ...(quotation.speaker ? { speaker: quotation.speaker } : {}),
      };
      ranges[span.block]?.push({ start: span.start, end: span.end, mark });
    });
  }
  for (const m of mentions) ranges[m.block]?.push({ start: m.start, end: m.end, mark: { kind: m.kind, id: m.id } });
  for (const t of times)
    ranges[t.block]?.push({ start: t.start, end: t.end, mark: { kind: 'time', ...(t.edtf ? { edtf: t.edtf } : {}) } });
  for (const f of flags) ranges[f.block]?.push({ start: f.start, end: f.end, mark: { kind: 'flag', n: f.n } });
  const lead = leadParagraphs(
    texts,
    blocks.flatMap((block, i) => (block.type === 'paragraph' ? [i] : [])),
  );
  const themes = withEditorial(
    assignThemes(
      texts.join('\n'),
      mentions.map((mention) => mention.id),
      input.themes,
      input.headline ? { text: input.headline, mentionIds: headlineMentions.map(({ id }) => id) } : undefined,
      {
        text: lead.map((i) => texts[i] ?? '').join('\n'),
        mentionIds: mentions.filter((mention) => lead.includes(mention.block)).map(({ id }) => id),
      },
    ).map((theme) => ({ ...theme, by: 'machine' as const })),
    editorial,
  );
  const events = russian
    ? []
    : findEvents(texts, {
        times,
        mentions,
        published,
        dateline: leadingDateline(blocks),
        captions: new Set(blocks.flatMap((block, i) => (block.type === 'caption' ? [i] : []))),
      }).map((event) => ({
        ...event,
        themes: eventThemes(
          event,
          { text: texts[event.block] ?? '', mentions: mentions.filter((m) => m.block === event.block) },
          input.themes.filter((theme) => themes.some(({ id }) => id === theme.id)),
        ),
      }));
  return {
    blocks: blocks.map((block, i) => ({ ...block, children: nest(block.children, ranges[i] ?? []) })),
    mentions,
    headlineMentions,
    headMentions,
    automatic,
    namedInFull: [...new Set(namedInFull)].sort(),
    quotations,
    times,
    flags,
    events,
    themes,
  };
}

/** The machine's themes with an editor's removals taken out and additions put last. */
function withEditorial(themes: Annotated['themes'], editorial: SeedEditorial): Annotated['themes'] {
  const remove = new Set(editorial.themes?.remove ?? []);
  const kept = themes.filter((theme) => !remove.has(theme.id));
  const added = (editorial.themes?.add ?? []).filter((id) => !kept.some((theme) => theme.id === id));
  return [...kept, ...added.map((id) => ({ id, by: 'editorial' as const }))];
}

/** The block that opens with the dateline, and the dateline's length. */
function leadingDateline(blocks: Block[]): { block: number; length: number } | undefined {
  const block = blocks.findIndex((each) => each.children[0]?.type === 'dateline');
  const lead = blocks[block]?.children[0];
  return lead?.type === 'dateline' ? { block, length: lead.value.length } : undefined;
}
