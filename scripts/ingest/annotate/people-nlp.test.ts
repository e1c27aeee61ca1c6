import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../../bench/seeds.ts';
import { automaticPeople, maskMentions, mayName } from './people-nlp.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

/** The names automaticPeople finds in one paragraph, with no gazetteer. */
const namesIn = (text: string): string[] => automaticPeople([text], [], []).map(({ name }) => name);

describe('automaticPeople', () => {
  it('leaves out a noun for what the person is that comes before the name with no article', () => {
    expect(namesIn('Detained Frenchman Pierre Lavalle may be freed in the exchange.')).toEqual(['Pierre Lavalle']);
    expect(namesIn('Jailed Briton Dmitri Orlovsky could also be released.')).toEqual(['Dmitri Orlovsky']);
  });

  it('keeps a name whose first word is a given name whole', () => {
    expect(namesIn('Martin Luther King spoke in the capital.')).toContain('Martin Luther King');
  });

  it('finds a Russian given name and a surname no dictionary has', () => {
    expect(namesIn('Opposition figure Gennady Tsvetkov said the vote was unfair.')).toContain('Gennady Tsvetkov');
  });

  it('finds a surname with a particle after a given name', () => {
    expect(namesIn('A report by Hans von Oberlach, a former coordinator, was published.')).toEqual([
      'Hans von Oberlach',
    ]);
  });

  it('names kin after "his" or "her" by the surname of the last person the sentence names before it', () => {
    expect(namesIn('Lena Markov met Tom Harlan, and Harlan said the gift was for his daughter Ilsa.')).toContain(
      'Ilsa Harlan',
    );
    expect(namesIn('Lena Markov left. Harlan said the gift was for his daughter Ilsa.')).not.toContain('Ilsa Markov');
  });

  it('cuts a name the tagger ran on from a capitalised office before it at its given name', () => {
    expect(namesIn('Assistant Secretary for Export Controls John Barker said the talks were stalled.')).toEqual([
      'John Barker',
    ]);
  });
});

describe('mayName', () => {
  it('passes a chunk with two name words in a row, hyphenated or with a particle', () => {
    expect(mayName('Talks were held with John Smith on Monday.')).toBe(true);
    expect(mayName('He met Secretary-General Ban Ki-moon.')).toBe(true);
    expect(mayName('The anti-Putin Smith camp.')).toBe(true);
    expect(mayName('He spoke of bin Laden.')).toBe(true);
  });

  it('turns away a chunk where no two name words meet', () => {
    expect(mayName('Talks were held on Monday, and nothing came of them.')).toBe(false);
    expect(mayName('')).toBe(false);
  });

  it('does not let a mention join the words around it into a name', () => {
    const text = 'Minister Sergei Lavrov said so.';
    const masked = maskMentions(text, [
      { block: 0, start: 9, end: 22, id: 'sergei-lavrov', kind: 'person', by: 'name' },
    ]);
    expect(masked).toBe('Minister xxxxxxxxxxxxx said so.');
    expect(mayName(masked)).toBe(false);
  });

  it('passes every paragraph in which compromise tags a capitalised full name, on the seeds and generated articles', () => {
    const texts = [
      ...readdirSync(SEEDS).map((file) => readFileSync(join(SEEDS, file), 'utf8')),
      ...generateSeeds(20, 5).map((seed) => seed.text),
    ];
    let named = 0;
    for (const paragraph of texts.flatMap((text) => text.split(/\n+/))) {
      const people = nlp(paragraph).people().out('array') as string[];
      // Two or more capitalised words: the names isFullName could keep.
      const full = people.map((name) => name.trim().split(/\s+/)).filter((words) => words.length > 1);
      if (full.some((words) => words.every((word) => /^\p{Lu}/u.test(word)))) {
        named += 1;
        expect(mayName(paragraph), paragraph).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(20);
  });
});
