import { describe, expect, it } from 'vitest';
import { ingestRealSeed, ingestText, textOf } from '../../../test/ingest.ts';
import { bylineOutlet } from './head.ts';
import { dateLine, findDate } from './published.ts';

const meta = (seed: Parameters<typeof ingestRealSeed>[0]) => ingestRealSeed(seed).frontmatter;

/** A short article from an unknown outlet: head lines, then a dated paragraph and one more. */
function article(...head: string[]): ReturnType<typeof ingestText>['frontmatter'] {
  const text = [
    ...head,
    'MOSCOW - Russia and the United States agreed on Tuesday to continue talks on arms control, officials said.',
    'The two sides will meet again in Geneva next month, the foreign ministry said in a statement.',
  ].join('\n');
  return ingestText('article.txt', text).frontmatter;
}

describe('describe, on the five seeds', () => {
  it('reads each printed headline, without its quotation marks', () => {
    expect(meta('001').title).toBe('Russia, US agree to cooperate in solving Syria crisis');
    expect(meta('002').title).toBe('Russia, US agree to cooperate in solving Syria crisis: Russian FM');
    expect(meta('004').title).toBe('Russia Pledges Support for Powell Mideast Mission');
    for (const seed of ['001', '002', '003', '004'] as const) expect(meta(seed).titleSupplied).toBe(false);
  });

  it('takes the title of seed 000, which prints none, from its editorial file and marks it supplied', () => {
    expect(meta('000')).toMatchObject({
      title: 'Russia and the United States pledge joint efforts for post-war Iraq',
      titleSupplied: true,
    });
  });

  it('reads the outlet and address of seed 001 from its masthead', () => {
    expect(meta('001')).toMatchObject({
      outlet: { value: 'Global News Network 9', provenance: 'stated' },
      url: 'http://www.gnn9.com/index.php',
    });
  });

  it('takes the outlets of seeds 002 and 004 from their editorial files, with the evidence', () => {
    expect(meta('002').outlet).toMatchObject({ value: 'China Daily', provenance: 'editorial' });
    expect(meta('004').outlet).toMatchObject({ value: 'Voice of America', provenance: 'editorial' });
    expect(meta('004').outlet?.evidence).toMatch(/VOA/);
  });

  it('credits IANS, Xinhua and RIA Novosti to seeds 001, 002 and 003, and no agency to 000 or 004', () => {
    expect(meta('001').agencies).toEqual(['IANS']);
    expect(meta('002').agencies).toEqual(['Xinhua']);
    expect(meta('003').agencies).toEqual(['RIA Novosti']);
    expect(meta('000').agencies).toEqual([]);
    expect(meta('004').agencies).toEqual([]);
  });

  it('reads the dateline places Moscow, Moscow and Geneva, with the words they were read from', () => {
    expect(meta('001').dateline).toEqual({ place: 'Moscow', text: 'Moscow:' });
    expect(meta('002').dateline).toEqual({ place: 'Moscow', text: 'MOSCOW -' });
    expect(meta('003').dateline).toEqual({ place: 'Geneva', text: 'GENEVA, 7 Mar - RIA Novosti.' });
    expect(meta('000').dateline).toBeUndefined();
    expect(meta('004').dateline).toBeUndefined();
  });

  it('reads the stated dates of seeds 001 and 002 with the words they were read from', () => {
    expect(meta('001').published).toEqual({ edtf: '2015-09-30', provenance: 'stated', text: '30/09/2015 15:01' });
    expect(meta('002').published).toEqual({ edtf: '2015-09-30', provenance: 'stated', text: '2015-09-30 09:20' });
  });

  it('infers 2009 for "7 Mar" in seed 003 from "December 5 this year" and "5 December 2009"', () => {
    const published = meta('003').published;
    expect(published).toMatchObject({ edtf: '2009-03-07', provenance: 'inferred', text: '7 Mar' });
    expect(published?.evidence).toMatch(/this year/);
    expect(published?.evidence).toMatch(/2009/);
  });

  it('takes the dates of seeds 000 and 004 from their editorial files', () => {
    expect(meta('000').published).toMatchObject({ edtf: '[2003-08-07..2003-08-08]', provenance: 'editorial' });
    expect(meta('004').published).toMatchObject({ edtf: '2002-04-06', provenance: 'editorial' });
  });

  it('does not keep "by admin" as a byline', () => {
    expect(meta('001').byline).toBeUndefined();
  });

  it('detects English in all five seeds', () => {
    for (const seed of ['000', '001', '002', '003', '004'] as const) expect(meta(seed).language).toBe('en');
  });
});

describe('describe, on other articles', () => {
  it("reads a byline under a standfirst with a picture's alt text between them", () => {
    const text = [
      'Ministers agree to resume arms talks',
      '',
      'Plus, a new envoy for the Arctic and the week in sport.',
      'Author Headshot',
      '',
      'By Anna Kowalczyk',
      '',
      'Good morning. The foreign ministers of Russia and the United States agreed on Tuesday to resume talks on arms control.',
      '',
      'The two sides will meet again in Geneva next month, officials said.',
    ].join('\n');
    const { frontmatter } = ingestText('x.txt', text);
    expect(frontmatter.byline).toBe('Anna Kowalczyk');
    expect((frontmatter.mentions ?? []).map(({ id }) => id)).not.toContain('auto-anna-kowalczyk');
  });

  it("reads the site's notes to its reader above an archived story as head, not as its first paragraph", () => {
    const meta = article(
      'Archive Home, Search, Help',
      "For the conference schedule and the list of delegates, visit the organisers' summit site.",
      "Editor's Note: Some of the links on this page will take you away from our site. To return, use the Back button.",
      'Return to Summits Archive',
      'Go to World Section',
      'Go to Home Page',
      'Arms Talks Resume in Moscow',
      'By Anna Kowalczyk',
      'Wednesday, May 4, 1994; Page A12',
    );
    expect(meta.published).toMatchObject({ edtf: '1994-05-04', provenance: 'stated' });
    expect(meta.byline).toBe('Anna Kowalczyk');
  });

  it('gives an all-numeric date that reads both ways as an EDTF set of the two days, and says why', () => {
    const text =
      'Russia and US to resume arms talks\n03/04/2015 10:00\nRussia and the United States agreed to continue talks on arms control.';
    const { published } = ingestText('x.txt', text).frontmatter;
    expect(published).toMatchObject({
      edtf: '[2015-04-03,2015-03-04]',
      provenance: 'stated',
      text: '03/04/2015 10:00',
    });
    expect(published?.evidence).toMatch(/day-first or month-first/);
  });

  it('reads a numeric date with a day over 12 one way only', () => {
    expect(article('Russia and US to resume arms talks', '13/04/2015').published?.edtf).toBe('2015-04-13');
  });

  it("keeps a writer's byline, and a date line after it does not erase it", () => {
    expect(article('Russia and US to resume arms talks', 'By Jane Smith', 'March 3, 2011').byline).toBe('Jane Smith');
  });

  it('drops a byline that names a publishing account, whatever its case', () => {
    expect(article('Russia and US to resume arms talks', '03/03/2011 by Admin').byline).toBeUndefined();
  });

  it('leaves the year unspecified when a dateline date has none and the text cannot fix it', () => {
    const text =
      'Arms talks resume\nGENEVA, 7 Mar - RIA Novosti. The talks between Russia and the US resumed on Friday in Geneva.';
    expect(ingestText('x.txt', text).frontmatter.published).toMatchObject({
      edtf: 'XXXX-03-07',
      provenance: 'stated',
    });
  });

  it('reads the date stamp of a text whose line breaks were lost, but not a date inside a sentence', () => {
    const rest = 'Clinton and Lavrov exchanged the documents in Munich. The treaty limits warheads. '.repeat(14);
    const stamped = `US, Russia Finalize START Treaty VOA News February 05, 2011 US Secretary of State spoke. ${rest}`;
    expect(ingestText('x.txt', stamped).frontmatter.published).toMatchObject({
      edtf: '2011-02-05',
      provenance: 'stated',
      text: 'February 05, 2011',
    });
    const told = `US, Russia Finalize START Treaty The treaty entered into force on February 5, 2011 in Munich. ${rest}`;
    expect(ingestText('x.txt', told).frontmatter.published).toBeUndefined();
  });

  it("reads the stamp of a short flash printed on one line, but not a date after a brief's first sentence", () => {
    const flash =
      '09:40 News Briefs 14/11/16 Ministers agree to meet again The foreign ministers of Russia and the United States agreed by telephone to meet again in Vienna next week, the ministry said.';
    expect(ingestText('x.txt', flash).frontmatter.published).toMatchObject({
      edtf: '2016-11-14',
      provenance: 'stated',
    });
    const brief =
      'The foreign ministers agreed by telephone to meet again. Their last meeting, 14/11/16 in Vienna, ended without a statement.';
    expect(ingestText('x.txt', brief).frontmatter.published).toBeUndefined();
  });

  it('starts the body at a wire dateline, the lines above it being the head, and reads "May 14" as a day', () => {
    const text = [
      "Old Saint Basil's Cathedral in Moscow and scenes of Saint Petersburg from the picture archive of the list",
      'Excerpts from the E-Mail Community :: Founded and Edited by David Johnson',
      '',
      'Powell arrives in Moscow, talks to focus on Iraq',
      'By Jonathan Wright',
      '',
      'MOSCOW, May 14 (Reuters) - U.S. Secretary of State Colin Powell arrived in Moscow on Tuesday to talk about Iraq.',
      '',
      'Powell flew into Moscow from Riyadh, where he visited the scene of one of the bombings in Iraq and Moscow.',
    ].join('\n');
    const { frontmatter } = ingestText('x.txt', text);
    expect(frontmatter).toMatchObject({
      title: 'Powell arrives in Moscow, talks to focus on Iraq',
      byline: 'Jonathan Wright',
      published: { edtf: 'XXXX-05-14', provenance: 'stated' },
    });
    expect(textOf(ingestText('x.txt', text))).not.toContain('David Johnson');
  });

  it('reads a dateline whose date runs over two commas: "MOSCOW, July 6, 2009—"', () => {
    const text =
      'Obama and Medvedev agree to limit warheads\nRussia will also let the US use its airspace for troops.\nMOSCOW, July 6, 2009— -- President Obama and President Medvedev announced agreements Monday.';
    expect(ingestText('x.txt', text).frontmatter.published).toMatchObject({ edtf: '2009-07-06', provenance: 'stated' });
  });

  it('ends the head at a date line under the headline, even after a paragraph of advertisement', () => {
    const text = [
      'Consular assistance in Russia',
      'Are you in Russia and need consular assistance? Find your country’s embassy in Russia on our pages.',
      'US drops Russia talks as Syria pushes Aleppo onslaught',
      'Published on 03/10/2016',
      'The United States on Monday abandoned its effort to convince Russia to impose a ceasefire in Syria.',
      'Washington said it had suspended bilateral talks with Russia on reviving a truce in Aleppo and Syria.',
    ].join('\n');
    const article = ingestText('x.txt', text);
    expect(article.frontmatter.title).toBe('US drops Russia talks as Syria pushes Aleppo onslaught');
    expect(textOf(article)).not.toContain('consular assistance');
    // Day-first or month-first: only 3 October 2016 is a Monday (10 March was a Thursday).
    expect(article.frontmatter.published).toMatchObject({ edtf: '2016-10-03', provenance: 'inferred' });
  });

  it('settles a day-month ambiguity by the weekday the lead names only when one reading fits', () => {
    // "on Tuesday": 4 March 2015 was a Wednesday, the day after; 3 April a Friday.
    expect(article('Russia and US to resume arms talks', '03/04/2015 10:00').published).toMatchObject({
      edtf: '2015-03-04',
      provenance: 'inferred',
      evidence: expect.stringContaining('only 4 March 2015 is a Tuesday or the day after one'),
    });
    // "on Friday": 10 March 2016 was a Thursday, 3 October a Monday; neither fits.
    const text =
      'US drops Russia talks\nPublished on 03/10/2016\nThe United States on Friday abandoned its effort to convince Russia to impose a ceasefire.';
    expect(ingestText('x.txt', text).frontmatter.published?.edtf).toBe('[2016-10-03,2016-03-10]');
  });

  it('supplies a title from the first sentence when a seed prints no headline', () => {
    const text = 'Russia and the United States agreed on Tuesday to continue their talks on arms control in Geneva.';
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      title: 'Russia and the United States agreed on Tuesday to continue their talks…',
      titleSupplied: true,
    });
  });

  it('finds where the words of a date start in the line', () => {
    const line = 'The talks were held on 3 March 2011 in Geneva.';
    const found = findDate(line);
    expect(found?.text).toBe('3 March 2011');
    expect(line.slice(found?.index, (found?.index ?? 0) + (found?.text.length ?? 0))).toBe('3 March 2011');
  });
});

describe('English publication stamps', () => {
  it('reads a stamp with a writer, how long ago, a weekday, an ordinal day and a time: "Anna Kowalczyk 5 minutes ago …"', () => {
    expect(dateLine('Anna Kowalczyk 5 minutes ago Tue 4th March 2014 | 10:05 AM')).toMatchObject({
      date: { year: 2014, month: 3, day: 4 },
      byline: 'Anna Kowalczyk',
    });
  });

  it('reads a stamp whose time is given in hours ("Friday, 07 March 2014, 16:40 Hrs")', () => {
    expect(dateLine('Friday, 07 March 2014, 16:40 Hrs')?.date).toMatchObject({ year: 2014, month: 3, day: 7 });
  });

  it('reads a print paper\'s stamp with its page after a semicolon ("Tuesday, May 3, 1994; Page A12")', () => {
    expect(dateLine('Tuesday, May 3, 1994; Page A12')?.date).toMatchObject({ year: 1994, month: 5, day: 3 });
  });

  it('reads a date a section label ran into ("WorldMarch 4, 1998"), keeping where it starts in the line', () => {
    expect(dateLine('WorldMarch 4, 1998')?.date).toMatchObject({ text: 'March 4, 1998', index: 5, year: 1998 });
  });

  it('reads a stamp with labelled fields on both sides ("Source: Kyodo | 2015-04-02 08:10:12 | Editor: mlee")', () => {
    expect(dateLine('Source: Kyodo | 2015-04-02 08:10:12 | Editor: mlee')).toMatchObject({
      date: { year: 2015, month: 4, day: 2 },
      source: 'Kyodo',
    });
  });

  it('reads the date after a time alone in a line ("18:02 Briefs 04/03/14")', () => {
    expect(findDate('18:02 Briefs 04/03/14')).toMatchObject({ year: 2014, month: 3, day: 4 });
  });
});

describe('Russian publication stamps', () => {
  it('reads "15 октября 2017, 17:41" and an update stamp beside it as a date line', () => {
    expect(dateLine('15 октября 2017, 17:41, обновлено 15 октября 2017, 19:14')?.date).toMatchObject({
      year: 2017,
      month: 10,
      day: 15,
    });
  });

  it('reads "11.03.2009 14:20" day-first, with no month-first reading, and "6 марта 2009 г." with its "г."', () => {
    expect(findDate('11.03.2009 14:20')).toMatchObject({ year: 2009, month: 3, day: 11, alternatives: [] });
    expect(dateLine('6 марта 2009 г., 12:30')?.date).toMatchObject({ year: 2009, month: 3, day: 6 });
  });

  it('reads "09:11 10.09.2016", a time before a dotted date, day-first with no month-first reading', () => {
    expect(findDate('09:11 10.09.2016')).toMatchObject({ year: 2016, month: 9, day: 10, alternatives: [] });
  });

  it('gives a Russian article the date its stamp states', () => {
    const article = ingestText(
      'ru.txt',
      'Лавров и Керри обсудили Сирию\n\n6 марта 2009 г., 12:30\n\nЖЕНЕВА, 6 марта. Министры встретились в Женеве и обсудили договор.',
    );
    expect(article.frontmatter.published).toMatchObject({ edtf: '2009-03-06', provenance: 'stated' });
  });
});

describe('stated dates and datelines of unseen forms', () => {
  const russianBody = [
    'Министр иностранных дел России заявил во вторник, что переговоры с США о контроле над вооружениями продолжатся.',
    'Следующая встреча сторон пройдёт в Женеве в следующем месяце, сообщили в министерстве.',
  ];

  it('reads a wire dateline with an abbreviated month: "MOSCOW, Feb. 7 (UPI) —"', () => {
    const text =
      'Russia and US to resume arms talks\nMOSCOW, Feb. 7 (UPI) — Russia said on Friday it would resume arms talks with the United States.';
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      published: { edtf: 'XXXX-02-07', text: 'Feb. 7' },
      dateline: { place: 'Moscow' },
      agencies: ['UPI'],
    });
  });

  it('takes the stamp of publication, not an update stamp printed above it, and says so of the update', () => {
    const meta = article(
      'Updated 17 September 2022, 14:21',
      'Russia and US agree to resume arms talks',
      '11 May 2009, 22:37',
    );
    expect(meta.published).toMatchObject({ edtf: '2009-05-11' });
    expect(meta.changes?.find((change) => change.text.startsWith('Updated'))).toMatchObject({ kind: 'removed' });
  });

  it('reads a stamp with bullets, how long ago it was and how long a read', () => {
    expect(
      article('Russia and US agree to resume arms talks', 'Jan 26, 2021  •  54 minutes ago  •  < 1 minute read'),
    ).toMatchObject({
      published: { edtf: '2021-01-26' },
    });
  });

  it('reads the date stamp under a one-sentence flash', () => {
    const article = ingestText(
      'x.txt',
      'GENEVA (AP) — Russia says it will resume arms talks with the United States next month.\nMarch 3, 2024, 6:12 AM',
    );
    expect(article.frontmatter.published).toMatchObject({ edtf: '2024-03-03' });
    expect(textOf(article)).not.toContain('6:12 AM');
  });

  it("reads the Russian wires' dateline with full stops, and the page's stamp over a dateline a day later", () => {
    const text = [
      'Россия и США продолжат переговоры',
      '11 мая 2009, 22:37',
      `МОСКВА. 12 мая. ${russianBody[0]}`,
      russianBody[1],
    ];
    expect(ingestText('x.txt', text.join('\n')).frontmatter).toMatchObject({
      published: { edtf: '2009-05-11' },
      dateline: { place: 'Moscow', text: 'МОСКВА. 12 мая.' },
    });
  });

  it('reads a dotted dateline crediting an agency by its address', () => {
    const text = [`Москва. 9 декабря. INTERFAX.RU - ${russianBody[0]}`, russianBody[1]];
    expect(ingestText('x.txt', text.join('\n')).frontmatter).toMatchObject({
      published: { edtf: 'XXXX-12-09' },
      dateline: { place: 'Moscow' },
      agencies: ['Interfax'],
      outlet: { value: 'Interfax', provenance: 'stated' },
    });
  });

  it("reads a wire's closing credit of its reporters as the byline, without the editor, and keeps it off the page", () => {
    const text = [
      'Russia and US agree to resume arms talks',
      'MOSCOW - Russia and the United States agreed on Tuesday to continue talks on arms control, officials said.',
      '(Reporting by Anna Petrova/John Smith and Jane Doe',
      'Editing by Mark Stone)',
    ].join('\n');
    const ingested = ingestText('x.txt', text);
    expect(ingested.frontmatter.byline).toBe('Anna Petrova, John Smith, Jane Doe');
    expect(textOf(ingested)).not.toContain('Reporting');
  });

  it('takes no agency from a breadcrumb or a section menu set off by dashes, and still reads an agency credited so', () => {
    expect(article('- News>', '- World', 'Russia and US agree to resume arms talks').agencies).toEqual([]);
    expect(article('Russia and US agree to resume arms talks', '- IANS').agencies).toEqual(['IANS']);
  });

  it('reads a dateline closed by a bracket of credit and date, and a place alone before a dash', () => {
    const body = 'Russian Foreign Minister Sergei Lavrov said on Saturday that talks would go on in Geneva next month.';
    const bracketed = ingestText(
      'x.txt',
      ['Talks go on', `KAZAN (The Courier / AFP - 4th May, 2019) ${body}`].join('\n'),
    );
    expect(bracketed.frontmatter.dateline?.place).toBe('Kazan');
    expect(bracketed.frontmatter.agencies).toEqual(['AFP']);
    const dashed = ingestText('x.txt', ['Talks go on', `Geneva - ${body}`].join('\n'));
    expect(dashed.frontmatter.dateline?.place).toBe('Geneva');
    const names = ingestText('x.txt', ['Talks go on', `Lavrov - ${body}`].join('\n'));
    expect(names.frontmatter.dateline).toBeUndefined();
  });

  it('takes no byline from a name under an office above the text ("President Jane Roe")', () => {
    expect(article('The Mayor’s Office', 'President Anna Kowalczyk', 'Talks resume in Geneva').byline).toBeUndefined();
    expect(article('Talks resume in Geneva', 'Anna Kowalczyk').byline).toBe('Anna Kowalczyk');
  });

  it('reads the paper a byline names after its writer, and leaves what follows out ("By Jane Roe, The Daily Star, …")', () => {
    const read = article(
      'Talks resume in Geneva',
      'June 2, 2001|By Anna Kowalczyk, The Daily Star. Staff writer John Doe contributed.',
    );
    expect([read.byline, read.outlet?.value]).toEqual(['Anna Kowalczyk', 'The Daily Star']);
    expect(bylineOutlet('George W. Smith, Boston Globe, 4 March 2009')).toEqual({
      names: 'George W. Smith',
      outlet: 'Boston Globe',
    });
    expect(bylineOutlet('Jane Roe, John Doe')).toEqual({ names: 'Jane Roe, John Doe' });
  });

  it('takes a long first line with no closing stop, right over the prose, for the headline', () => {
    const text = [
      'Moscow says it has received no written proposal from Washington on extending the arms control treaty before it expires next February',
      'Foreign ministry spokeswoman Maria Ivanova said on Friday that no paper had reached Moscow.',
      'She said talks could still resume in Geneva next month, if both sides agreed on the terms.',
    ].join('\n');
    const ingested = ingestText('x.txt', text);
    expect(ingested.frontmatter.title).toBe(text.split('\n')[0]);
    expect(textOf(ingested)).not.toContain('has received no written');
  });

  it('takes no agency, byline or dateline from a list of participants each set off by a dash, under their countries', () => {
    const participants = ['Memorandum of Conversation', 'PARTICIPANTS', '- Jane Roe', '- John Q. Doe, Notetaker'];
    const read = article(...participants, 'Smith: Welcome to Washington, and thank you for coming.');
    expect([read.agencies, read.byline]).toEqual([[], undefined]);
    const delegations = ['Memorandum of Conversation', 'France', '- Jane Roe', 'Germany', '- John Q. Doe, Notetaker'];
    const turns = ['Roe: Welcome to Paris, and thank you for coming so far.', 'Doe: Thank you, it is good to be here.'];
    expect(ingestText('memo.txt', [...delegations, ...turns].join('\n')).frontmatter.dateline).toBeUndefined();
  });

  it('takes one sentence over the lead picture and its caption for the standfirst, and starts the body after them', () => {
    const article = ingestText(
      'x.txt',
      [
        'Lavrov and Kerry meet on Syria truce',
        'Washington says the meeting will cover how to stop the fighting and bring in aid.',
        'The two ministers shake hands in Geneva',
        'The ministers have worked for months on a ceasefire deal [Reuters]',
        'Secretary of State John Kerry and Foreign Minister Sergei Lavrov met in Geneva on Friday to discuss a truce in Syria.',
        'The talks went on late into the night, officials said.',
      ].join('\n'),
    );
    expect(article.frontmatter).toMatchObject({
      title: 'Lavrov and Kerry meet on Syria truce',
      standfirst: 'Washington says the meeting will cover how to stop the fighting and bring in aid.',
    });
    expect(textOf(article)).not.toContain('shake hands');
    expect(article.blocks.find((block) => block.type === 'paragraph')?.line).toBe(5);
  });

  it("ends the head at a byline under the headline, after an archive's notices that read as prose", () => {
    const article = ingestText(
      'x.txt',
      [
        'This message was posted to a mailing list about foreign policy and is kept here in its archive.',
        'Opinions in the messages kept here are their writers’ own, not those of the people who run the list.',
        '[Previous message] [Next message] [Index]',
        'Tuesday, May 12, 2009. Page 3',
        'Lavrov Hopes for New Treaty by December',
        'By Jane Morrow',
        'Staff Writer',
        'Foreign Minister Sergei Lavrov said on Monday that a new arms treaty with the United States could be ready by December.',
        'The two sides will meet again in Geneva next month, the ministry said in a statement.',
      ].join('\n'),
    );
    expect(article.frontmatter).toMatchObject({
      title: 'Lavrov Hopes for New Treaty by December',
      byline: 'Jane Morrow',
      published: { edtf: '2009-05-12' },
    });
    expect(textOf(article)).not.toContain('mailing list');
    expect(textOf(article)).not.toContain('Staff Writer');
  });

  it("keeps a live blog's opening paragraphs in the body, though an entry's title and byline follow them", () => {
    const article = ingestText(
      'x.txt',
      [
        'Live: Lavrov and Blinken meet in Geneva',
        'Russia and the United States held talks in Geneva on Friday over the crisis around Ukraine, officials said.',
        'Both sides said before the meeting that they expected no breakthrough from it.',
        'Lavrov arrives at the hotel',
        'By Jane Morrow',
        'The Russian minister arrived at the hotel shortly before ten in the morning, reporters said.',
      ].join('\n'),
    );
    expect(textOf(article)).toContain('Russia and the United States held talks in Geneva');
  });

  it('keeps a lead paragraph of one sentence that opens with a dateline ("Geneva:") in the body, though a caption follows it', () => {
    const article = ingestText(
      'x.txt',
      [
        'Lavrov and Kerry meet on Syria truce',
        'Geneva: Secretary of State John Kerry and Foreign Minister Sergei Lavrov met here on Friday to discuss a truce.',
        'The ministers have worked for months on a ceasefire deal [Reuters]',
        'The talks went on late into the night, officials said, and will resume on Saturday morning.',
      ].join('\n'),
    );
    expect(article.frontmatter.standfirst).toBeUndefined();
    expect(textOf(article)).toContain('Secretary of State John Kerry and Foreign Minister Sergei Lavrov met');
  });

  it("reads a news feed's stamp with labelled fields after it, and credits the agency its source field names", () => {
    const text = [
      'Россия и США продолжат переговоры',
      '14:05 12.05.2009 Регион: - Источник: Агентство "ТАСС"',
      ...russianBody,
    ];
    expect(ingestText('x.txt', text.join('\n')).frontmatter).toMatchObject({
      published: { edtf: '2009-05-12', provenance: 'stated' },
      agencies: ['TASS'],
    });
    expect(dateLine('12 May 2009 Source: Reuters Category: World')).toMatchObject({ source: 'Reuters' });
  });

  it('takes no field from a name and a colon after a date, which is a headline', () => {
    expect(dateLine('12 May 2009 Lavrov: Russia and the United States will meet again in Geneva soon')).toBeUndefined();
  });

  it('reads a print paper\'s date line that gives the page: "Wednesday, Mar. 19, 2003. Page 1"', () => {
    expect(dateLine('Wednesday, Mar. 19, 2003. Page 1')?.date).toMatchObject({ year: 2003, month: 3, day: 19 });
    expect(dateLine('Tuesday, May 12, 2009, p. A3')?.date).toMatchObject({ year: 2009, month: 5, day: 12 });
  });

  it('reads a dateline whose date is closed by a colon: "New Delhi, March 4: …"', () => {
    const text = [
      'Russia and US to resume arms talks',
      'New Delhi, March 4: Russia said on Friday it would resume arms talks with the United States next month.',
      'The talks will be held in Geneva, the ministry said.',
    ];
    expect(ingestText('x.txt', text.join('\n')).frontmatter).toMatchObject({
      published: { edtf: 'XXXX-03-04', text: 'March 4' },
      dateline: { place: 'New Delhi', text: 'New Delhi, March 4:' },
    });
  });

  it('takes no dateline from a sentence that opens with names and a colon, with no date among them', () => {
    const text = [
      'Russia and US to resume arms talks',
      'Russia, China: the two countries said on Friday they would resume arms talks with the United States.',
      'The talks will be held in Geneva, the ministry said.',
    ];
    expect(ingestText('x.txt', text.join('\n')).frontmatter.dateline).toBeUndefined();
  });

  it('takes no dotted dateline from a sentence that starts with a place', () => {
    const text = ['Москва. Это столица России, и переговоры пройдут здесь.', russianBody[1]];
    expect(ingestText('x.txt', text.join('\n')).frontmatter.dateline).toBeUndefined();
  });

  it('reads a date stamp a hard-wrapped copy broke over three lines, and the place under it', () => {
    const text = [
      'The two presidents made statements and answered questions.',
      'July 16,',
      '2018',
      '18:35',
      'Helsinki',
      'President of Finland: Ladies and gentlemen, welcome to the talks,',
      'The talks were held in a frank atmosphere and lasted two hours, officials said.',
    ].join('\n');
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      published: { edtf: '2018-07-16' },
      dateline: { place: 'Helsinki' },
    });
  });

  it('takes no name before a date for part of a stamp broken over lines', () => {
    expect(article('Russia and US agree to resume arms talks', 'News Service', '14 May 2003')).toMatchObject({
      published: { edtf: '2003-05-14' },
    });
    expect(article('Russia and US agree to resume arms talks', 'News Service', '14 May 2003')).not.toHaveProperty(
      'byline',
    );
  });

  it('reads the dateline of a first sentence broken over lines by blank ones', () => {
    const text = [
      'Russia and US talk by phone after deal reached',
      '',
      'MOSCOW — The Russian president',
      '',
      'and the US president spoke by phone on Tuesday after the',
      '',
      'two countries agreed to extend the treaty, the Kremlin said.',
    ].join('\n');
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      title: 'Russia and US talk by phone after deal reached',
      dateline: { place: 'Moscow' },
    });
  });

  it('keeps the venue, place and time a transcript prints under its date line out of the body', () => {
    const text = [
      'This archive is no longer updated and some of its links may not work any more, we are sorry to say.',
      'Remarks by the Two Presidents Before Their Meeting',
      'For Immediate Release     July 6, 2009',
      'The Palace',
      'Vienna, Austria',
      '2:47 P.M. (Local)',
      'FIRST PRESIDENT: Welcome to our capital, and thank you for coming to these talks today.',
      'SECOND PRESIDENT: Thank you. We are confident that we can build on what we agreed in London.',
    ].join('\n');
    const article = ingestText('x.txt', text);
    expect(article.frontmatter).toMatchObject({ published: { edtf: '2009-07-06' }, dateline: { place: 'Vienna' } });
    expect(textOf(article).startsWith('FIRST PRESIDENT: Welcome')).toBe(true);
  });
});
