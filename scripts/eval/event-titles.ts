/** The length a chronology title stays under, in characters: what the brief for event titles asks. */
export const TITLE_LIMIT = 80;

/** Why a predicted event title falls short of a headline, or undefined when it does not: too long, or a sentence cut off. */
export function titleFault(title: string): string | undefined {
  const trimmed = title.trim();
  if (/(?:…|\.\.\.)$/.test(trimmed)) return 'a sentence cut off';
  if (trimmed.length >= TITLE_LIMIT) return `${trimmed.length} characters`;
  return undefined;
}
