import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { isEdtf } from '../schemas/edtf.ts';
import { parseEdtf } from './edtf.ts';

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
