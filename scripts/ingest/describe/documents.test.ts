import { describe, expect, it } from 'vitest';
import { ingestText, lexicon, textOf } from '../../../test/ingest.ts';
import { segment } from '../segment.ts';
import { readCable } from './cable.ts';
import { readFieldBar } from './field-bar.ts';
import { isTitle, isTitleCased } from './head.ts';
import { isCaptionLine } from './headline.ts';
import { dateLine } from './published.ts';

/** Invented documents of the forms these rules read; none is an evaluation article's text. */
const page = (lines: string[]) => ingestText('page.txt', lines.join('\n'));

const LEAD =
  'Officials from both countries met for three hours on Tuesday and agreed to keep talking about arms control next month.';
const MORE =
  'The foreign ministry said the talks had been useful and that experts would prepare the next round in Vienna.';

describe("an official document's title, closed by a full stop", () => {
  it('takes a line in title case with a full stop for a title, and a sentence for none', () => {
    expect(isTitleCased('Letter From the Premier to the Prime Minister.')).toBe(true);
    expect(isTitleCased('Joint Statement Following Talks With Austrian Leaders.')).toBe(true);
    expect(isTitleCased('The premier wrote to the prime minister about the talks.')).toBe(false);
    // A text in capitals has no case to tell a title by; a name alone is too short.
    expect(isTitleCased('THE PREMIER WROTE TO THE PRIME MINISTER.')).toBe(false);
    expect(isTitleCased('Jane Roe.')).toBe(false);
  });

  it('reads a letter headed by its title and a place-and-date line', () => {
    const { frontmatter } = page([
      'Letter From the Premier to the Prime Minister on the New Year.',
      '',
      'Vienna, December 31, 1961.',
      '',
      `DEAR PRIME MINISTER: ${LEAD} ${MORE}`,
    ]);
    expect(frontmatter.title).toBe('Letter From the Premier to the Prime Minister on the New Year.');
    expect(frontmatter.published).toMatchObject({ edtf: '1961-12-31', provenance: 'stated' });
    expect(frontmatter.dateline).toMatchObject({ place: 'Vienna' });
    expect(dateLine('Vienna, December 31, 1961.')).toMatchObject({ place: 'Vienna' });
  });

  it('reads no byline in a paragraph that opens on "By" and holds a date', () => {
    expect(
      dateLine('BY MUTUAL agreement the two delegations met in Vienna from May 2 to May 9, 1975 and signed a treaty'),
    ).toBeUndefined();
    expect(dateLine('May 9, 1975 by Jane Roe and John Doe')).toMatchObject({ byline: 'Jane Roe and John Doe' });
  });
});

describe("a transcript's questions and answers", () => {
  it("takes no line opening on a question's or an answer's label for a title; a speaker's name may open one", () => {
    expect(isTitle('Q: What is the latest on the talks in Vienna?')).toBe(false);
    expect(isTitle('A: The talks go on')).toBe(false);
    expect(isTitle('Вопрос: Как идут переговоры?')).toBe(false);
    expect(isTitle('Lavrov: talks go on')).toBe(true);
    const { frontmatter } = page(['2019-05-06', '', `Q: ${LEAD} What is the latest?`, '', `A: ${MORE}`]);
    expect(frontmatter.titleSupplied).toBe(true);
  });
});

describe("a telegram's header", () => {
  const header = [
    'O 041230 Z MAR 75',
    'FM AMEMBASSY VIENNA',
    'TO SECSTATE WASHDC IMMEDIATE',
    'TAGS: PFOR',
    'SUBJ: TALKS ON TRADE AGREEMENT TO RESUME',
    'IN SPRING',
    '1. THE MINISTRY TOLD US TODAY THAT THE TALKS WOULD RESUME.',
  ];
  const pieces = header.map((text, line) => ({ line, text, caption: false }));

  it('reads the date-time group, the sending post and the subject wrapped over two lines', () => {
    const cable = readCable(pieces);
    expect(cable?.sent?.date).toMatchObject({ year: 1975, month: 3, day: 4 });
    expect(cable?.from?.place).toBe('Vienna');
    expect(cable?.subject?.title).toBe('TALKS ON TRADE AGREEMENT TO RESUME IN SPRING');
  });

  it('reads the State Department as Washington, and no cable without a sender', () => {
    const from = [{ line: 0, text: 'R 150900 Z JUN 88', caption: false }];
    expect(readCable([...from, { line: 1, text: 'FM SECSTATE WASHDC', caption: false }])?.from?.place).toBe(
      'Washington',
    );
    expect(readCable(from)).toBeUndefined();
  });

  it('gives a cable its subject for a headline, its group for a date and its post for a dateline', () => {
    const { frontmatter } = page([...header, `2. ${LEAD.toUpperCase()}`, `3. ${MORE.toUpperCase()}`]);
    expect(frontmatter.title).toBe('TALKS ON TRADE AGREEMENT TO RESUME IN SPRING');
    expect(frontmatter.published).toMatchObject({ edtf: '1975-03-04' });
    expect(frontmatter.dateline).toMatchObject({ place: 'Vienna' });
  });
});

describe("a line of a copy's fields", () => {
  it('reads the agency, the place and the date of creation from fields set apart by bars', () => {
    expect(
      readFieldBar('Reuters | Vienna | Updated: 14-03-2019 10:20 IST | Created: 13-03-2019 22:05 IST', lexicon),
    ).toMatchObject({ agency: 'Reuters', place: 'Vienna', date: { year: 2019, month: 3, day: 13 } });
    // A menu of sections or a headline with a bar is none.
    expect(readFieldBar('World | Europe | Politics', lexicon)).toBeUndefined();
    expect(readFieldBar('Talks resume in Vienna | Analysis | Opinion', lexicon)).toBeUndefined();
  });

  it('takes the fields out of the text and gives them to the article', () => {
    const { frontmatter } = page([
      'Envoys agree to extend grain corridor talks',
      LEAD,
      'Reuters | Vienna | Updated: 14-03-2019 10:20 IST | Created: 14-03-2019 10:20 IST',
      MORE,
    ]);
    expect(frontmatter.published).toMatchObject({ edtf: '2019-03-14' });
    expect(frontmatter.agencies).toContain('Reuters');
    expect(frontmatter.dateline).toMatchObject({ place: 'Vienna' });
  });
});

describe('furniture of documents and feeds', () => {
  it("takes out page marks, security markings, a clock time alone and a copy's end mark", () => {
    const article = page([
      'Envoys agree to extend grain corridor talks',
      LEAD,
      'CONFIDENTIAL',
      'PAGE 02 STATE 104233',
      '[[Page 412]]',
      '10:42 am',
      MORE,
      '(End)',
      'Send your tips to our newsroom by messenger',
    ]);
    const text = textOf(article);
    for (const line of ['CONFIDENTIAL', 'PAGE 02', '[[Page 412]]', '10:42 am', '(End)', 'Send your tips']) {
      expect(text).not.toContain(line);
    }
    expect(article.frontmatter.agencies).not.toContain('End');
    expect(text).toContain(MORE);
  });

  it('keeps a clock time alone apart from the lines around it', () => {
    expect(segment('the talks went on late into the night and\n1:04 am\nwith no result announced').pieces).toHaveLength(
      3,
    );
  });

  it('takes a caption closed by a credit after a slash for a caption', () => {
    expect(
      isCaptionLine('A destroyer takes part in an exercise in the Baltic Sea, June 3, 2018. /Reuters', lexicon),
    ).toBe(true);
    expect(isCaptionLine('Talks resume in Vienna and/or Geneva', lexicon)).toBe(false);
  });

  it('takes a caption printed above the text for no headline and its credit for no outlet', () => {
    const caption = 'A destroyer takes part in an exercise in the Baltic Sea, June 3, 2018. /Reuters';
    const { frontmatter } = page([caption, caption, LEAD, MORE]);
    expect(frontmatter.titleSupplied).toBe(true);
    expect(frontmatter.outlet).toBeUndefined();
    expect(frontmatter.published).toBeUndefined();
  });
});

describe('credits in the text of relayed and broadcast reports', () => {
  it('credits the agency a Russian item relays in its opening formula, and no paper it cites', () => {
    const relayed = (formula: string) =>
      page([
        'Переговоры о разоружении продолжатся в Вене',
        'Россия и США договорились продолжить переговоры о разоружении.',
        `${formula}, об этом заявил представитель министерства иностранных дел на брифинге в Москве.`,
      ]).frontmatter.agencies;
    expect(relayed('Как передает Вестник со ссылкой на местные СМИ')).toEqual(['Вестник']);
    expect(relayed('Как сообщает агентство Вестник')).toEqual(['Вестник']);
    expect(relayed('Как пишет «Вечерняя газета»')).toEqual([]);
  });

  it("takes a broadcast report's line crediting its correspondent for the byline", () => {
    const article = page(['Envoys agree to extend grain corridor talks', LEAD, 'Correspondent Jane Roe.', MORE]);
    expect(article.frontmatter.byline).toBe('Jane Roe');
    expect(textOf(article)).not.toContain('Correspondent Jane Roe');
  });
});

describe("a wire's credit without a writer", () => {
  it("credits the agency of a byline that names only the agency and its desk's staff", () => {
    const { frontmatter } = page(['Envoys agree to extend grain corridor talks', 'Reuters, Staff Report', LEAD, MORE]);
    expect(frontmatter.agencies).toEqual(['Reuters']);
    expect(frontmatter.byline).toBeUndefined();
  });

  it("credits a wire named alone on a line under the text, after the page's blank lines", () => {
    const article = page(['Envoys agree to extend grain corridor talks', LEAD, MORE, '', '', '', 'IANS', '', '']);
    expect(article.frontmatter.agencies).toEqual(['IANS']);
    expect(textOf(article)).not.toContain('IANS');
  });
});
