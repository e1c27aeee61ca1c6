import { describe, expect, it } from 'vitest';
import { bodyOf, ingestRealSeed, lexicon, textOf } from '../../../test/ingest.ts';
import { blockText } from '../text/document.ts';
import { repair } from './index.ts';

/** The body of an English article made of these paragraphs, repaired. */
function repairText(paragraphs: string[], title = 'Talks in Geneva'): ReturnType<typeof repair> {
  const body = paragraphs.map((text, i) => ({ line: i + 1, text, caption: false }));
  return repair({ body, title, language: 'en', lexicon });
}

const SUBHEADINGS = [
  'The US and Russia hope to the end of the year to reach a new agreement on strategic offensive arms',
  'Iran is one of the main topics of the talks',
  'Stabilization in Afghanistan - a common problem',
  'Problematic issues remain Kosovo and Georgia',
  'One practical result of the meeting has already been achieved',
];

describe('repair', () => {
  it('splits "YuriFedotov", "instrumentalin" and "Iraqthat" in seed 000, recording each original', () => {
    const { frontmatter } = ingestRealSeed('000');
    expect(frontmatter.repairs).toEqual([
      { n: 1, kind: 'split', original: 'YuriFedotov', text: 'Yuri Fedotov', line: 2, in: 'body' },
      { n: 2, kind: 'split', original: 'instrumentalin', text: 'instrumental in', line: 5, in: 'body' },
      { n: 3, kind: 'split', original: 'Iraqthat', text: 'Iraq that', line: 8, in: 'body' },
    ]);
  });

  it('marks each split in the text with the number of its repair', () => {
    const article = ingestRealSeed('000');
    const body = bodyOf(article);
    expect(body).toContain('<Repair n="1">Yuri Fedotov</Repair>');
    expect(body).toContain('would prove <Repair n="2">instrumental in</Repair> restoring');
    expect(body).toContain('a new resolution on <Repair n="3">Iraq that</Repair> would');
    expect(textOf(article)).toContain('Deputy Foreign Minister Yuri Fedotov, visiting');
  });

  it("sets seed 003's five run-in subheadings apart as headings, each before its paragraph", () => {
    const article = ingestRealSeed('003');
    const { blocks } = article;
    expect(blocks.filter((block) => block.type === 'heading').map(blockText)).toEqual(SUBHEADINGS);
    blocks.forEach((block, i) => {
      if (block.type === 'heading') expect(blocks[i + 1]?.type).toBe('paragraph');
    });
    const body = textOf(article);
    expect(body).toContain(`${SUBHEADINGS[0]}\n\nThe U.S. and Russia agreed on the workplan`);
    expect(body).toContain(`${SUBHEADINGS[1]}\n\nAs reported by the heads of foreign ministries`);
    expect(body).toContain(`${SUBHEADINGS[2]}\n\nA common task for Russia and the US`);
    expect(body).toContain(`${SUBHEADINGS[3]}\n\nKosovo and Georgia remain problematic issues`);
    expect(body).toContain(`${SUBHEADINGS[4]}\n\nAccording to Sergei Lavrov, despite the "burden"`);
  });

  it('records each run-in line set apart, the standfirst included, as a change', () => {
    const changes = (ingestRealSeed('003').frontmatter.changes ?? []).filter((change) => change.kind === 'heading');
    expect(changes.map((change) => change.text)).toEqual([
      'ClintonThe',
      'armsThe',
      'talksAs',
      'problemA',
      'GeorgiaKosovo',
      'achievedAccording',
    ]);
  });

  it('makes the run-in line before the first paragraph of seed 003 its standfirst', () => {
    expect(ingestRealSeed('003').frontmatter.standfirst).toBe(
      'The first bilateral meeting between Sergei Lavrov and Hillary Clinton',
    );
  });

  it('turns \\restart\\ in the headline into "restart", recorded on the headline\'s line', () => {
    const { frontmatter } = ingestRealSeed('003');
    expect(frontmatter.title).toBe('The U.S. and Russia began "restart" relations');
    expect(frontmatter.repairs).toEqual([
      { n: 1, kind: 'quotes', original: '\\restart\\', text: '"restart"', line: 1, in: 'title' },
    ]);
  });

  it('mends backslash quotes in the text too, and only in pairs', () => {
    const { blocks, repairs } = repairText(['He called it a \\reset\\ of relations, C:\\Users aside.']);
    expect(blocks[0]?.children).toEqual([
      { type: 'text', value: 'He called it a ' },
      { type: 'repair', n: 1, value: '"reset"' },
      { type: 'text', value: ' of relations, C:\\Users aside.' },
    ]);
    expect(repairs).toHaveLength(1);
  });

  it.each([
    ['McDonald', 'Envoy Robert McDonald met Lavrov in Moscow on Tuesday.'],
    ['iPhone', 'Medvedev showed Obama his new iPhone during the lunch.'],
    ['YouTube', 'The ministry posted the statement on YouTube and on its website.'],
    ['U.S.', 'The U.S. Secretary of State arrived in Geneva on Friday.'],
    ['UNGA', 'The two leaders met on the sidelines of the UNGA session in New York.'],
    ['Clinton', 'Clinton called the meeting "very productive" at the press conference.'],
    ['Putin', 'Putin on Monday announced the centre at the session.'],
    ['Berlin', 'The ministers will meet again in Berlin next month.'],
    ['nestabilities', '"We supply only nestabilities, defensive weapons," said Lavrov.'],
    ['savladam', '"This stone will certainly savladam," he said.'],
    ['MacArthur', 'A MacArthur Foundation grant paid for the Moscow conference.'],
    ['WikiLeaks', 'The cables were published by WikiLeaks in 2010.'],
    ["Assad's", "The council may act if President Bashar Assad's government fails to comply."],
    ['Andrew', 'Andrew Weiss, a former adviser, said the talks would fail.'],
  ])('does not split "%s" in a realistic sentence', (word, sentence) => {
    const { blocks, repairs } = repairText([sentence, 'The talks lasted two hours and ended with a dinner.']);
    expect(repairs).toEqual([]);
    expect(blocks.map(blockText)[0]).toContain(word);
  });

  it('does not split words or set headings apart in a text that is not English', () => {
    const { blocks, repairs } = repair({
      body: [{ line: 1, text: 'Министр заявилМосква поддерживает переговоры.', caption: false }],
      title: 'Лавров',
      language: 'ru',
      lexicon,
    });
    expect(repairs).toEqual([]);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph']);
  });
});
