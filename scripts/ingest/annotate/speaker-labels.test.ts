import { describe, expect, it } from 'vitest';
import { labelEnd, labelInTitleCase } from './speaker-labels.ts';

describe('labelInTitleCase', () => {
  it('reads a transcript label in Title Case, the offsets kept', () => {
    const text = 'FOREIGN MINISTER LAVROV: Thank you.';
    const read = labelInTitleCase(text);
    expect(read).toBe('Foreign Minister Lavrov: Thank you.');
    expect(read.length).toBe(text.length);
  });

  it('reads a label before an aside in brackets, courtesy titles and initials too', () => {
    expect(labelInTitleCase('MR. KERRY: (Via interpreter) Yes.')).toBe('Mr. Kerry: (Via interpreter) Yes.');
    expect(labelInTitleCase('S.LAVROV: Yes.')).toBe('S.Lavrov: Yes.');
  });

  it('reads a label that a joined hard-wrapped line runs into the previous turn', () => {
    expect(labelInTitleCase('Thank you. VLADIMIR PUTIN: Good afternoon.')).toBe(
      'Thank you. Vladimir Putin: Good afternoon.',
    );
  });

  it('leaves text with no label alone, acronyms and all', () => {
    expect(labelInTitleCase('US officials said: no.')).toBe('US officials said: no.');
    expect(labelInTitleCase('Lavrov: We agree.')).toBe('Lavrov: We agree.');
    expect(labelInTitleCase('He met NATO chiefs. The US: a partner.')).toBe('He met NATO chiefs. The US: a partner.');
  });
});

describe('labelEnd', () => {
  it('tells where a transcript label ends, and that prose has none', () => {
    expect(labelEnd('QUESTION: Is the treaty dead?')).toBe(8);
    expect(labelEnd('SECRETARY KERRY: (Via interpreter) No.')).toBe(15);
    expect(labelEnd('The minister said: no.')).toBeUndefined();
  });
});
