import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArticleInput, ArticleSchema } from '../../../src/schemas/article.ts';
import { FIXTURES } from '../../../test/paths.ts';
import { blocksOf, merge, renderMdx, type Seen } from '../../../test/render-mdx.ts';
import { type Block, type Inline, inlineText } from '../text/document.ts';
import { writeMdx } from './mdx.ts';

const SEED = { file: 'x.txt', sha256: 'a'.repeat(64), encoding: 'UTF-8' };

/**
 * What seed text must never turn into: MDX, Markdown, HTML, scripts, YAML types, and characters that
 * render oddly (zero-width, bidi controls, emoji, Cyrillic), one JSON string each.
 */
const HOSTILE: string[] = JSON.parse(readFileSync(join(FIXTURES, 'hostile-text', 'tokens.json'), 'utf8'));

/**
 * Any text a block can hold. Left out: NUL, which the read stage refuses, and line endings, which
 * segment cuts the seed at (wrapped lines are joined with a space), so block text never holds one.
 * With those out, nothing is normalised: what renders must equal the input character for character.
 */
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').replace(/[\0\r\n]/g, ''));

/** Any string the frontmatter can hold: a removed seed line, a headline, an original before repair. */
const anyString = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 12 }));

const visible = text.filter((value) => value.trim() !== '');
const inline = fc.oneof(
  text.map((value): Inline => ({ type: 'text', value })),
  visible.map((value): Inline => ({ type: 'repair', n: 0, value })),
);
const block = fc
  .record({
    type: fc.constantFrom<Block['type']>('paragraph', 'heading', 'caption'),
    children: fc.array(inline, { minLength: 1, maxLength: 4 }),
    dateline: fc.option(visible, { nil: undefined }),
  })
  .map(({ type, children, dateline }): Block => {
    const lead: Inline[] = type === 'paragraph' && dateline ? [{ type: 'dateline', value: dateline }] : [];
    return { type, line: 1, children: [...lead, ...children] };
  })
  // A block of white space alone never reaches the writer: segment drops blank lines.
  .filter((each) => inlineText(each.children).trim() !== '');

/** Numbers the repairs in reading order, as the repair stage does. */
function numbered(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((each) => ({
    ...each,
    children: each.children.map((child) => (child.type === 'repair' ? { ...child, n: ++n } : child)),
  }));
}

const TAG = { paragraph: 'p', heading: 'h2', caption: 'Caption' } as const;
const COMPONENT = { text: 'text', repair: 'Repair', dateline: 'Dateline' } as const;

/** A run of text as the arbitraries make them: the writer's leaf inlines. */
type Run = Exclude<Inline, { type: 'annotation' }>;

function isRun(inline: Inline): inline is Run {
  return inline.type !== 'annotation';
}

/** The blocks a reader should see: the writer's input, unchanged. */
function expected(blocks: Block[]): Seen[] {
  return blocks.map((each) => ({
    type: TAG[each.type],
    runs: merge(
      each.children.filter(isRun).map((child) => ({
        type: COMPONENT[child.type],
        ...(child.type === 'repair' ? { n: String(child.n) } : {}),
        value: child.value,
      })),
    ),
  }));
}

/** Frontmatter holding arbitrary strings wherever the seed's words go. */
function frontmatter(title: string, extra: string[], blocks: Block[]): ArticleInput {
  const repairs = blocks.flatMap((each) => each.children.flatMap((child) => (child.type === 'repair' ? [child] : [])));
  return {
    title,
    language: 'en',
    seed: SEED,
    changes: extra.map((value) => ({ kind: 'removed', line: 1, text: value, reason: value })),
    repairs: repairs.map((repair, i) => ({
      n: repair.n,
      kind: 'split',
      original: extra[i] ?? repair.value,
      text: repair.value,
      line: 1,
    })),
  };
}

async function roundTrip(
  blocks: Block[],
  title = 'A title',
): Promise<{ seen: Seen[]; data: unknown; exports: string[] }> {
  const { tree, frontmatter: data, exports } = await renderMdx(writeMdx(frontmatter(title, [], blocks), blocks));
  return { seen: blocksOf(tree), data, exports };
}

const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', line: 1, children });

describe('writeMdx', () => {
  it('writes frontmatter that validates against ArticleSchema and that Astro reads back unchanged', async () => {
    const data = frontmatter(
      'Russia, US agree: "reset"',
      ['2002-04-06', 'no', '0o17'],
      numbered([paragraph({ type: 'repair', n: 0, value: 'a b' })]),
    );
    const { frontmatter: read } = await renderMdx(writeMdx(data, []));
    expect(ArticleSchema.safeParse(read).success).toBe(true);
    expect(ArticleSchema.parse(read)).toEqual(ArticleSchema.parse(data));
  });

  it('refuses frontmatter the schema rejects, naming the field', () => {
    expect(() => writeMdx({ title: '', language: 'en', seed: SEED }, [])).toThrow(/title/);
  });

  it('keeps a paragraph that starts with "export const" as text, not as code', async () => {
    const blocks = [paragraph({ type: 'text', value: 'export const title = "pwned"' })];
    const { seen, exports } = await roundTrip(blocks);
    expect(exports).toEqual(['default']);
    expect(seen).toEqual(expected(blocks));
  });

  it('keeps a paragraph that is a single repair as one paragraph', async () => {
    const blocks = numbered([
      paragraph({ type: 'repair', n: 0, value: '"restart"' }),
      paragraph({ type: 'text', value: 'Next.' }),
    ]);
    expect((await roundTrip(blocks)).seen).toEqual(expected(blocks));
  });

  it('keeps a backslash before a repair when an empty text run sits between them', async () => {
    const blocks = numbered([
      paragraph(
        { type: 'text', value: 'Minister\\' },
        { type: 'text', value: '' },
        { type: 'repair', n: 0, value: 'Yuri Fedotov' },
      ),
    ]);
    expect((await roundTrip(blocks)).seen).toEqual(expected(blocks));
  });

  it('renders any seed text exactly as written, inside only p, h2, Caption, Repair and Dateline', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(block, { minLength: 1, maxLength: 4 }),
        visible,
        fc.array(anyString, { maxLength: 3 }),
        async (raw, title, extra) => {
          const blocks = numbered(raw);
          const data = frontmatter(title, extra, blocks);
          const { tree, frontmatter: read, exports } = await renderMdx(writeMdx(data, blocks));
          expect(exports).toEqual(['default']);
          expect(blocksOf(tree)).toEqual(expected(blocks));
          expect(ArticleSchema.parse(read)).toEqual(ArticleSchema.parse(data));
        },
      ),
      { numRuns: 300 },
    );
  });
});
