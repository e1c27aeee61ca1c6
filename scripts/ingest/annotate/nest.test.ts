import { describe, expect, it } from 'vitest';
import { inlineText } from '../text/document.ts';
import { nest } from './nest.ts';

const person = (id: string) => ({ kind: 'person' as const, id });

describe('nest', () => {
  it('wraps a name inside a quotation inside the text around it', () => {
    const text = 'He said "Lavrov agreed" then.';
    const out = nest(
      [{ type: 'text', value: text }],
      [
        { start: 9, end: 15, mark: person('sergei-lavrov') },
        { start: 8, end: 23, mark: { kind: 'quote', n: 1, last: true } },
      ],
    );
    expect(out).toEqual([
      { type: 'text', value: 'He said ' },
      {
        type: 'annotation',
        mark: { kind: 'quote', n: 1, last: true },
        children: [
          { type: 'text', value: '"' },
          { type: 'annotation', mark: person('sergei-lavrov'), children: [{ type: 'text', value: 'Lavrov' }] },
          { type: 'text', value: ' agreed"' },
        ],
      },
      { type: 'text', value: ' then.' },
    ]);
    expect(inlineText(out)).toBe(text);
  });

  it('keeps a repaired run whole, putting the name around it', () => {
    const out = nest(
      [
        { type: 'text', value: 'Minister ' },
        { type: 'repair', n: 1, value: 'Yuri Fedotov' },
        { type: 'text', value: ', visiting' },
      ],
      [{ start: 14, end: 21, mark: person('yuri-fedotov') }],
    );
    expect(out[1]).toEqual({
      type: 'annotation',
      mark: person('yuri-fedotov'),
      children: [{ type: 'repair', n: 1, value: 'Yuri Fedotov' }],
    });
  });

  it('drops a range that crosses a wider one placed before it', () => {
    const out = nest(
      [{ type: 'text', value: 'abcdefgh' }],
      [
        { start: 0, end: 5, mark: person('a') },
        { start: 3, end: 8, mark: person('b') },
      ],
    );
    expect(out.filter((inline) => inline.type === 'annotation')).toHaveLength(1);
    expect(inlineText(out)).toBe('abcdefgh');
  });

  it('drops a range inside the dateline', () => {
    const out = nest(
      [
        { type: 'dateline', value: 'GENEVA, 7 Mar -' },
        { type: 'text', value: ' Talks.' },
      ],
      [{ start: 8, end: 13, mark: { kind: 'time', edtf: '2009-03-07' } }],
    );
    expect(out).toEqual([
      { type: 'dateline', value: 'GENEVA, 7 Mar -' },
      { type: 'text', value: ' Talks.' },
    ]);
  });
});
