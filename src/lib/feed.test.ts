import { describe, expect, it } from 'vitest';
import { feedDate, firstParagraph } from './feed.ts';

describe('firstParagraph', () => {
  it('gives the first paragraph as text, with the words of its annotations and without their marks', () => {
    const body =
      '\nThe first meeting of <Person id="sergei-lavrov">Sergei Lavrov</Person> and\n<Person id="hillary-clinton">Clinton</Person> began.\n\nA second paragraph.\n';
    expect(firstParagraph(body)).toBe('The first meeting of Sergei Lavrov and Clinton began.');
  });

  it('gives nothing for a body without a paragraph', () => {
    expect(firstParagraph('')).toBeUndefined();
  });
});

describe('feedDate', () => {
  it('dates an article published on a known day on that day', () => {
    expect(feedDate({ edtf: '2015-09-30', provenance: 'stated' })?.toISOString()).toBe('2015-09-30T00:00:00.000Z');
  });

  it('dates an article known to one day in a range on the first day of the range', () => {
    const date = feedDate({ edtf: '[2003-08-07..2003-08-08]', provenance: 'inferred' });
    expect(date?.toISOString()).toBe('2003-08-07T00:00:00.000Z');
  });

  it('gives no date when the year is unknown or no date is known', () => {
    expect(feedDate({ edtf: 'XXXX-03-07', provenance: 'stated' })).toBeUndefined();
    expect(feedDate(undefined)).toBeUndefined();
  });
});
