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

/**
 * A label inside a block, after a sentence's end: a hard-wrapped transcript whose lines were joined may run one turn
 * into the next ("... thank you. PRESIDENT PUTIN: Good afternoon").
 */
const LABEL_INSIDE = /(?<=[.!?…"”]\s+)([A-Z][A-Z0-9 .'’-]*[A-Z]\.?)(?=\s*(?:\([^)]*\)\s*)?:)/g;

/** Courtesy titles too short for the three-letter rule below. */
const COURTESY = /\b(?:MR|MRS|MS|DR)\b/g;

/**
 * A block with its transcript labels in Title Case, the one it opens with and any after a sentence's end: runs of
 * three capitals or more, and courtesy titles, keep their first letter only; initials and abbreviations ("U.S.",
 * "S.") stay as printed.
 */
export function labelInTitleCase(text: string): string {
  const labels = [...text.matchAll(LABEL_INSIDE)].map((match) => ({ start: match.index, label: match[1] ?? '' }));
  const first = LABEL.exec(text);
  if (first?.[1]) labels.push({ start: first.index + first[0].length - first[1].length, label: first[1] });
  let out = text;
  for (const { start, label } of labels) {
    if (!/[A-Z]{3}/.test(label)) continue;
    const titled = label
      .replace(/[A-Z]{3,}/g, (word) => word.charAt(0) + word.slice(1).toLowerCase())
      .replace(COURTESY, (word) => word.charAt(0) + word.slice(1).toLowerCase());
    out = out.slice(0, start) + titled + out.slice(start + titled.length);
  }
  return out;
}
