import { createHash } from 'node:crypto';

/**
 * A short digest of text that survives re-cleaning: only its letters and digits count, lower-cased, so a
 * run-together word split later ("Iraqthat" → "Iraq that"), a repaired quotation mark or a paragraph moved
 * elsewhere leave it unchanged. Six base-36 characters of SHA-256 (about 2·10⁹ values): collisions among an
 * article's paragraphs or a date's events are resolved by `uniqueIds`.
 */
export function textDigest(text: string): string {
  const letters = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const hex = createHash('sha256').update(letters).digest('hex').slice(0, 12);
  return BigInt(`0x${hex}`).toString(36).padStart(6, '0').slice(-6);
}

/** The ids given, with `-2`, `-3`… appended to the second and later uses of one, in order. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/** A paragraph's permalink id, `p-` and the digest of its text: stable when cleaning or numbering changes. */
export function paragraphIds(texts: string[]): string[] {
  return uniqueIds(texts.map((text) => `p-${textDigest(text)}`));
}
