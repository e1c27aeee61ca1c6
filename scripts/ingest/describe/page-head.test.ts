import { describe, expect, it } from 'vitest';
import { ingestText, lexicon, textOf } from '../../../test/ingest.ts';
import { isSiteNotice } from '../furniture.ts';
import { readDateline } from './dateline.ts';
import { readByline } from './head.ts';
import { flattenedStamp } from './index.ts';
import { outletNamed } from './outlet.ts';
import { dateLine } from './published.ts';

describe('a masthead’s founding date', () => {
  it('is no date line: "Est.", "Established", "Founded", "Since" date the paper, not the article', () => {
    expect(dateLine('Riverton, Oregon  Est. March 2, 1871')).toBeUndefined();
    expect(dateLine('The Valley Courier — Established June 4, 1902')).toBeUndefined();
    expect(dateLine('Serving the county since April 1, 1899')).toBeUndefined();
    expect(dateLine('Основана 12 марта 1917 года')).toBeUndefined();
    // A stamp with a weekday or a label before its date is still one.
    expect(dateLine('Friday, March 2, 2001')?.date).toMatchObject({ year: 2001, month: 3, day: 2 });
  });

  it('gives no publication date to an article whose only date is its paper’s founding', () => {
    const article = ingestText(
      'founding-date.txt',
      [
        'The Riverton Courier',
        'Riverton, Oregon  Est. March 2, 1871',
        '',
        'Ministers Agree To Meet Again',
        '',
        'The foreign ministers of the two countries agreed on Thursday to meet again next month, officials said after talks.',
        '',
        'They did not say where the next round of talks would be held, but both sides called the meeting useful.',
      ].join('\n'),
    );
    expect(article.frontmatter.published).toBeUndefined();
  });
});

describe('a cable’s head run into its first paragraph', () => {
  it('reads the place, the day and month, and the credit less its copyright, past a deck and the time received', () => {
    const found = readDateline(
      'Talks Open In Good Humour (Dominion Press Association—Copyright) (Rec. 9.30 p.m.) LONDON, March 3. The ministers met today at the palace.',
      lexicon,
    );
    expect(found).toMatchObject({ place: 'London', date: 'March 3', agency: 'Dominion Press Association' });
    expect(found?.text).toMatch(/LONDON, March 3\.$/u);
    expect(readDateline('(Reuters) PARIS, June 9. The talks ended early.', lexicon)).toMatchObject({
      place: 'Paris',
      agency: 'Reuters',
    });
  });

  it('reads none from a sentence that names a capital, or a bracket with no date after the place', () => {
    expect(
      readDateline('The ministers met (briefly) in PARIS, then flew home. They spoke later.', lexicon),
    ).toBeUndefined();
    expect(readDateline('Talks Open (Reuters) PARIS, the capital. The ministers met.', lexicon)).toBeUndefined();
  });

  it('dates the article by the day and month, its year left unstated', () => {
    const article = ingestText(
      'run-in-cable.txt',
      [
        'PEACE TALKS OPEN TODAY',
        '',
        'Calm Mood At The Palace (Dominion Press Association—Copyright) (Rec. 9.30 p.m.) LONDON, March 3. The foreign ministers will today begin the talks both sides have prepared for months, officials said.',
        '',
        'The talks are expected to last three days, and both sides have said they hope for an agreement on trade.',
      ].join('\n'),
    );
    expect(article.frontmatter.published?.edtf).toBe('XXXX-03-03');
    expect(article.frontmatter.dateline?.place).toBe('London');
    expect(article.frontmatter.agencies).toEqual(['Dominion Press Association']);
  });
});

describe('a list of teasers, each with its link’s label under it', () => {
  const teasers = [
    'Is the new port a good thing for the region?',
    'Read more',
    '',
    "'We must help children learn to swim in the sea of news'",
    'Read more',
    '',
    'Floods in the valley, a drought in the south, and a festival in the north',
    'Read more',
    '',
  ];
  const article = ingestText(
    'teasers-above.txt',
    [
      'Don’t miss',
      '',
      ...teasers,
      'Europe',
      '',
      'Ministers agree to meet again on trade',
      '',
      'Latest update : 2019-05-14',
      '',
      'The foreign ministers of the two countries agreed on Tuesday to meet again next month, officials said after the talks in the capital.',
      '',
      'They did not say where the next round would be held, but both sides called the meeting useful and the mood good.',
    ].join('\n'),
  );

  it('is no part of the article: the headline and the date line are read under it', () => {
    expect(article.frontmatter.title).toBe('Ministers agree to meet again on trade');
    expect(article.frontmatter.published?.edtf).toBe('2019-05-14');
    expect(textOf(article)).not.toMatch(/port|swim|Floods/u);
  });

  it('leaves a line followed by a link’s label alone when it is the only one: a standfirst a page lets unfold', () => {
    const one = ingestText(
      'one-read-more.txt',
      [
        'Ministers agree to meet again on trade',
        '',
        'The foreign ministers of the two countries agreed on Tuesday to meet again next month, officials said.',
        'Read more',
        '',
        'They did not say where the next round would be held, but both sides called the meeting useful and the mood good.',
      ].join('\n'),
    );
    expect(textOf(one)).toMatch(/agreed on Tuesday/u);
  });
});

describe('the outlet, from what a page prints about itself', () => {
  const labels = (...list: string[]) => ({ labels: list, notices: [] });
  const notices = (...list: string[]) => ({ labels: [], notices: list });
  const stated = (value: string) => ({ value, provenance: 'stated' as const });

  it('reads a site’s name from a label ending on a word news organisations’ names end on, less its slogan', () => {
    expect(outletNamed(undefined, labels('Icon Camera', 'The Kettle-Review Newspaper'), [])).toEqual(
      stated('The Kettle-Review'),
    );
    expect(outletNamed(undefined, labels('Metro Channel News - Always First'), [])).toEqual(
      stated('Metro Channel News'),
    );
    expect(outletNamed(undefined, labels('Harbour News Share'), [])).toEqual(stated('Harbour News'));
  });

  it('reads none from a section’s label of the same form', () => {
    for (const label of ['World News', 'Top News', 'General News', 'Europe News', 'USA News', 'News']) {
      expect(outletNamed(undefined, labels(label), [])).toBeUndefined();
    }
  });

  it('reads the site its own notices name: an editorial board, its newsroom, its app', () => {
    expect(
      outletNamed(undefined, notices('Editorials represent the views of The Valley Review editorial board.'), []),
    ).toEqual(stated('The Valley Review'));
    expect(outletNamed(undefined, notices('Connect with the Valley Review Newsroom:'), [])).toEqual(
      stated('Valley Review'),
    );
    expect(outletNamed(undefined, notices('Get The Valley Review Everywhere'), [])).toEqual(
      stated('The Valley Review'),
    );
  });

  it('gives the name a label prints in full where the text gives it in short', () => {
    expect(outletNamed(stated('Harbour News'), labels('Newsletter', 'Harbour News TV'), [])).toEqual(
      stated('Harbour News TV'),
    );
  });

  it('reads a paper’s name run into its date line', () => {
    expect(dateLine('Valley Review DailyMarch 26, 2003')).toMatchObject({ outlet: 'Valley Review Daily' });
  });

  it('reads the site beside the wire in a bracketed dateline, and a site’s name and a slash opening the lead', () => {
    expect(readDateline('OSLO (Harbour News / Reuters - 4th May, 2019) The talks ended.', lexicon)).toMatchObject({
      place: 'Oslo',
      agency: 'Reuters',
      site: 'Harbour News',
    });
    expect(readDateline('Harbour News/ On Tuesday, the ministers met in the capital.', lexicon)).toMatchObject({
      site: 'Harbour News',
    });
    expect(readDateline('Reuters/ On Tuesday, the ministers met.', lexicon)).toMatchObject({ agency: 'Reuters' });
  });

  it('reads a credit "Text by" a name with a figure as the broadcaster’s, and ends a repost at its pointer', () => {
    expect(readByline('Text by CHANNEL 9', lexicon)).toMatchObject({ names: '', outlet: 'CHANNEL 9' });
    expect(readByline('Text by Jane Roe', lexicon)).toMatchObject({ names: 'Jane Roe' });
    const article = ingestText(
      'repost-pointer.txt',
      [
        'Ministers agree to meet again on trade',
        '',
        'The foreign ministers of the two countries agreed on Tuesday to meet again next month, officials said after the talks.',
        '',
        'They did not say where the next round would be held, but both sides called the meeting useful and the mood good.',
        '',
        'Read the full article on Valley Institute: Ministers agree to meet again on trade',
        '',
        'Related programs and centres of the reposting site',
      ].join('\n'),
    );
    expect(article.frontmatter.outlet?.value).toBe('Valley Institute');
    expect(textOf(article)).not.toMatch(/Related programs|full article/u);
  });
});

describe('a date in a sentence of a text whose line breaks were lost', () => {
  it('is no stamp after a determiner: "The July 16, 2018, meeting …"', () => {
    const lead = `The July 16, 2018, meeting of the two presidents is both natural and unconventional. ${'They spoke at length about the treaty and about trade, and agreed to meet again. '.repeat(14)}`;
    expect(flattenedStamp([{ text: lead, line: 1 }])).toBeUndefined();
    expect(flattenedStamp([{ text: `Talks Resume July 16, 2018 ${lead.slice(4)}`, line: 1 }])?.edtf).toBe('2018-07-16');
  });
});

describe('the head’s place, agency and title lines', () => {
  const body = [
    '',
    'The foreign ministers of the two countries agreed on Tuesday to meet again next month, officials said after the talks.',
    '',
    'They did not say where the next round would be held, but both sides called the meeting useful and the mood good.',
  ];

  it('reads a line of the place and a known agency as the dateline and the agency, not the outlet', () => {
    const article = ingestText(
      'place-agency-line.txt',
      ['Ministers agree to meet again', '', 'OSLO - Agence France-Presse', ...body].join('\n'),
    );
    expect(article.frontmatter.dateline?.place).toBe('Oslo');
    expect(article.frontmatter.agencies).toEqual(['AFP']);
    expect(article.frontmatter.outlet).toBeUndefined();
  });

  it('reads no dateline from a continent or a region alone above the headline: a section', () => {
    const article = ingestText('region-label.txt', ['Europe', '', 'Ministers agree to meet again', ...body].join('\n'));
    expect(article.frontmatter.dateline).toBeUndefined();
  });

  it('reads a dateline whose bracketed credit is closed by a colon, an unknown credit being no agency', () => {
    expect(readDateline('OSLO (HN): The talks ended on Tuesday.', lexicon)).toMatchObject({ place: 'Oslo' });
    expect(readDateline('OSLO (HN): The talks ended on Tuesday.', lexicon)?.agency).toBeUndefined();
  });

  it('takes no disclaimer for the headline', () => {
    const article = ingestText(
      'disclaimer-head.txt',
      [
        'Ministers agree to meet again',
        '',
        'Материалы сайта содержат оценки зарубежных СМИ и не отражают позицию редакции',
        ...body,
      ].join('\n'),
    );
    expect(article.frontmatter.title).toBe('Ministers agree to meet again');
  });

  it('reads a long first line printed again under it, cut short, as head, not the text', () => {
    const long =
      'Ministers meet – The Foreign Ministers of the Two Countries – remarks before signing the agreement on trade, with the statement of the spokesman and the list of the delegations';
    const article = ingestText(
      'title-twice.txt',
      [long.slice(0, 120), '', long, '', 'Ministers Meet Again on Trade', ...body].join('\n'),
    );
    expect(textOf(article)).not.toMatch(/remarks before signing/u);
    expect(textOf(article)).toMatch(/^The foreign ministers/u);
  });
});

describe('a site’s notice to its reader in the body', () => {
  it('is told by what it asks of the reader or says of the page', () => {
    for (const notice of [
      'If you are not a subscriber, you can get instant, unlimited access here',
      'Sorry, this media is not yet available or has expired',
      'Receive Daily Headlines FREE Sign up today!',
      'For corrections to this story, click here. To submit a letter to the editor, click here.',
      'Also on example.com Ministers agree to meet again on trade',
    ]) {
      expect(isSiteNotice(notice), notice).toBe(true);
    }
  });

  it('is not a report or a quotation that uses the same words', () => {
    for (const text of [
      'The ministers agreed to sign up to the treaty on Tuesday, officials said.',
      '"Click here and you will see the list," the spokesman told reporters, pointing at a screen.',
      'The video of the meeting was not made public, the ministry said in a statement.',
      `Also on example.com Ministers agree to meet again ${'and the talks went on for hours while the two sides argued over the text '.repeat(3)}`,
    ]) {
      expect(isSiteNotice(text), text).toBe(false);
    }
  });
});

describe('a byline run into the wire’s name', () => {
  it('gives the writer and the agency: "Jane Roe Associated Press"', () => {
    expect(readByline('Jane Roe Associated Press', lexicon)).toMatchObject({
      names: 'Jane Roe',
      agency: 'Associated Press',
    });
    expect(readByline('Jane Roe Reuters', lexicon)).toMatchObject({ names: 'Jane Roe', agency: 'Reuters' });
  });
});

describe('a lead that relays a wire', () => {
  const rest = [
    '',
    'They did not say where the next round would be held, but both sides called the meeting useful and the mood good.',
    '',
    'The talks are expected to go on next month in the capital, officials said.',
  ];

  it('credits the wire its first sentence closes on: "…, Reuters reports."', () => {
    const article = ingestText(
      'relayed-wire.txt',
      [
        'Ministers agree to meet again',
        '',
        'The foreign ministers of the two countries agreed on Tuesday to meet again next month, Reuters reports.',
        ...rest,
      ].join('\n'),
    );
    expect(article.frontmatter.agencies).toEqual(['Reuters']);
  });

  it('credits no wire cited for one quotation: "…, Lavrov said, Interfax reported."', () => {
    const article = ingestText(
      'quoted-wire.txt',
      [
        'Ministers agree to meet again',
        '',
        '"We will meet again next month," the foreign minister said, Interfax reported.',
        ...rest,
      ].join('\n'),
    );
    expect(article.frontmatter.agencies).toEqual([]);
  });

  it('credits no source that is not a wire the lexicon knows', () => {
    const article = ingestText(
      'relayed-paper.txt',
      [
        'Ministers agree to meet again',
        '',
        'The foreign ministers of the two countries agreed on Tuesday to meet again next month, the Daily Courier reports.',
        ...rest,
      ].join('\n'),
    );
    expect(article.frontmatter.agencies).toEqual([]);
  });
});
