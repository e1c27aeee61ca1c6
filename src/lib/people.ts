/** The key people are sorted by: the last word of the name without a particle ("al-Assad" sorts under A for Assad). */
export function surname(name: string): string {
  return (name.split(' ').at(-1) ?? name).replace(/^(?:al|el|ad|as|ash)-/i, '');
}

/** Compares two names for sorting: by surname, then by the whole name so that the order is stable. */
export function bySurname(a: string, b: string): number {
  return surname(a).localeCompare(surname(b)) || a.localeCompare(b);
}
