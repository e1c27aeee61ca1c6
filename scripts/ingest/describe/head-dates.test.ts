import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../test/ingest.ts';
import { isTodayLine, reprintHead, unixStampDay } from './head.ts';
import { language, postedFooter } from './index.ts';
import { dateLine, openingCredit, openingStamp, settleByConvention } from './published.ts';

const body = [
  'The foreign ministers of the two countries agreed on Thursday to meet again next month, officials said after talks.',
  '',
  'They did not say where the next round of talks would be held, but both sides called the meeting useful.',
];

describe('a site’s date line for the day the page was shown', () => {
  it('is a weekday and a full date first on the page, and nothing else', () => {
    expect(isTodayLine('Tuesday, March 4, 2025')).toBe(true);
    expect(isTodayLine('Tuesday, March 4, 2025Tuesday, March 4, 2025')).toBe(true);
    expect(isTodayLine('March 4, 2025')).toBe(false);
    expect(isTodayLine('Tuesday, March 4, 2025, 10:15')).toBe(false);
    expect(isTodayLine('Tuesday, March 4, 2025: ministers meet')).toBe(false);
  });

  it('gives way to the article’s own stamp under the headline', () => {
    const article = ingestText(
      'today-line.txt',
      [
        'Tuesday, March 4, 2025',
        '41.0°F',
        '',
        'Ministers Agree To Meet Again',
        '',
        '| May 2, 2019 10:03 AM',
        '',
        ...body,
      ].join('\n'),
    );
    expect(article.frontmatter.published?.edtf).toBe('2019-05-02');
  });

  it('dates the article when nothing else does', () => {
    const article = ingestText(
      'today-line-only.txt',
      ['Tuesday, March 4, 2025', '', 'Ministers Agree To Meet Again', '', ...body].join('\n'),
    );
    expect(article.frontmatter.published?.edtf).toBe('2025-03-04');
  });

  it('gives way to an entry’s stamp in Unix time that gives another day, and no date is stated', () => {
    expect(unixStampDay('Text.\n1700000000\nMore.')).toBe('2023-11-14');
    expect(unixStampDay('It cost 1700000000 dollars.')).toBeUndefined();
    const article = ingestText(
      'today-line-live.txt',
      [
        'Tuesday, March 4, 2025',
        '',
        'Talks – live: Ministers Meet Again',
        '',
        body[0],
        '',
        '1700000000',
        '',
        body[2],
      ].join('\n'),
    );
    expect(article.frontmatter.published).toBeUndefined();
  });
});

describe('a periodical’s issue beside its date', () => {
  it('is no part of the date line’s words', () => {
    expect(dateLine('Issue Number 14, dated 3/4/02')?.date).toMatchObject({ year: 2002 });
    expect(dateLine('Vol. 3, No. 12 June 5, 1997')?.date).toMatchObject({ year: 1997, month: 6, day: 5 });
  });

  it('settles day and month by the order in which the text writes its dates in words', () => {
    const ambiguous = { edtf: '[2002-04-03,2002-03-04]', provenance: 'stated' as const, text: '3/4/02' };
    expect(settleByConvention(ambiguous, 'They met on Jan. 12 and again on February 2.').edtf).toBe('2002-03-04');
    expect(settleByConvention(ambiguous, 'They met on 12 January and again on 2 February.').edtf).toBe('2002-04-03');
    expect(settleByConvention(ambiguous, 'They met on 12 January and again on February 2.').edtf).toBe(
      '[2002-04-03,2002-03-04]',
    );
    expect(settleByConvention(ambiguous, 'They met on Jan. 12.').edtf).toBe('[2002-04-03,2002-03-04]');
  });
});

describe('a reprinted paper’s head on one line', () => {
  it('gives the paper, the date, the headline and the byline', () => {
    expect(
      reprintHead('Daily Courier No. 88 March 3, 2004 TALKS GO ON - A VIEW FROM MOSCOW By Ivan PETROV'),
    ).toMatchObject({
      paper: 'Daily Courier',
      date: { year: 2004, month: 3, day: 3 },
      title: 'TALKS GO ON - A VIEW FROM MOSCOW',
      byline: 'Ivan PETROV',
    });
    expect(reprintHead('The Daily Courier reported on March 3, 2004 that talks go on')).toBeUndefined();
    expect(reprintHead('Resolution No. 1441 was adopted on November 8, 2002')).toBeUndefined();
  });
});

describe('a wire’s dateline with the date where the place goes', () => {
  it('opens the lead on a date, a bracketed credit and a dash', () => {
    const lead = 'May 2, 2019 (Valley Herald) — Ministers of the two countries met on Thursday.';
    expect(openingStamp(lead)).toMatchObject({ year: 2019, month: 5, day: 2 });
    expect(openingCredit(lead)).toBe('Valley Herald');
    expect(openingStamp('May 2, 2019 was the day (for some) the talks began.')).toBeUndefined();
  });
});

describe('a blog post’s footer', () => {
  it('gives the writer and the date of the post', () => {
    const removed = [
      { line: 3, text: 'Share this' },
      { line: 9, text: 'Posted by: Jane Roe 2004-05-03' },
      { line: 10, text: 'Comments (3)' },
    ];
    expect(postedFooter(7, removed)).toMatchObject({ byline: 'Jane Roe', date: { year: 2004, month: 5, day: 3 } });
    expect(postedFooter(7, [{ line: 9, text: 'Comments (3)' }])).toBeUndefined();
  });
});

describe('an official release’s head', () => {
  it('takes the title under "For Immediate Release" and its date, over the site’s links above it', () => {
    const article = ingestText(
      'release-head.txt',
      [
        'View Record',
        '',
        'Office of the Press Secretary',
        '',
        'For Immediate Release',
        'March 3, 1996',
        'STATEMENT ON THE TALKS',
        '',
        'The Room',
        '',
        ...body,
      ].join('\n'),
    );
    expect(article.frontmatter.title).toBe('STATEMENT ON THE TALKS');
    expect(article.frontmatter.published?.edtf).toBe('1996-03-03');
  });
});

describe('the language of a short Cyrillic text', () => {
  it('is never one whose alphabet lacks a letter the text holds', () => {
    expect(language('Президенты встретились в Женеве. Это была первая встреча за три года, сообщили журналисты.')).toBe(
      'ru',
    );
    expect(language('Президентите се срещнаха в Женева. Това беше първата среща от три години насам.')).toBe('bg');
  });
});
