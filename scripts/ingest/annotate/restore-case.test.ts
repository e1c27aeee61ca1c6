import { describe, expect, it } from 'vitest';
import { restoreCase, textCase } from './restore-case.ts';

const CABLE =
  'THE DELEGATION WAS ACCOMPANIED BY T. R. VANDERSLOOT, MINISTER OF FISHERIES OF ELBONIA, AND MR. OSWALD KRIEGHOFF.';
const CAPTIONS =
  'after his meetings with secretary of state brackwell he spoke of fbi director james vandersloot today.';

describe('textCase', () => {
  it('tells text in capitals and in lower case from prose, and leaves a short heading as printed', () => {
    expect(textCase(CABLE)).toBe('upper');
    expect(textCase(CAPTIONS)).toBe('lower');
    expect(textCase('The minister of fisheries met Mr. Krieghoff on Monday in the capital of Elbonia.')).toBe('mixed');
    expect(textCase('CONFIDENTIAL')).toBe('mixed');
  });
});

describe('restoreCase', () => {
  it('prints a cable in capitals as prose prints it: names capitalised, words in lower case, acronyms kept', () => {
    expect(restoreCase(CABLE)).toBe(
      'the delegation was accompanied by T. R. Vandersloot, minister of fisheries of Elbonia, and Mr. Oswald Krieghoff.',
    );
    expect(restoreCase('THE TALKS WERE REPORTED BY THE CPSU AND THE USSR PRESS AGENCY ON THE SAME DAY.')).toContain(
      'by the CPSU and the USSR press',
    );
  });

  it('reads a run of capitals within prose as capitals are read, a memo header’s acronyms of five letters kept', () => {
    const memo =
      'Friday May 21 1999 MEMORANDUM TO SEC VANDERSLOOT APNSA KRIEGHOFF FROM THE DELEGATION Talks went on for hours.';
    expect(restoreCase(memo)).toBe(
      'Friday May 21 1999 memorandum to SEC Vandersloot APNSA Krieghoff from the delegation Talks went on for hours.',
    );
    // A short run (a kicker, a label) is left as printed.
    expect(restoreCase('POST-WAR IRAQ: Talks went on for hours in the capital of Elbonia.')).toBe(
      'POST-WAR IRAQ: Talks went on for hours in the capital of Elbonia.',
    );
  });

  it('restores a known name that is also a word in capitals only after a title or a given name', () => {
    const known = (word: string) => word === 'Baker';
    expect(restoreCase('THE BAKER ACROSS THE STREET SAID THAT MR. BAKER AND JAMES BAKER WOULD COME.', known)).toBe(
      'the baker across the street said that Mr. Baker and James Baker would come.',
    );
  });

  it('restores a name in lower case when a given name opens it or it is a name known', () => {
    const known = (word: string) => word === 'Brackwell';
    expect(restoreCase(CAPTIONS, known)).toBe(
      'after his meetings with secretary of state Brackwell he spoke of fbi director James Vandersloot today.',
    );
  });

  it('restores a known surname that is also a word only after a title or a given name', () => {
    const known = (word: string) => word === 'Baker';
    const text = 'the baker across the street said that president baker would come to the capital on monday.';
    expect(restoreCase(text, known)).toBe(
      'the baker across the street said that president Baker would come to the capital on monday.',
    );
  });

  it('keeps the text’s length letter for letter, so what is found in it is found in the text as printed', () => {
    expect(restoreCase(CABLE)).toHaveLength(CABLE.length);
    expect(restoreCase(CAPTIONS)).toHaveLength(CAPTIONS.length);
  });

  it('leaves prose as it is', () => {
    const prose = 'Minister Tomas Vandersloot met the USSR delegation in the capital on Monday.';
    expect(restoreCase(prose)).toBe(prose);
  });
});
