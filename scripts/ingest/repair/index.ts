import type { Change, Repair } from '../../../src/schemas/article.ts';
import type { Lexicon } from '../../../src/schemas/editorial.ts';
import type { KeptPiece } from '../clean.ts';
import { type Block, type Inline, inlineText } from '../text/document.ts';
import { gluedHeading } from './headings.ts';
import { namesIn, type SplitContext, splitRunTogether, wordCounts } from './split-words.ts';

/** The body as blocks of inline runs, with every repair recorded. */
export interface Repaired {
  blocks: Block[];
  title: string;
  standfirst?: string;
  repairs: Repair[];
  changes: Change[];
}

/** What repair works on: the pieces describe left as text, and the header it found. */
export interface RepairInput {
  body: KeptPiece[];
  title: string;
  standfirst?: string;
  /** The seed lines of the headline and the standfirst; default: the line the text starts on. */
  lines?: { title?: number | undefined; standfirst?: number | undefined };
  language: string;
  lexicon: Lexicon;
}

/** What mending looks at: a pair of backslashes used as quotation marks (`\restart\`), or a word. */
const MENDABLE = /\\([^\\\n]{1,60})\\|\p{L}+/gu;

/**
 * Repairs what copying did to the text: subheadings run into the next sentence become headings (or the
 * standfirst, before the first paragraph), backslashes used as quotation marks become quotation marks,
 * and words run together are split. Word repairs need the English word list, so only English text gets them.
 */
export function repair({ body, title, standfirst, lines = {}, language, lexicon }: RepairInput): Repaired {
  const english = language === 'en';
  const changes: Change[] = [];
  const blocks: { type: Block['type']; line: number; text: string }[] = [];
  let dek = standfirst;
  for (const piece of body) {
    const glued = english && !piece.caption ? gluedHeading(piece.text) : undefined;
    if (!glued) {
      blocks.push({ type: piece.caption ? 'caption' : 'paragraph', line: piece.line, text: piece.text });
      continue;
    }
    const [heading, rest] = glued;
    const first = blocks.length === 0 && dek === undefined;
    if (first) dek = heading;
    else blocks.push({ type: 'heading', line: piece.line, text: heading });
    blocks.push({ type: 'paragraph', line: piece.line, text: rest });
    changes.push({
      kind: 'heading',
      line: piece.line,
      text: `${heading.split(/\s+/).at(-1)}${rest.split(/\s+/)[0]}`,
      reason: `a ${first ? 'standfirst' : 'subheading'} was run into the next sentence; set apart`,
    });
  }

  const all = [title, dek ?? '', ...blocks.map((block) => block.text)].join('\n');
  const context: SplitContext = {
    names: namesIn(all),
    counts: wordCounts(all),
    intercaps: new Set(lexicon.intercaps),
  };
  const repairs: Repair[] = [];
  const mend = (text: string, line: number, where: Repair['in']): Inline[] =>
    mendText(text, english ? context : undefined, (kind, original, value) => {
      repairs.push({ n: repairs.length + 1, kind, original, text: value, line, in: where });
      return repairs.length;
    });
  const firstLine = body[0]?.line ?? 1;
  const mendedTitle = inlineText(mend(title, lines.title ?? firstLine, 'title'));
  const dekLine = dek === standfirst ? (lines.standfirst ?? firstLine) : firstLine;
  const mendedDek = dek === undefined ? undefined : inlineText(mend(dek, dekLine, 'standfirst'));
  return {
    blocks: blocks.map((block) => ({
      type: block.type,
      line: block.line,
      children: mend(block.text, block.line, 'body'),
    })),
    title: mendedTitle,
    ...(mendedDek === undefined ? {} : { standfirst: mendedDek }),
    repairs,
    changes,
  };
}

type Recorder = (kind: Repair['kind'], original: string, value: string) => number;

/** Text as inline runs, each repair a run of its own; without a context, only quotation marks are mended. */
function mendText(text: string, context: SplitContext | undefined, record: Recorder): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  const push = (inline: Inline): void => {
    const last = out.at(-1);
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
    else if (inlineText([inline]) !== '') out.push(inline);
  };
  for (const match of text.matchAll(MENDABLE)) {
    push({ type: 'text', value: text.slice(at, match.index) });
    at = match.index + match[0].length;
    if (match[1] !== undefined) {
      const value = `"${match[1]}"`;
      push({ type: 'repair', n: record('quotes', match[0], value), value });
      continue;
    }
    const split = context ? splitRunTogether(match[0], context) : undefined;
    if (split) {
      const value = split.join(' ');
      push({ type: 'repair', n: record('split', match[0], value), value });
    } else push({ type: 'text', value: match[0] });
  }
  push({ type: 'text', value: text.slice(at) });
  return out;
}
