import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';

/** The date expressions of one Russian paragraph, as "words=EDTF" ("?" when unresolved). */
function dates(text: string, published?: string): string[] {
  return findDates([text], published, 'ru').map((span) => `${text.slice(span.start, span.end)}=${span.edtf ?? '?'}`);
}

describe('findDates in Russian', () => {
  it('reads a day and month, and a full date with "года", against the publication date', () => {
    expect(dates('Об этом 6 марта заявил министр, а договор подписали 11 марта 2009 года.', '2009-03-11')).toEqual([
      '6 марта=2009-03-06',
      '11 марта 2009 года=2009-03-11',
    ]);
  });

  it('puts "в понедельник" before the publication day, and a weekday the sentence looks ahead to after it', () => {
    expect(dates('В понедельник министры встретились в Женеве.', '2009-03-11')).toEqual(['понедельник=2009-03-09']);
    expect(dates('Переговоры пройдут в пятницу в Женеве.', '2009-03-11')).toEqual(['пятницу=2009-03-13']);
  });

  it('reads "в марте 2003 года" as the month, a year after a preposition as the year, and "вчера" not at all', () => {
    expect(dates('В марте 2003 года началась война; в 1991 году договор подписали.', '2009-03-11')).toEqual([
      'марте 2003 года=2003-03',
      '1991=1991',
    ]);
    expect(dates('Вчера он сказал это журналистам.', '2009-03-11')).toEqual(['Вчера=?']);
  });

  it('fixes "5 декабря этого года" by the publication year, and leaves a date without a year unresolved without one', () => {
    expect(dates('Договор истекает 5 декабря этого года.', '2009-04-01')).toEqual(['5 декабря этого года=2009-12-05']);
    expect(dates('Об этом 16 июня заявил президент.')).toEqual(['16 июня=?']);
  });
});
