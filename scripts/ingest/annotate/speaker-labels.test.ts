import { describe, expect, it } from 'vitest';
import { labelEnd, labelInTitleCase, labelName } from './speaker-labels.ts';

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

  it('reads a Scottish or Irish surname printed in capitals with its small "c", "Mc" and "Mac" alike', () => {
    expect(labelInTitleCase('MR. McDOWELL: Good afternoon.')).toBe('Mr. McDowell: Good afternoon.');
    expect(labelInTitleCase('Thanks. GENERAL MacNEIL: Next.')).toBe('Thanks. General MacNeil: Next.');
    expect(labelInTitleCase('Mc: a word.')).toBe('Mc: a word.');
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

describe('labelName', () => {
  it('reads the name a label gives in Title Case, its particle in lower case', () => {
    expect(labelName('OMAR AL-HAKIM: We need help.')).toEqual({ name: 'Omar al-Hakim', start: 0, credit: false });
  });

  it('tells a reporter’s label, "NAME, BYLINE:", for a credit, and a host’s for no credit', () => {
    expect(labelName('JANE DOE, BYLINE: Good evening.')?.credit).toBe(true);
    expect(labelName('JOHN ROE, HOST: Welcome.')).toEqual({ name: 'John Roe', start: 0, credit: false });
  });

  it('gives no name for prose', () => {
    expect(labelName('The minister said: no.')).toBeUndefined();
  });
});
