import edtf, { parse } from 'edtf';
import { describe, expect, it } from 'vitest';
import { isEdtf } from '../schemas/edtf.ts';
import { parseEdtf, plainDate } from './edtf.ts';

describe('parseEdtf', () => {
  it('reads a value as edtf.js does', () => {
    for (const value of ['2015-09-30', '2003-09~', '[2003-08-07..2003-08-08]', '1994/1996', 'XXXX-03-07']) {
      const parsed = parseEdtf(value);
      expect([parsed.type, parsed.min, parsed.max, parsed.edtf]).toEqual([
        edtf(value).type,
        edtf(value).min,
        edtf(value).max,
        edtf(value).edtf,
      ]);
    }
  });

  it('parses each string once', () => {
    expect(parseEdtf('2001-02-03')).toBe(parseEdtf('2001-02-03'));
  });

  it('throws on a string edtf.js cannot read, every time', () => {
    expect(() => parseEdtf('30 September 2015')).toThrow();
    expect(() => parseEdtf('30 September 2015')).toThrow();
    expect(isEdtf('30 September 2015')).toBe(false);
    expect(isEdtf('2015-09-30')).toBe(true);
  });
});

describe('plainDate', () => {
  /** What the parser makes of a string, or undefined where it refuses it. */
  const parsed = (value: string) => {
    try {
      return parse(value);
    } catch {
      return undefined;
    }
  };
  const two = (n: number) => String(n).padStart(2, '0');

  it("is the parser's reading of every plain year, month and day of sample years, and leaves every other form to it", () => {
    for (const year of ['0000', '0999', '1900', '2019', '2020', '2024', '9999']) {
      expect(plainDate(year)).toEqual(parsed(year));
      for (let month = 0; month <= 24; month++) {
        const ym = `${year}-${two(month)}`;
        const reading = plainDate(ym);
        // A month the grammar refuses, and seasons (21–24, another type), are not plain.
        if (reading) expect(reading).toEqual(parsed(ym));
        else expect(parsed(ym)?.type).not.toBe('Date');
        for (let day = 0; day <= 32; day++) {
          const ymd = `${ym}-${two(day)}`;
          const dayReading = plainDate(ymd);
          if (dayReading) expect(dayReading).toEqual(parsed(ymd));
          else expect(parsed(ymd)).toBeUndefined();
        }
      }
    }
    for (const other of ['2003-09~', '2003?', '-2019', '20190', '2019-1-1', 'XXXX-03-07', '1994/1996', ' 2019']) {
      expect(plainDate(other)).toBeUndefined();
    }
  });

  it('makes through edtf() the value the parser would have made', () => {
    for (const value of ['2005', '2005-03', '2005-03-07', '2019-02-29', '0000-01-01']) {
      const fast = edtf(plainDate(value) ?? value);
      expect([fast.type, fast.min, fast.max, fast.edtf]).toEqual([
        edtf(value).type,
        edtf(value).min,
        edtf(value).max,
        edtf(value).edtf,
      ]);
    }
  });
});
