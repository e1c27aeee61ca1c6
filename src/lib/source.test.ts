import { describe, expect, it } from 'vitest';
import type { Change, Repair } from '../schemas/article.ts';
import { piecesOf, reasonsOf, type SourceLine, sourceLines } from './source.ts';

const change = (kind: Change['kind'], line: number, text: string, reason: string = kind): Change => ({
  kind,
  line,
  text,
  reason,
});
const repair = (line: number, original: string, text: string): Repair => ({
  n: 1,
  kind: 'split',
  original,
  text,
  line,
  in: 'body',
});

/** The `i`th of some lines (0-based), failing the test if there is none. */
function nth(lines: SourceLine[], i: number): SourceLine {
  const line = lines[i];
  if (!line) throw new Error(`no line ${i + 1}`);
  return line;
}

describe('sourceLines', () => {
  const text =
    'Home | News | Sport\nHEADLINE \\restart\\ here\n\nMoscow talks endedThe ministers metIn Geneva.\nVisit us';
  const lines = sourceLines(
    text,
    [
      change('removed', 1, 'Home | News | Sport'),
      change('metadata', 2, 'HEADLINE \\restart\\ here', 'the headline'),
      change('heading', 4, 'endedThe'),
      change('paragraph', 4, 'In Geneva.'),
      change('removed', 5, 'Visit us '),
    ],
    [{ ...repair(2, '\\restart\\', '"restart"'), kind: 'quotes' }],
  );

  it('keeps every line of the text, numbered from 1, blank ones included', () => {
    expect(lines.map((line) => line.n)).toEqual([1, 2, 3, 4, 5]);
    expect(lines.map((line) => line.text).join('\n')).toBe(text);
  });

  it('strikes a removed line whole, even when its record lost a trailing space', () => {
    expect(piecesOf(nth(lines, 0))).toEqual([
      { text: 'Home | News | Sport', mark: expect.objectContaining({ kind: 'removed' }) },
    ]);
    expect(lines[4]?.marks[0]).toMatchObject({ kind: 'removed', start: 0, end: 8 });
  });

  it('puts a repair inside the headline that moved to the header', () => {
    const [moved] = piecesOf(nth(lines, 1));
    expect(moved?.mark?.kind).toBe('moved');
    expect(moved?.inner?.map((piece) => [piece.text, piece.mark?.kind, piece.mark?.replacement])).toEqual([
      ['HEADLINE ', undefined, undefined],
      ['\\restart\\', 'repaired', '"restart"'],
      [' here', undefined, undefined],
    ]);
  });

  it('marks a heading at the seam of the two words it ran into, and a restored break before its words', () => {
    expect(piecesOf(nth(lines, 3)).map((piece) => (piece.mark ? `[${piece.mark.kind}]` : piece.text))).toEqual([
      'Moscow talks ended',
      '[heading]',
      'The ministers met',
      '[break]',
      'In Geneva.',
    ]);
  });

  it('keeps a record whose text is not in its line as unplaced, with its reason, rather than dropping it', () => {
    const line = nth(
      sourceLines('Nothing to see', [change('removed', 1, 'Subscribe now', 'a newsletter form')], []),
      0,
    );
    expect(line.marks).toEqual([]);
    expect(reasonsOf(line)).toEqual([{ kind: 'removed', reason: 'a newsletter form', count: 1 }]);
  });

  it('groups the same reason on one line with a count', () => {
    const line = nth(
      sourceLines(
        'One.Two.Three.',
        [change('paragraph', 1, 'Two.', 'lost break'), change('paragraph', 1, 'Three.', 'lost break')],
        [],
      ),
      0,
    );
    expect(reasonsOf(line)).toEqual([{ kind: 'break', reason: 'lost break', count: 2 }]);
    expect(line.marks.map((mark) => mark.start)).toEqual([4, 8]);
  });

  it('finds repeated words in order on one line', () => {
    const line = nth(sourceLines('aThe bThe', [change('heading', 1, 'aThe'), change('heading', 1, 'bThe')], []), 0);
    expect(line.marks.map((mark) => mark.start)).toEqual([1, 6]);
  });
});
