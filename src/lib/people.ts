/**
 * Particles that open a family name without being it: "al-Assad", "bin Salman", "van Rompuy". The Arabic article
 * and its assimilated forms are written with a hyphen; the others also with a space. The one list both the site
 * (sorting by surname) and the ingest (finding names in text) use.
 */
export const NAME_PARTICLES = {
  hyphenated: ['al', 'el', 'ad', 'as', 'ash'],
  spaced: ['bin', 'ibn', 'de', 'van', 'von', 'der', 'da'],
} as const;

/** A regular-expression source that matches one particle and what joins it to the name ("al-", "bin "). */
export const PARTICLE_SOURCE = `(?:(?:${NAME_PARTICLES.hyphenated.join('|')})-|(?:${NAME_PARTICLES.spaced.join('|')})[- ])`;

/** Generational suffixes that end a name without being its surname: "Joseph R. Biden Jr.", "James Baker III". */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/i;

/** The last word of a name that is not a generational suffix: "Biden" in "Joseph R. Biden Jr.". */
export function lastName(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && SUFFIX.test(words.at(-1) ?? '')) words.pop();
  return words.at(-1) ?? name;
}

/** The key people are sorted by: the last word of the name without a particle ("al-Assad" sorts under A for Assad). */
export function surname(name: string): string {
  return lastName(name).replace(new RegExp(`^${PARTICLE_SOURCE}`, 'i'), '');
}

/** Compares two names for sorting: by surname, then by the whole name so that the order is stable. */
export function bySurname(a: string, b: string): number {
  return surname(a).localeCompare(surname(b)) || a.localeCompare(b);
}
