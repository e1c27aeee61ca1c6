import { describe, expect, it } from 'vitest';
import { eventTitle, TITLE_MAX } from './event-title.ts';

/** The title of a sentence dated by `words`. */
function title(sentence: string, words: string): string {
  const start = sentence.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the sentence`);
  return eventTitle(sentence, { start, end: start + words.length });
}

describe('event titles as headlines', () => {
  it.each([
    [
      'Burns, who arrived in Moscow on Tuesday, said both sides would have further talks on Russian companies operating in Iraq.',
      'Tuesday',
      'Burns arrives in Moscow',
    ],
    [
      'Earlier on Thursday, Russian Foreign Minister Igor Ivanov called on the UN Security Council to pass a new resolution on Iraq.',
      'Thursday',
      'Igor Ivanov calls on the UN Security Council to pass a new resolution on Iraq',
    ],
    [
      'U.S. President Barack Obama and Russian President Vladimir Putin spoke by phone on Friday about Snowden, the White House said.',
      'Friday',
      'Barack Obama and Vladimir Putin speak by phone about Snowden',
    ],
    [
      'The new START agreement was approved by the U.S. Senate in December and by the Russian parliament in January.',
      'December',
      'The new START agreement is approved by the US Senate',
    ],
    [
      'The Russian foreign Minister Sergei Lavrov and Hillary Clinton pleased with the results of the first negotiations that took place on Friday in Geneva.',
      'Friday',
      'The first negotiations take place in Geneva',
    ],
  ])('makes a headline of "%s"', (sentence, words, expected) => {
    expect(title(sentence, words)).toBe(expected);
  });

  it('gives a statement dated by its reporting words to its speaker, shortening a long subject', () => {
    expect(
      title(
        '"(Monday\'s meeting between Russian President Vladimir Putin and his US counterpart Barack Obama) was a very constructive discussion," Xinhua news agency quoted Lavrov as saying on Tuesday.',
        'Tuesday',
      ),
    ).toBe("Lavrov: Monday's meeting was a very constructive discussion");
  });

  it('leaves the sentence’s other dates out of the title, but not those of a quotation', () => {
    const sentence = 'Obama and Medvedev signed the treaty last April in Prague.';
    const start = sentence.indexOf('April');
    expect(eventTitle(sentence, { start: 0, end: 0 }, [{ start, end: start + 5 }])).not.toContain('April');
  });

  it('never copies a long sentence or cuts one off with an ellipsis', () => {
    const sentence =
      "Thursday's bilateral talks also called on the international community to take further steps to fight the evil of international terrorism, said Alexander Saltanov, another Russian deputy foreign minister attending the consultations.";
    const made = title(sentence, 'Thursday');
    expect(made.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(made).not.toMatch(/…$/);
    expect(made).toBe('Bilateral talks call on the international community to take further steps');
  });
});
