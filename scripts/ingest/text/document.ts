/** The article body as the stages after describe pass it on: blocks of inline runs, seed text only in `value`s. */

import type { EntityKind } from '../../../src/schemas/gazetteer.ts';

/** What an annotation says about the text it wraps. */
export type Mark =
  /** A mention of a gazetteer entry (or of a person found automatically). */
  | { kind: EntityKind; id: string }
  /** A direct quotation, or one paragraph's part of it; `speaker` is an entry id when the text names one. */
  | { kind: 'quote'; n: number; speaker?: string; last: boolean }
  /** A date expression; `edtf` is absent when it cannot be resolved. */
  | { kind: 'time'; edtf?: string }
  /** A word flagged as probably garbled; `n` numbers its note. */
  | { kind: 'flag'; n: number };

/** A run of the article's text. */
export type Inline =
  | { type: 'text'; value: string }
  /** Text the ingest repaired; `n` numbers the repair in the article's `repairs` list. */
  | { type: 'repair'; n: number; value: string }
  /** The dateline at the head of the first paragraph. */
  | { type: 'dateline'; value: string }
  /** Text an annotation pass marked; annotations nest (a name inside a quotation). */
  | { type: 'annotation'; mark: Mark; children: Inline[] };

/** A block of the body: a paragraph, a subheading, or a photo caption. */
export interface Block {
  type: 'paragraph' | 'heading' | 'caption';
  /** The 1-based line of the seed it comes from. */
  line: number;
  children: Inline[];
}

/** The plain text of a block, as a reader sees it. */
export function blockText(block: Block): string {
  return inlineText(block.children);
}

/** The plain text of inline runs. */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.type === 'annotation' ? inlineText(inline.children) : inline.value)).join('');
}

/** Marks the dateline at the start of the paragraph that opens with it, splitting the text run it begins. */
export function markDateline(blocks: Block[], dateline: string | undefined): Block[] {
  if (!dateline) return blocks;
  const at = blocks.findIndex((block) => {
    const lead = block.children[0];
    return block.type === 'paragraph' && lead?.type === 'text' && lead.value.startsWith(dateline);
  });
  const block = blocks[at];
  if (!block) return blocks;
  const rest = inlineText(block.children.slice(0, 1)).slice(dateline.length);
  const children: Inline[] = [
    { type: 'dateline', value: dateline },
    ...(rest ? [{ type: 'text' as const, value: rest }] : []),
    ...block.children.slice(1),
  ];
  return blocks.map((each, index) => (index === at ? { ...each, children } : each));
}
