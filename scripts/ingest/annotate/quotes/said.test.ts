import { describe, expect, it } from 'vitest';
import type { TimeSpan } from '../dates.ts';
import type { Mention, Quotation } from '../spans.ts';
import { quotationDates } from './said.ts';

/** The span of `words` in `texts[block]`, found by its text. */
function at(texts: string[], block: number, words: string) {
  const start = (texts[block] ?? '').indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in block ${block}`);
  return { block, start, end: start + words.length };
}

const quote = (id: number, texts: string[], block: number, words: string, speaker?: string): Quotation => ({
  id,
  spans: [at(texts, block, words)],
  ...(speaker ? { speaker } : {}),
});
const time = (texts: string[], block: number, words: string, edtf: string): TimeSpan => ({
  ...at(texts, block, words),
  edtf,
});
const mention = (texts: string[], block: number, words: string, id: string): Mention => ({
  ...at(texts, block, words),
  id,
  kind: 'person',
  by: 'name',
});

describe('quotationDates', () => {
  it('dates a quotation by the day in the sentence that reports it', () => {
    const texts = ['"We agreed on nothing," Lavrov said on Friday. Talks resume on Monday.'];
    const dated = quotationDates(
      [quote(1, texts, 0, '"We agreed on nothing,"', 'lavrov')],
      [time(texts, 0, 'Friday', '2009-03-06'), time(texts, 0, 'Monday', '2009-03-02')],
      texts,
      '2009-03-07',
    );
    expect(dated.get(1)).toEqual({ edtf: '2009-03-06', text: 'Friday' });
  });

  it('reads a date before the quotation in its sentence ("Earlier on Thursday, … would")', () => {
    const texts = ['Earlier on Thursday, Ivanov called for a resolution that would "open up a clear prospect."'];
    const dated = quotationDates(
      [quote(1, texts, 0, '"open up a clear prospect."', 'ivanov')],
      [time(texts, 0, 'Thursday', '2003-08-07')],
      texts,
      '[2003-08-07..2003-08-08]',
    );
    expect(dated.get(1)?.edtf).toBe('2003-08-07');
  });

  it('does not date a quotation by a date inside it, one after publication, or a deadline', () => {
    const texts = [
      '"The treaty expires on 5 December," Lavrov said. He hoped to agree by 4 December. Talks end Sunday.',
    ];
    const dated = quotationDates(
      [quote(1, texts, 0, '"The treaty expires on 5 December,"', 'lavrov')],
      [time(texts, 0, '5 December', '2009-12-05'), time(texts, 0, '4 December', '2009-12-04')],
      texts,
      '2009-03-07',
    );
    expect(dated.has(1)).toBe(false);
  });

  it('leaves a quotation the text does not date undated, to be shown as reported', () => {
    const texts = ['The talks took place on Friday in Geneva.', '"We are pleased," Clinton said.'];
    const dated = quotationDates(
      [quote(1, texts, 1, '"We are pleased,"', 'clinton')],
      [time(texts, 0, 'Friday', '2009-03-06')],
      texts,
      '2009-03-07',
      [mention(texts, 1, 'Clinton', 'clinton')],
    );
    expect(dated.has(1)).toBe(false);
  });

  it('gives a later quotation the day the lead reports its speaker speaking', () => {
    const texts = [
      'Russia and the US agreed to cooperate, Foreign Minister Lavrov said Tuesday.',
      'The two leaders met on Monday.',
      '"It was constructive," Lavrov said.',
      '"We disagree," Kerry said.',
    ];
    const dated = quotationDates(
      [quote(1, texts, 2, '"It was constructive,"', 'lavrov'), quote(2, texts, 3, '"We disagree,"', 'kerry')],
      [time(texts, 0, 'Tuesday', '2015-09-29'), time(texts, 1, 'Monday', '2015-09-28')],
      texts,
      '2015-09-30',
      [
        mention(texts, 0, 'Lavrov', 'lavrov'),
        mention(texts, 2, 'Lavrov', 'lavrov'),
        mention(texts, 3, 'Kerry', 'kerry'),
      ],
    );
    expect(dated.get(1)).toEqual({ edtf: '2015-09-29', text: 'Tuesday' });
    expect(dated.has(2)).toBe(false);
  });
});
