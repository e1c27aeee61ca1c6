import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../test/ingest.ts';
import { type Inline, inlineText } from '../text/document.ts';
import { cannotMark, relink, wrap } from './relink.ts';

const person = { kind: 'person', id: 'auto-ana-ruiz' } as const;
/** `He said "Ruiz agreed" and Lavrov nodded.`, the quotation and Lavrov marked. */
const children: Inline[] = [
  { type: 'text', value: 'He said ' },
  {
    type: 'annotation',
    mark: { kind: 'quote', n: 1, last: true },
    children: [{ type: 'text', value: '"Ruiz agreed"' }],
  },
  { type: 'text', value: ' and ' },
  { type: 'annotation', mark: { kind: 'person', id: 'sergei-lavrov' }, children: [{ type: 'text', value: 'Lavrov' }] },
  { type: 'text', value: ' nodded.' },
];

describe('wrap', () => {
  it('marks a name inside a quotation, keeping the text as it was', () => {
    const wrapped = wrap(children, 9, 13, person) ?? [];
    expect(inlineText(wrapped)).toBe(inlineText(children));
    const quote = wrapped[1];
    expect(quote?.type === 'annotation' && quote.children[1]).toEqual({
      type: 'annotation',
      mark: person,
      children: [{ type: 'text', value: 'Ruiz' }],
    });
  });

  it('marks nothing inside another name, nor across runs', () => {
    expect(wrap(children, 27, 33, person)).toBeUndefined();
    expect(cannotMark({ type: 'paragraph', line: 1, children }, 27, 33)).toBe(true);
    expect(cannotMark({ type: 'paragraph', line: 1, children }, 5, 12)).toBe(true);
    expect(cannotMark({ type: 'paragraph', line: 1, children }, 0, 2)).toBe(false);
  });
});

describe('relink', () => {
  it('takes a person off an article: the marks, the count, the speaker, and joins the text back', () => {
    const article = ingestText(
      '001_talks.txt',
      ['Talks in Moscow', '2 May 2003', '', '"We are ready," Lavrov said after the talks in Moscow on Friday.'].join(
        '\n',
      ),
    );
    expect(article.frontmatter.quotations?.[0]?.speaker).toBe('sergei-lavrov');
    const taken = relink(article, { renamed: new Map(), added: [], removed: new Set(['sergei-lavrov']) });
    expect(taken.frontmatter.mentions?.some(({ id }) => id === 'sergei-lavrov')).toBe(false);
    expect(taken.frontmatter.quotations?.[0]?.speaker).toBeUndefined();
    expect(taken.personIds.has('sergei-lavrov')).toBe(false);
    expect(JSON.stringify(taken.blocks)).not.toContain('sergei-lavrov');
    expect(inlineText(taken.blocks[0]?.children ?? [])).toBe(inlineText(article.blocks[0]?.children ?? []));
  });
});
