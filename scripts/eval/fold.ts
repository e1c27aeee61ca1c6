/** A name as compared: accents, case and runs of spaces folded, so "Sergeï  LAVROV" equals "Sergei Lavrov". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Quoted words as compared: typographic apostrophes made plain, double quotation marks dropped (predicted
 * quotations keep theirs, gold starts have none), then folded as names are.
 */
export function foldQuote(text: string): string {
  return foldName(text.replace(/[‘’‚‛′`]/g, "'").replace(/["“”„‟«»″]/g, ''));
}
