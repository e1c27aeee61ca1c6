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
    return folded === found || (groups.get(folded) ?? []).some((group) => group.has(found));
  };
}
