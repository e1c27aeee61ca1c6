import type { Lexicon } from '../../src/schemas/editorial.ts';
import { isEnglishWord } from './english.ts';

/** A dateline at the head of the first paragraph: "GENEVA, 7 Mar - RIA Novosti.", "MOSCOW -", "Moscow:". */
export interface Dateline {
  /** The place, in title case: "Geneva". */
  place: string;
  /** The dateline exactly as printed, including its closing dash or colon. */
  text: string;
  /** A date printed in the dateline, if any: "7 Mar". */
  date?: string;
  /** An agency credited in the dateline, by the name the lexicon gives it. */
  agency?: string;
}

/** Place in capitals, then an optional ", date" and "(Agency)", then a dash: the wire-service dateline. */
const CAPS_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3})(?:,\s*([^-–—()]{1,25}?))?\s*(?:\(([^()]{2,30})\))?\s*(?:[-–—]+|:)\s+/u;

/** A place in title case followed by a colon: "Moscow: Russia and the US agreed…". */
const COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}):\s+/u;

/** Reads the dateline at the start of a paragraph, if it has one; `colon` allows the "Moscow:" form, which only the first paragraph may use. */
export function readDateline(paragraph: string, lexicon: Lexicon, { colon: allowColon = true } = {}): Dateline | undefined {
  const caps = CAPS_DATELINE.exec(paragraph);
  if (caps?.[1] && caps[1].replace(/[^\p{L}]/gu, '').length >= 3) {
    const rest = paragraph.slice(caps[0].length);
    const trailing = /^([\p{L} .-]{2,30}?)\.\s+/u.exec(rest);
    const trailingAgency = trailing?.[1] ? agencyName(trailing[1], lexicon) : undefined;
    const bracketAgency = caps[3] ? agencyName(caps[3], lexicon) : undefined;
    const agency = bracketAgency ?? trailingAgency;
    return {
      place: titleCase(caps[1]),
      text: (caps[0] + (trailingAgency && trailing ? trailing[0] : '')).trim(),
      ...(caps[2] ? { date: caps[2].trim() } : {}),
      ...(agency ? { agency } : {}),
    };
  }
  const colon = allowColon ? COLON_DATELINE.exec(paragraph) : null;
  // "Note:" or "Update:" are words; a place name is not in the dictionary.
  if (colon?.[1] && !colon[1].split(/[ -]/).some(isEnglishWord)) {
    return { place: colon[1], text: colon[0].trim() };
  }
  return undefined;
}

/** The lexicon's name for an agency written any of its ways, or undefined when it is not a known agency. */
export function agencyName(text: string, lexicon: Lexicon): string | undefined {
  const wanted = text.trim().toLowerCase();
  return lexicon.agencies.find(
    (agency) => agency.name.toLowerCase() === wanted || agency.aliases.some((alias) => alias.toLowerCase() === wanted),
  )?.name;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
