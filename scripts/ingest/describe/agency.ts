import type { Lexicon } from '../../../src/schemas/editorial.ts';

/** The lexicon's name for an agency written any of its ways, or undefined when it is not a known agency. */
export function agencyName(text: string, lexicon: Lexicon): string | undefined {
  const wanted = text.trim().toLowerCase();
  return lexicon.agencies.find(
    (agency) => agency.name.toLowerCase() === wanted || agency.aliases.some((alias) => alias.toLowerCase() === wanted),
  )?.name;
}
