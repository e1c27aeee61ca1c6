import { describe, expect, it } from 'vitest';
import type { Block } from '../text/document.ts';
import { writeMdx } from '../write/mdx.ts';
import { memoWriter } from './mdx-memo.ts';

const SEED = { file: 'x.txt', sha256: 'b'.repeat(64), encoding: 'UTF-8' };
const blocks = (text: string): Block[] => [{ type: 'paragraph', line: 1, children: [{ type: 'text', value: text }] }];
const frontmatter = (title: string) => ({ title, language: 'en', seed: SEED });

/** One run: the MDX of each article through a memo holding `known` under `code`, and what the run kept. */
function run(articles: [string, string][], code: string | undefined, known?: Record<string, string>) {
  let kept: Record<string, string> | undefined;
  const writer = memoWriter({
    ...(code === undefined ? {} : { code }),
    ...(known ? { known } : {}),
    found: (k) => (kept = k),
  });
  const mdx = articles.map(([title, text]) => writer.write(frontmatter(title), blocks(text)));
  writer.done();
  return { mdx, kept: kept ?? {} };
}

describe('the MDX of relinked articles kept between runs', () => {
  const articles: [string, string][] = [
    ['One', 'Lavrov met Blinken.'],
    ['Two', 'Putin spoke.'],
  ];

  it('writes what writeMdx writes, and keeps it under a digest of the frontmatter, the blocks and the code', () => {
    const first = run(articles, 'v1');
    expect(first.mdx).toEqual(articles.map(([title, text]) => writeMdx(frontmatter(title), blocks(text))));
    expect(Object.values(first.kept).sort()).toEqual([...first.mdx].sort());
  });

  it('takes the last run’s MDX for the same article under the same code, and only that', () => {
    const { kept } = run(articles, 'v1');
    // Marked, to show which articles were taken rather than written again.
    const marked = Object.fromEntries(Object.entries(kept).map(([digest, mdx]) => [digest, `${mdx}<!-- kept -->`]));
    const again = run([articles[0] as [string, string], ['Two', 'Putin spoke again.']], 'v1', marked);
    expect(again.mdx[0]).toMatch(/<!-- kept -->$/);
    expect(again.mdx[1]).toBe(writeMdx(frontmatter('Two'), blocks('Putin spoke again.')));
    // What the next run keeps is this run's alone: the edited article's old MDX is gone.
    expect(Object.keys(again.kept)).toHaveLength(2);
    expect(Object.values(again.kept).filter((mdx) => mdx.includes('Putin spoke.'))).toEqual([]);
  });

  it('writes every article again under other code, or without a code version', () => {
    const { kept } = run(articles, 'v1');
    const marked = Object.fromEntries(Object.entries(kept).map(([digest, mdx]) => [digest, `${mdx}<!-- kept -->`]));
    expect(run(articles, 'v2', marked).mdx.some((mdx) => mdx.includes('kept'))).toBe(false);
    expect(run(articles, undefined, marked).mdx.some((mdx) => mdx.includes('kept'))).toBe(false);
  });

  it('ignores a kept value that is not MDX text', () => {
    const { kept } = run(articles, 'v1');
    const broken = Object.fromEntries(Object.keys(kept).map((digest) => [digest, 42 as unknown as string]));
    expect(run(articles, 'v1', broken).mdx).toEqual(run(articles, 'v1').mdx);
  });
});
