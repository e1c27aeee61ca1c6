/** The article body as the stages after describe pass it on: blocks of inline runs, seed text only in `value`s. */

/** A run of the article's text. Annotation (people, quotations, dates) will add kinds here. */
export type Inline =
  | { type: 'text'; value: string }
  /** Text the ingest repaired; `n` numbers the repair in the article's `repairs` list. */
  | { type: 'repair'; n: number; value: string }
  /** The dateline at the head of the first paragraph. */
  | { type: 'dateline'; value: string };

/** A block of the body: a paragraph, a subheading, or a photo caption. */
export interface Block {
  type: 'paragraph' | 'heading' | 'caption';
  /** The 1-based line of the seed it comes from. */
  line: number;
  children: Inline[];
}

/** The plain text of a block, as a reader sees it. */
export function blockText(block: Block): string {
  return block.children.map((child) => child.value).join('');
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
  const rest = (block.children[0]?.value ?? '').slice(dateline.length);
  const children: Inline[] = [
    { type: 'dateline', value: dateline },
    ...(rest ? [{ type: 'text' as const, value: rest }] : []),
    ...block.children.slice(1),
  ];
  return blocks.map((each, index) => (index === at ? { ...each, children } : each));
}
