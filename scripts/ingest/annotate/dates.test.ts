import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';

/** The date expressions of one paragraph, as "words=EDTF" ("?" when unresolved). */
function dates(text: string, published?: string): string[] {
  return findDates([text], published).map((span) => `${text.slice(span.start, span.end)}=${span.edtf ?? '?'}`);
}

describe('findDates', () => {
  it('puts "Monday\'s meeting" on the Monday before a Wednesday publication', () => {
    expect(
      dates('"(Monday\'s meeting between Putin and Obama) was constructive," Lavrov said on Tuesday.', '2015-09-30'),
    ).toEqual(['Monday=2015-09-28', 'Tuesday=2015-09-29']);
  });

  it('reads "on Thursday" as the publication day itself when published on a Thursday', () => {
    expect(dates('Russia and the United States pledged on Thursday to maintain joint efforts.', '2003-08-07')).toEqual([
      'Thursday=2003-08-07',
    ]);
  });

  it('resolves a weekday when every day of an uncertain publication date agrees, and not otherwise', () => {
    expect(dates('They met on Thursday.', '[2003-08-07..2003-08-08]')).toEqual(['Thursday=2003-08-07']);
    expect(dates('They met on Friday.', '[2003-08-07..2003-08-08]')).toEqual(['Friday=?']);
  });

  it('looks ahead for a weekday in a sentence about the future', () => {
    expect(dates('The ministers will meet again on Friday.', '2015-09-30')).toEqual(['Friday=2015-10-02']);
  });

  it('gives "by December 5 this year" the publication year', () => {
    expect(dates('They hope to reach an agreement by December 5 this year.', '2009-03-07')).toEqual([
      'December 5 this year=2009-12-05',
    ]);
  });

  it('resolves "on March 27", "in 1991" and "at the end of March" against an article of 7 March 2009', () => {
    expect(
      dates(
        'The conference will be held on March 27. It was signed in 1991, and talks follow at the end of March.',
        '2009-03-07',
      ),
    ).toEqual(['March 27=2009-03-27', '1991=1991', 'end of March=2009-03']);
  });

  it('leaves relative expressions unresolved when the publication date is unknown, but keeps absolute ones', () => {
    expect(dates('On Friday he recalled the treaty of 5 December 2009.')).toEqual([
      'Friday=?',
      '5 December 2009=2009-12-05',
    ]);
  });

  it('resolves no relative expression against nothing when the publication date is unknown', () => {
    expect(dates('Ivanov applauded the message last month, a day after the talks, in December.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/=19[67]\d/)]),
    );
  });

  it('reads "last April" as the April before publication and "expires in December" as the one after', () => {
    expect(dates('The talks began last April.', '2011-02-05')).toEqual(['April=2010-04']);
    expect(dates('The treaty expires in December.', '2009-04-01')).toEqual(['December=2009-12']);
  });

  it('marks "today" and "last week" without guessing a day', () => {
    expect(dates('"Today we have a great chance," she said. An envoy met diplomats last week.', '2009-03-07')).toEqual([
      'Today=?',
      'last week=?',
    ]);
  });

  it('takes "now" for no date at all', () => {
    expect(dates('Now conduct the review.', '2009-03-07')).toEqual([]);
  });
});
