import { lastName } from '../../src/lib/people.ts';
import type { Entry } from '../../src/schemas/gazetteer.ts';
import { foldName } from './fold.ts';

/** Tells whether a gold name and a predicted name denote the same person or body. */
export type SameName = (gold: string, predicted: string) => boolean;

/**
 * A `SameName` over the gazetteer: two names match when equal once folded (see `foldName`), or when one
 * entry lists both among its name and aliases, so gold "Russian Foreign Ministry" accepts the entry named
 * "Ministry of Foreign Affairs of Russia" if that entry gives the gold form as an alias.
 */
export function nameMatcher(entries: Pick<Entry, 'name' | 'aliases'>[]): SameName {
  const groups = new Map<string, Set<string>[]>();
  for (const entry of entries) {
    const group = new Set([entry.name, ...entry.aliases].map(foldName));
    for (const name of group) groups.set(name, [...(groups.get(name) ?? []), group]);
  }
  return (gold, predicted) => {
    const [folded, found] = [foldName(gold), foldName(predicted)];
    if (folded === found || (groups.get(folded) ?? []).some((group) => group.has(found))) return true;
    return !groups.has(found) && sameInitialAndSurname(folded, found);
  };
}

/**
 * A name found automatically keeps the spelling the article prints, where gold gives the usual one:
 * "Radek Sikorski" for Radosław, "Dimitry Medvedev", "Lakdar Brahimi". Such a name, unknown to the
 * gazetteer, still names the gold person when the surname and the first letter agree. The surname is the last
 * word that is no generational suffix: "Joseph R. Biden Jr." is a Biden.
 */
function sameInitialAndSurname(gold: string, found: string): boolean {
  const [a, b] = [gold.split(' '), found.split(' ')];
  return a.length >= 2 && b.length >= 2 && a[0]?.[0] === b[0]?.[0] && lastName(gold) === lastName(found);
}
