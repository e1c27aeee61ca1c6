import edtf from 'edtf';

/**
 * What edtf.js made of each string it was given: the parsed value, or the error it threw. The library's parser is a
 * nearley grammar, slow next to everything else the ingest does (a profile of the ingest put nearly half its time
 * there), and the archive names the same few thousand dates again and again: every office's start and end for every
 * article, every date a schema validates. The strings are few, so the cache is never emptied.
 */
const parsed = new Map<string, ReturnType<typeof edtf> | Error>();

/**
 * Parses an EDTF string with edtf.js, once per distinct string; throws, as edtf.js does, on one it cannot read.
 * The value returned is shared by every caller that parses the same string: read it, never change it.
 */
export function parseEdtf(value: string): ReturnType<typeof edtf> {
  let result = parsed.get(value);
  if (result === undefined) {
    try {
      result = edtf(value);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    parsed.set(value, result);
  }
  if (result instanceof Error) throw result;
  return result;
}
