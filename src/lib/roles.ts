import type { Role } from '../schemas/gazetteer.ts';
import { dayRange } from './dates.ts';

/**
 * The offices a person held on a date, in the order the gazetteer lists them. An office counts only when every
 * reading of both agrees: it had certainly begun by the date's first possible day (a `from` of `1994` counts from
 * 31 December 1994) and had not ended before its last (a `to` of `2004` ends on 1 January 2004). So an article of
 * `[2003-08-07..2003-08-08]` resolves, and a date that straddles a change of office gives none rather than a guess.
 * An office without `to` is held still. None for an undated article.
 */
export function rolesAt(roles: readonly Role[], date: string | undefined): Role[] {
  const when = date === undefined ? undefined : dayRange(date);
  if (!when) return [];
  return roles.filter((role) => {
    const from = dayRange(role.from);
    const to = role.to === undefined ? undefined : dayRange(role.to);
    if (!from || (role.to !== undefined && !to)) return false;
    return from.last <= when.first && (to === undefined || when.last <= to.first);
  });
}

/** The offices held on a date, in words ("President of Russia and Prime Minister of Russia"); undefined if none. */
export function roleAt(roles: readonly Role[], date: string | undefined): string | undefined {
  const held = rolesAt(roles, date).map((role) => role.title);
  return held.length > 0 ? held.join(' and ') : undefined;
}
