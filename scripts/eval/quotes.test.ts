import { describe, expect, it } from 'vitest';
import { nameMatcher } from './names.ts';
import { scoreQuotes } from './quotes.ts';

const same = nameMatcher([{ name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'] }]);

describe('scoreQuotes', () => {
  it('finds a gold start inside a predicted quotation despite curly marks and apostrophes', () => {
    const score = scoreQuotes(
      [{ start: "We hear one another, and understand the arguments but we don't", speaker: 'Vladimir Putin' }],
      [{ text: '“We hear one another, and understand the arguments but we don’t agree.”', speaker: 'Vladimir Putin' }],
      same,
    );
    expect(score).toMatchObject({ correct: 1, total: 1, misses: [], unmatched: [] });
  });

  it('counts a quotation given to another speaker as wrong and says whom it was given to', () => {
    const score = scoreQuotes(
      [{ start: 'very positive.', speaker: 'Sergei Ivanov' }],
      [{ text: '"very positive."', speaker: 'Joe Biden' }],
      same,
    );
    expect(score.misses).toEqual([{ start: 'very positive.', speaker: 'Sergei Ivanov', found: 'Joe Biden' }]);
  });

  it('counts a gold quotation that no prediction holds as wrong', () => {
    const score = scoreQuotes([{ start: 'safe passage', speaker: 'Edward Snowden' }], [], same);
    expect(score).toMatchObject({ correct: 0, total: 1, misses: [{ found: undefined }] });
  });

  it('requires an unattributed prediction for a gold quotation without speaker', () => {
    const gold = [{ start: 'broad national dialogue', speaker: null }];
    expect(scoreQuotes(gold, [{ text: '"broad national dialogue"', speaker: null }], same).correct).toBe(1);
    expect(scoreQuotes(gold, [{ text: '"broad national dialogue"', speaker: 'Sergei Lavrov' }], same).correct).toBe(0);
  });

  it('counts an unattributed prediction as wrong for a gold quotation with a speaker', () => {
    const score = scoreQuotes(
      [{ start: 'bumps', speaker: 'Sergei Lavrov' }],
      [{ text: '"bumps"', speaker: null }],
      same,
    );
    expect(score.correct).toBe(0);
  });

  it('accepts a speaker under an alias of the gold entry', () => {
    const score = scoreQuotes(
      [{ start: 'strange', speaker: 'Sergey Lavrov' }],
      [{ text: '"strange"', speaker: 'Sergei Lavrov' }],
      same,
    );
    expect(score.correct).toBe(1);
  });

  it('lists predicted quotations that hold no gold start', () => {
    const score = scoreQuotes(
      [{ start: 'first words', speaker: null }],
      [
        { text: '"first words here"', speaker: null },
        { text: '"something else"', speaker: 'Sergei Lavrov' },
      ],
      same,
    );
    expect(score.unmatched).toEqual([{ text: '"something else"', speaker: 'Sergei Lavrov' }]);
  });

  it('gives a short start ("I") to the quotation that begins with it, not to an earlier one holding the letter', () => {
    const score = scoreQuotes(
      [{ start: 'I', speaker: 'Sergei Lavrov' }],
      [
        { text: '"in time"', speaker: null },
        { text: '"I', speaker: 'Sergei Lavrov' },
      ],
      same,
    );
    expect(score).toMatchObject({ correct: 1, unmatched: [{ text: '"in time"', speaker: null }] });
  });

  it('gives two gold quotations with the same start to two predictions', () => {
    const score = scoreQuotes(
      [
        { start: 'no', speaker: 'Sergei Lavrov' },
        { start: 'no', speaker: null },
      ],
      [
        { text: '"No."', speaker: 'Sergei Lavrov' },
        { text: '"No!"', speaker: null },
      ],
      same,
    );
    expect(score).toMatchObject({ correct: 2, unmatched: [] });
  });
});
