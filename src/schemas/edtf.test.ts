import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { isEdtf } from './edtf.ts';

/** Whether edtf.js itself reads the string. */
const readByEdtfJs = (value: string) => {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
};

describe('isEdtf', () => {
  it('agrees with edtf.js on plain years, months and days, which it tells without the grammar', () => {
    const samples = [
      '2009',
      '0000',
      '0099-02-28',
      '2009-03',
      '2009-03-06',
      '2020-02-29',
      '2021-02-29',
      '1900-02-29',
      '2000-02-29',
      '2021-04-31',
      '2021-12-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '2021-01-32',
    ];
    for (const value of samples) expect(isEdtf(value), value).toBe(readByEdtfJs(value));
  });

  it('leaves every other form to edtf.js', () => {
    for (const value of ['2003-09~', '[2003-08-07..2003-08-08]', '2009-03-06/2009-03-08', 'XXXX-12-09', '2009-21']) {
      expect(isEdtf(value), value).toBe(readByEdtfJs(value));
    }
    expect(isEdtf('6 March 2009')).toBe(false);
  });
});
