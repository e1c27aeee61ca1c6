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

/** The key people are sorted by: the last word of the name without a particle ("al-Assad" sorts under A for Assad). */
export function surname(name: string): string {
  return (name.split(' ').at(-1) ?? name).replace(new RegExp(`^${PARTICLE_SOURCE}`, 'i'), '');
}

/** Compares two names for sorting: by surname, then by the whole name so that the order is stable. */
export function bySurname(a: string, b: string): number {
  return surname(a).localeCompare(surname(b)) || a.localeCompare(b);
}
