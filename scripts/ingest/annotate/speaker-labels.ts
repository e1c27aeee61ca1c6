import { NAME_PARTICLES } from '../../../src/lib/people.ts';

/**
 * Transcripts print each turn's speaker in capitals before a colon ("FOREIGN MINISTER LAVROV:", "SECRETARY KERRY:",
 * "MODERATOR:"). Names are matched with their case ("US" is the country, "us" is not), so a label is read in Title
 * Case instead: the same letters, the same offsets, "Foreign Minister Lavrov:".
 */

/**
 * A turn's label: Latin capitals (text in other scripts has its own rules), dots, spaces, hyphens and commas at a
 * block's start, before a colon (an aside in brackets may come between). A comma puts the speaker's part after the
 * name, as broadcast transcripts do ("MICHELE KELEMEN, BYLINE:", "ARI SHAPIRO, HOST:"). A Scottish or Irish surname keeps
 * its small letters in capitals ("MR. McCLELLAN:", "MacARTHUR:"), so "Mc" and "Mac" before a capital are part of a label.
 */
const LABEL = /^\s*(?:[-•–—]\s*)?([A-Z](?:[A-Z0-9 .,'’-]|Ma?c(?=[A-Z]))*[A-Z]\.?)(?=\s*(?:\([^)]*\)\s*)?:)/;

/** Where a block's transcript label ends (before its colon), if it opens with one: "QUESTION", "SECRETARY KERRY". */
export function labelEnd(text: string): number | undefined {
  const label = LABEL.exec(text);
  return label?.[1] && /[A-Z]{3}/.test(label[1]) ? label.index + label[0].length : undefined;
}

/**
 * A label inside a block, after a sentence's end: a hard-wrapped transcript whose lines were joined may run one turn
 * into the next ("... thank you. PRESIDENT PUTIN: Good afternoon").
 */
const LABEL_INSIDE = /(?<=[.!?…"”]\s+)([A-Z](?:[A-Z0-9 .'’-]|Ma?c(?=[A-Z]))*[A-Z]\.?)(?=\s*(?:\([^)]*\)\s*)?:)/g;

/** Courtesy titles too short for the three-letter rule below. */
const COURTESY = /\b(?:MR|MRS|MS|DR)\b/g;
/** A name particle joined by a hyphen, which names print in lower case ("AL-MUSLET" is "al-Muslet"). */
const PARTICLE = new RegExp(`\\b(?:${NAME_PARTICLES.hyphenated.join('|')})-(?=[A-Z])`, 'gi');

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
      .replace(PARTICLE, (particle) => particle.toLowerCase())
      .replace(/[A-Z]{3,}/g, (word) => word.charAt(0) + word.slice(1).toLowerCase())
      .replace(COURTESY, (word) => word.charAt(0) + word.slice(1).toLowerCase());
    out = out.slice(0, start) + titled + out.slice(start + titled.length);
  }
  return out;
}

/** The speaker's part a label may give after a comma that makes the speaker a credit, not a person of the story. */
const CREDIT = /^(?:byline|reporter|correspondent)$/i;

/** A transcript label's name, where it starts in its block, and whether it names a credit. */
export interface Label {
  name: string;
  start: number;
  credit: boolean;
}

/**
 * The name a block's transcript label gives, in Title Case ("SALEM AL-MUSLET:" gives "Salem al-Muslet"), where it
 * starts, and whether the label makes its speaker a credit: "MICHELE KELEMEN, BYLINE:" is the reporter, as a byline is.
 */
export function labelName(text: string): Label | undefined {
  if (labelEnd(text) === undefined) return undefined;
  const label = LABEL.exec(text);
  const [name = '', part = ''] = (label?.[1] ?? '').split(/\s*,\s*/);
  const start = (label?.index ?? 0) + (label?.[0].length ?? 0) - (label?.[1]?.length ?? 0);
  return { name: labelInTitleCase(`${name}:`).slice(0, -1), start, credit: CREDIT.test(part) };
}
