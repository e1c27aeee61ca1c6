/**
 * Transcripts print each turn's speaker in capitals before a colon ("FOREIGN MINISTER LAVROV:", "SECRETARY KERRY:",
 * "MODERATOR:"). Names are matched with their case ("US" is the country, "us" is not), so a label is read in Title
 * Case instead: the same letters, the same offsets, "Foreign Minister Lavrov:".
 */

/** A turn's label: Latin capitals (text in other scripts has its own rules), dots, spaces and hyphens at a block's start, before a colon (an aside in brackets may come between). */
const LABEL = /^\s*(?:[-•–—]\s*)?([A-Z][A-Z0-9 .'’-]*[A-Z]\.?)(?=\s*(?:\([^)]*\)\s*)?:)/;

/** Where a block's transcript label ends (before its colon), if it opens with one: "QUESTION", "SECRETARY KERRY". */
export function labelEnd(text: string): number | undefined {
  const label = LABEL.exec(text);
  return label?.[1] && /[A-Z]{3}/.test(label[1]) ? label.index + label[0].length : undefined;
}

/** Courtesy titles too short for the three-letter rule below. */
const COURTESY = /\b(?:MR|MRS|MS|DR)\b/g;

/**
 * A block with its transcript label, if it opens with one, in Title Case: runs of three capitals or more, and
 * courtesy titles, keep their first letter only; initials and abbreviations ("U.S.", "S.") stay as printed.
 */
export function labelInTitleCase(text: string): string {
  const label = LABEL.exec(text);
  if (!label?.[1] || !/[A-Z]{3}/.test(label[1])) return text;
  const start = label.index + label[0].length - label[1].length;
  const titled = label[1]
    .replace(/[A-Z]{3,}/g, (word) => word.charAt(0) + word.slice(1).toLowerCase())
    .replace(COURTESY, (word) => word.charAt(0) + word.slice(1).toLowerCase());
  return text.slice(0, start) + titled + text.slice(start + titled.length);
}
