import { describe, expect, it } from 'vitest';
import { ingestText, lexicon, textOf } from '../../../test/ingest.ts';
import { segment } from '../segment.ts';
import { readDateline } from './dateline.ts';
import { bylineOutlet, isTitle, signOff } from './head.ts';
import { isAppeal } from './headline.ts';
import { dateLine, findDate, isRelativeStamp, openingStamp } from './published.ts';

/** Invented pages of the forms these rules read; none is an evaluation article's text. */
const meta = (text: string) => ingestText('page.txt', text).frontmatter;

const LEAD =
  'Officials from both countries met for three hours on Tuesday and agreed to keep talking about arms control next month.';
const MORE =
  'The foreign ministry said the talks had been useful and that experts would prepare the next round in Vienna.';

describe('stamps that date nothing, and stamps run into what follows them', () => {
  it('reads no date in a span of time measured from another ("35 minutes later", "5 hrs ago")', () => {
    expect(findDate('(35 minutes later)')).toBeUndefined();
    expect(findDate('two hours earlier')).toBeUndefined();
    expect(isRelativeStamp('(35 minutes later)')).toBe(true);
    expect(isRelativeStamp('5 hrs ago')).toBe(true);
    expect(isRelativeStamp('Talks resume 35 minutes later')).toBe(false);
  });

  it('ends the head at a stamp of elapsed time under the headline, after notes of the page that read as prose', () => {
    const page = meta(
      [
        'This copy was saved by an archive of versions and was first seen on its site two days after publication.',
        'Version 2 Version 3',
        'Envoys agree to extend grain corridor talks',
        '(12 minutes later)',
        LEAD,
        MORE,
      ].join('\n'),
    );
    expect(page.title).toBe('Envoys agree to extend grain corridor talks');
    expect(page.published).toBeUndefined();
  });

  it('reads a stamp run into the lead when the break after it was lost, with a clock time or with no space', () => {
    expect(openingStamp('04.03.2011, 10:15Сегодня в Москве прошли переговоры')).toMatchObject({
      year: 2011,
      month: 3,
      day: 4,
    });
    expect(openingStamp('March 4, 2011 10:15 Officials said the talks went on')).toMatchObject({ year: 2011 });
    // A sentence may open on a date; without a time or the glue it is no stamp.
    expect(openingStamp('March 4, 2011 was the day the talks began again.')).toBeUndefined();
    const page = meta(
      [
        'Переговоры продолжатся в Вене',
        '04.03.2011, 10:15Сегодня в Москве прошли переговоры о разоружении, сообщили в министерстве иностранных дел.',
        'Эксперты встретятся снова через месяц, чтобы подготовить новый раунд.',
      ].join('\n'),
    );
    expect(page.published).toMatchObject({ edtf: '2011-03-04', provenance: 'stated' });
  });

  it('reads a year run into a kicker in capitals, and a time run into a word, as a date apart', () => {
    expect(findDate('June 3, 1990SPECIAL REPORTTalks in Vienna')).toMatchObject({ year: 1990, month: 6, day: 3 });
    // A year run into a capitalised word may be a date printed twice: it is left as it is.
    expect(dateLine('Monday, Jun 3, 2019Monday, Jun 3, 2019')).toBeUndefined();
  });

  it("takes a site's name in square brackets closing a stamp as the outlet", () => {
    expect(dateLine('12 мая 2019, 10:00 [ «Вечерние новости» ]')).toMatchObject({
      date: { year: 2019, month: 5, day: 12 },
      outlet: 'Вечерние новости',
    });
    expect(dateLine('May 12, 2019 [Evening Courier]')).toMatchObject({ outlet: 'Evening Courier' });
  });
});

describe('titles that give their own date', () => {
  it('keeps a date line under a title apart from it in a hard-wrapped copy, and dates the text by it', () => {
    const text = [
      'Remarks by the Secretary of State and the Foreign Minister of Ruritania',
      'April 14, 1997',
      '',
      '    The Secretary. Good afternoon. We have had a long and useful day of talks on ',
      'the questions that divide our two countries, and I want to thank the minister ',
      'for coming all this way to see us.',
      '',
      '    We agreed to meet again in the autumn, and our experts will work on the ',
      'details of the treaty in the weeks ahead of that meeting in Geneva.',
    ].join('\n');
    const page = meta(text);
    expect(page.title).toBe('Remarks by the Secretary of State and the Foreign Minister of Ruritania');
    expect(page.published).toMatchObject({ edtf: '1997-04-14' });
  });

  it('reads a Russian title ending on a date with "г." as a title, and dates the text by it', () => {
    expect(isTitle('Выступление посла на пресс-конференции в Москве 3 марта 2015 г.')).toBe(true);
    expect(isTitle('Переговоры прошли в Москве 3 марта 2015 года.')).toBe(false);
    const page = meta(
      [
        'Текст выступления посла на встрече с журналистами, проведённой в режиме видеосвязи 3 марта 2015 г.',
        'Посол Смит: Спасибо, что нашли время и пришли сегодня на нашу встречу. Я рад снова видеть многих из вас.',
        'На этой неделе я встречался с коллегами в министерстве и говорил о вопросах, которые нас разделяют.',
      ].join('\n'),
    );
    expect(page.title).toMatch(/^Текст выступления посла .* 3 марта 2015 г\.$/u);
    expect(page.published).toMatchObject({ edtf: '2015-03-03', provenance: 'stated' });
    // The speaker's label of a transcript is no dateline, in Russian as in English ("Ambassador Smith:").
    expect(page.dateline).toBeUndefined();
  });

  it('reads no dateline in a Russian speaker label that opens on an office', () => {
    expect(readDateline('Посол Смит: Спасибо, что пришли.', lexicon)).toBeUndefined();
    expect(readDateline('Министр Петров: Добрый день.', lexicon)).toBeUndefined();
  });
});

describe('head lines of archive pages and transcripts', () => {
  it('reads a headline a list of links sets a bullet before', () => {
    expect(isTitle('• Envoys Agree to Extend Corridor Talks')).toBe(true);
    const page = meta(
      [
        'Home Page, Site Index, Search, Help',
        'Return to Summits Archive',
        '• Envoys Agree to Extend Grain Corridor Talks',
        'By Jane Roe',
        'Monday, October 13, 1986; Page A01',
        `VIENNA, Oct. 12 -- ${LEAD}`,
        MORE,
      ].join('\n'),
    );
    expect(page.title).toBe('Envoys Agree to Extend Grain Corridor Talks');
  });

  it("reads no appeal in a title-case name that opens on a verb's bare form", () => {
    expect(isAppeal('Press Briefing by Jane Roe')).toBe(false);
    expect(isAppeal('Print this document')).toBe(true);
    expect(isAppeal('Sign up for our newsletter')).toBe(true);
    expect(isAppeal('Go to Home Page')).toBe(true);
  });
});

describe('pages printed on one line', () => {
  it('reads the headline after the stamp of a flash whose stamp comes first', () => {
    const page = meta(
      `08:14 Briefs Kislev 3, 5780 , 27/11/19 Envoys agree to extend grain corridor talks The Turkish foreign ministry said on Sunday that envoys had agreed to meet again. ${MORE}`,
    );
    expect(page.title).toBe('Envoys agree to extend grain corridor talks');
    expect(page.titleSupplied).toBe(false);
  });

  it("takes no headline from a document's markings before its date", () => {
    const page = meta(
      `DOC-2019-0042 C-00012345 RELEASED 02 03 2020 Tuesday June 4 1991 MEMORANDUM FOR THE SECRETARY FROM JOHN DOE SUBJECT talks in Vienna. ${LEAD} ${MORE}`,
    );
    expect(page.titleSupplied).toBe(true);
    expect(textOf(ingestText('page.txt', `${LEAD}\n${MORE}`))).toContain('Officials');
  });
});

describe('copies whose every line carries a mark, and head parts run together', () => {
  it("takes off the mark an archive sets before every line, reads the head's run-together parts apart", () => {
    const lines = [
      'archive *** TEXT | disk | other *** search',
      '- June 3, 1990SPECIAL REPORTTalks at the Lakeside Villa',
      '-',
      '- In a long day of talks, the two leaders argued over',
      '- the future of their arsenals',
      '-',
      '- The two leaders met in a villa by the lake on Monday and',
      '- talked for six hours about the treaty their negotiators',
      '- have been drafting for two years. Neither would say much.',
      '-',
      '- Both sides said afterwards that the talks had been frank',
      '- and that their experts would meet again in the autumn.',
    ];
    const { pieces, changes } = segment(lines.join('\n'));
    expect(pieces.map((piece) => piece.text)).toEqual([
      'archive *** TEXT | disk | other *** search',
      'June 3, 1990',
      'SPECIAL REPORT',
      'Talks at the Lakeside Villa',
      'In a long day of talks, the two leaders argued over the future of their arsenals',
      'The two leaders met in a villa by the lake on Monday and talked for six hours about the treaty their negotiators have been drafting for two years. Neither would say much.',
      'Both sides said afterwards that the talks had been frank and that their experts would meet again in the autumn.',
    ]);
    expect(changes[0]).toMatchObject({ kind: 'removed', line: 2, text: '-' });
    expect(meta(lines.join('\n')).published).toMatchObject({ edtf: '1990-06-03' });
  });

  it('leaves the dashes of a list, which do not run through the whole text', () => {
    const text = ['Participants:', '- Jane Roe, Secretary', '- John Doe, Notetaker', LEAD, MORE].join('\n');
    expect(segment(text).pieces.map((piece) => piece.text)).toContain('- Jane Roe, Secretary');
  });

  it('leaves names with capitals inside whole ("JPMorgan", "McDONALD")', () => {
    expect(segment('JPMorgan Sees Gains\nMcDONALD Wins Again').pieces.map((piece) => piece.text)).toEqual([
      'JPMorgan Sees Gains',
      'McDONALD Wins Again',
    ]);
  });
});

describe('the stamp of a live page', () => {
  it("dates a live page with no date line by its newest entry's stamp", () => {
    const page = meta(
      [
        'Leaders meet in Vienna for their first summit',
        LEAD,
        'Here are the latest updates:',
        'Update 9:40 p.m. EDT June 3: The two leaders left the villa after six hours of talks, officials said tonight.',
        'Update 4:10 p.m. EDT June 3: The talks have run an hour longer than planned, aides to both leaders said.',
      ].join('\n'),
    );
    expect(page.published).toMatchObject({ edtf: 'XXXX-06-03', provenance: 'stated' });
  });
});

describe("a site's own credit and its writer's sign-off", () => {
  it('reads the writer and the outlet of a sign-off, above the text or under it, and no sign-off in a sentence', () => {
    expect(signOff('This is Jane Roe from Metro News.')).toEqual({ names: 'Jane Roe', outlet: 'Metro News' });
    expect(signOff('This is Jane Roe from Moscow.')).toBeUndefined();
    expect(signOff('This is the last round of talks this year.')).toBeUndefined();
    expect(signOff('Jane Roe, Daily Courier correspondent in Moscow -')).toEqual({
      names: 'Jane Roe',
      outlet: 'Daily Courier',
    });
    expect(signOff("John Doe, The Courier's diplomatic correspondent")).toEqual({
      names: 'John Doe',
      outlet: 'Courier',
    });
    expect(signOff('Jane Roe, a Courier correspondent, said the talks went on.')).toBeUndefined();
    const under = meta(
      [
        'Envoys agree to extend grain corridor talks',
        LEAD,
        MORE,
        'Jane Roe, Daily Courier correspondent in Vienna',
      ].join('\n'),
    );
    expect(under).toMatchObject({ byline: 'Jane Roe', outlet: { value: 'Daily Courier' } });
    const above = meta(
      [
        'Envoys agree to extend grain corridor talks',
        'Jane Roe, Daily Courier correspondent in Vienna -',
        LEAD,
        MORE,
      ].join('\n'),
    );
    expect(above).toMatchObject({ byline: 'Jane Roe', outlet: { value: 'Daily Courier' } });
  });

  it('takes a credit written as a web address after the dateline as the site, not an agency', () => {
    const page = meta(
      [`Washington, DC (DCN.News) The below is attributable to the spokesperson:`, LEAD, MORE].join('\n'),
    );
    expect(page.outlet).toMatchObject({ value: 'DCN.News' });
    expect(page.agencies).toEqual([]);
  });

  it("takes a picture's credit out of the text without crediting its source with the text", () => {
    const page = meta(
      ['Envoys agree to extend grain corridor talks', LEAD, '(Photo: Daily Courier) |', MORE].join('\n'),
    );
    expect(page.agencies).toEqual([]);
  });
});

describe('a name broken by the wrap', () => {
  it('joins a given name alone on a line to the capitalised word under it', () => {
    const text = [
      'Michael',
      'Roe and Jane Doe made statements to the press and answered',
      'questions from reporters.',
    ].join('\n');
    expect(segment(text).pieces.map((piece) => piece.text)).toEqual([
      'Michael Roe and Jane Doe made statements to the press and answered questions from reporters.',
    ]);
    // A word that is no given name stays a line of its own: a label over a headline.
    expect(segment('Politics\nEnvoys Agree to Extend Talks').pieces).toHaveLength(2);
  });
});

describe('a byline that names a paper alone', () => {
  it('credits the paper as the outlet and gives no writer', () => {
    expect(bylineOutlet('Daily Courier Post')).toEqual({ names: '', outlet: 'Daily Courier Post' });
    expect(bylineOutlet('Jane Roe, The Moscow Times')).toEqual({ names: 'Jane Roe', outlet: 'The Moscow Times' });
    const page = meta(
      ['Envoys Agree to Extend Talks', 'June 3, 1993|By Courier Post', `VIENNA — ${LEAD}`, MORE].join('\n'),
    );
    expect(page.byline).toBeUndefined();
    expect(page.outlet).toMatchObject({ value: 'Courier Post' });
  });
});

describe("a broadcaster's own correspondent", () => {
  it('takes the outlet from a correspondent introduced as "reporting from" a place or "who joins us"', () => {
    const on = (sentence: string) =>
      meta(['Envoys agree to extend grain corridor talks', LEAD, sentence, MORE].join('\n'));
    expect(on("River Radio's Jane Roe, reporting from Vienna, said the talks would go on.").outlet).toMatchObject({
      value: 'River Radio',
    });
    expect(on("We spoke to Channel Nine's John Doe, who joins us now from Vienna.").outlet).toMatchObject({
      value: 'Channel Nine',
    });
    // Another outlet's report cited by what it reported names no outlet of the text's own.
    expect(on("River Radio's Jane Roe reported that the talks would go on.").outlet).toBeUndefined();
  });
});
