import slugify from '@sindresorhus/slugify';

/** The longest a slug may be, in characters; cut at a word boundary. */
export const SLUG_MAX = 60;

/** A word of a title as a slug: dotted abbreviations read as one word ("U.S." gives "us", not "u-s"). */
const slugWord = (word: string) =>
  slugify(
    word.replace(/\b(?:\p{L}\.){2,}/gu, (abbreviation) => abbreviation.replaceAll('.', '')),
    { decamelize: false },
  );

/**
 * A readable ASCII slug for a title: lowercase words joined by hyphens, transliterated, at most SLUG_MAX long. A
 * long title is cut between two of its words, never inside one: "post-war" is one word, so the slug ends before
 * it rather than at "post".
 */
export function slugFor(title: string): string {
  const words = title
    .split(/\s+/)
    .map(slugWord)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > SLUG_MAX) break;
    slug = longer;
  }
  // A first word longer than the limit is cut where it must be.
  return slug || (words[0] ?? '').slice(0, SLUG_MAX).replace(/-+$/, '') || 'untitled';
}

/**
 * Words an article's slug may not be, since the site has pages of its own under `/articles/<word>/`: `years` holds
 * the pages of each year's articles (`/articles/years/2009/`). A title that slugifies to one gets the year or a counter.
 */
export const RESERVED_SLUGS: readonly string[] = ['years'];

/**
 * Slugs for many titles, unique: a slug taken by an earlier title gets the year, then a counter. Only a year of four
 * digits is used: a date without one (`XXXX-03-09`) would put capitals in an address and in the ids made from it.
 * `items` must come in a stable order (the ingest sorts by seed file name) so slugs do not move.
 */
export function uniqueSlugs(items: { title: string; year?: string; fixed?: string }[]): string[] {
  const taken = new Set([...RESERVED_SLUGS, ...items.flatMap((item) => (item.fixed ? [item.fixed] : []))]);
  return items.map((item) => {
    if (item.fixed) return item.fixed;
    const base = slugFor(item.title);
    const candidates = [base, ...(item.year && /^\d{4}$/.test(item.year) ? [`${base}-${item.year}`] : [])];
    let slug = candidates.find((candidate) => !taken.has(candidate));
    for (let n = 2; !slug; n++) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
