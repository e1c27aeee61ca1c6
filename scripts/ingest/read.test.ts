import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { MAX_SEED_BYTES, readSeed } from './read.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

/** Windows-1252 bytes for the characters a legacy seed typically has: curly quotes, dashes, accents. */
const CP1252: Record<string, number> = {
  '“': 0x93,
  '”': 0x94,
  '‘': 0x91,
  '’': 0x92,
  '–': 0x96,
  '—': 0x97,
  é: 0xe9,
  è: 0xe8,
};
const windows1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((char) => CP1252[char] ?? char.charCodeAt(0)));

/** Runs readSeed and returns the InputError it throws; fails the test when it throws nothing else. */
function refusal(file: string, bytes: Uint8Array): InputError {
  try {
    readSeed(file, bytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`readSeed accepted ${file}`);
}

describe('readSeed', () => {
  it('drops a UTF-8 byte order mark', () => {
    const { text, encoding, warnings } = readSeed(
      'bom.txt',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('MOSCOW - Talks began.\n')]),
    );
    expect(text).toBe('MOSCOW - Talks began.\n');
    expect(encoding).toBe('UTF-8');
    expect(warnings).toEqual([]);
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(readSeed('crlf.txt', Uint8Array.from(utf8('One.\r\nTwo.\rThree.\r\n\r\nFour.'))).text).toBe(
      'One.\nTwo.\nThree.\n\nFour.',
    );
  });

  it('reads UTF-8 text as it is, Cyrillic included', () => {
    expect(readSeed('ru.txt', Uint8Array.from(utf8('Лавров и Керри — «переговоры»'))).text).toBe(
      'Лавров и Керри — «переговоры»',
    );
  });

  it('decodes a Windows-1252 file and warns, naming the file and the encoding', () => {
    const original =
      'MOSCOW – Russia’s foreign minister said on Tuesday the talks at the café were “very constructive”.\n';
    const { text, encoding, warnings } = readSeed('legacy.txt', windows1252(original));
    expect(text).toBe(original);
    expect(encoding).toBe('windows-1252');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^legacy\.txt: not UTF-8; decoded as windows-1252\..*save the file as UTF-8/);
  });

  it('decodes a short Windows-1252 line with only curly quotes and an accent', () => {
    expect(readSeed('short.txt', windows1252('“Oui,” dit-il à Genève.')).text).toBe('“Oui,” dit-il à Genève.');
  });

  it('refuses an empty file, saying so and what to do', () => {
    const error = refusal('seeds/empty.txt', new Uint8Array());
    expect(error.file).toBe('seeds/empty.txt');
    expect(error.message).toMatch(
      /^seeds\/empty\.txt: the file is empty\n {2}Fix: paste the article text into the file, or delete it/,
    );
  });

  it('refuses a file of white space only, BOM and line endings included', () => {
    const error = refusal('blank.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(' \r\n\t\n \u00a0\n')]));
    expect(error.message).toMatch(/^blank\.txt: the file holds only whitespace\n {2}Fix: paste the article text/);
  });

  it('refuses a PNG image saved with a .txt name', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    const error = refusal('photo.txt', png);
    expect(error.message).toMatch(
      /^photo\.txt: the file is binary, not text .*\n {2}Fix: save the article as plain text/,
    );
  });

  it('refuses text with a NUL byte in it, as UTF-16 files have', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Moscow'].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(refusal('utf16.txt', utf16).reason).toMatch(/binary/);
  });

  it('refuses a file with many control characters and no NUL', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(refusal('control.txt', bytes).reason).toMatch(/binary/);
  });

  it('accepts the odd form feed or tab in a text file', () => {
    expect(readSeed('tabs.txt', Uint8Array.from(utf8('Title\f\nOne\tTwo.'))).text).toBe('Title\f\nOne\tTwo.');
  });

  it('refuses a file larger than MAX_SEED_BYTES, giving its size and what to do', () => {
    const error = refusal('huge.txt', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
    expect(error.message).toMatch(
      new RegExp(`^huge\\.txt: the file is ${MAX_SEED_BYTES + 1} bytes, more than the ${MAX_SEED_BYTES}`),
    );
    expect(error.fix).toMatch(/one file per article/);
  });

  it('accepts a file of exactly MAX_SEED_BYTES', () => {
    expect(readSeed('limit.txt', new Uint8Array(MAX_SEED_BYTES).fill(0x61)).text).toHaveLength(MAX_SEED_BYTES);
  });
});
