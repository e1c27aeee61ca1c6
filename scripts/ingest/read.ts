import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.ts';

/** A seed's text, decoded, with how it was read. */
export interface SeedText {
  /** The text with a BOM removed and every line ending turned into `\n`. */
  text: string;
  /** The encoding it was decoded from, e.g. `UTF-8` or `windows-1252`. */
  encoding: string;
  /** Things an editor should know (a legacy encoding was guessed). */
  warnings: string[];
}

/**
 * Seeds larger than this are refused, with a message: the longest news features run to some 100 KB, and
 * annotating a 5 MB text takes over a minute on the build machine (figures in the pipeline tests).
 */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes a seed's bytes, refusing empty, binary and oversized files with an error that says what to do. */
export function readSeed(file: string, bytes: Uint8Array): SeedText {
  if (bytes.length > MAX_SEED_BYTES) {
    throw new InputError(
      file,
      `the file is ${bytes.length} bytes, more than the ${MAX_SEED_BYTES} a single article may have`,
      'check that it is one article saved as plain text; split a collection into one file per article',
    );
  }
  if (looksBinary(bytes)) {
    throw new InputError(
      file,
      'the file is binary, not text (it contains NUL or other control bytes)',
      'save the article as plain text (.txt, UTF-8) and replace the file',
    );
  }
  const { text, encoding, warnings } = decode(file, bytes);
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') {
    throw new InputError(
      file,
      bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace',
      'paste the article text into the file, or delete it from seeds/',
    );
  }
  return { text: normalised, encoding, warnings };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

function decode(file: string, bytes: Uint8Array): SeedText {
  if (hasUtf8Bom(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', warnings: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', warnings: [] };
  } catch {
    // Not valid UTF-8: a legacy single-byte encoding. chardet ranks candidates by byte statistics.
    const guess = chardet.detect(bytes) ?? 'windows-1252';
    const encoding = iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : 'windows-1252';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      encoding,
      warnings: [
        `${file}: not UTF-8; decoded as ${encoding}. Check the page for wrong characters, and save the file as UTF-8 to silence this warning.`,
      ],
    };
  }
}

/** Binary when it has NUL bytes, or when more than 1 in 20 bytes are control characters other than tab, newline, form feed and carriage return. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control * 20 > sample.length;
}
