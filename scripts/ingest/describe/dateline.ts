import type { Lexicon } from '../../../src/schemas/editorial.ts';
import { isOffice } from '../annotate/russian/people.ts';
import { isEnglishWord } from '../text/english.ts';
import { words } from '../text/prose.ts';
import { agencyName } from './agency.ts';
import { isPlaceAlone } from './place-alone.ts';
import { findDate } from './published.ts';

/**
 * A dateline at the head of a paragraph: "GENEVA, 7 Mar - RIA Novosti.", "MOSCOW, RUSSIA (JULY 13, 2013)
 * (REUTERS) -", "Moscow, 10 March 2003 (RFE/RL) --", "Moscow:", or an agency alone: "( IRNA ) -".
 */
export interface Dateline {
  /** The place, in title case: "Geneva"; absent when the dateline credits an agency only. */
  place?: string;
  /** The dateline exactly as printed, including its closing dash or colon. */
  text: string;
  /** A date printed in the dateline, if any: "7 Mar". */
  date?: string;
  /** An agency credited in the dateline, by the lexicon's name for it when it has one. */
  agency?: string;
  /** Whether the agency is credited by its web address ("INTERFAX.RU"): the copy is on the agency's own site. */
  ownSite?: boolean;
  /** A site credited by its web address that no lexicon knows ("Washington, DC (Site.News) The …"): the copy's own site. */
  site?: string;
}

const CAPS_PLACE = /^\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3}/u;
const TITLE_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}/u;
/** After the place: ", part" and "(part)" groups, then the dash that ends the dateline. */
const PARTS = /^((?:\s*,\s*[^,()–—|-]{1,30}?|\s*\([^()]{1,40}\))*)\s*(?:(?:-{1,2}|[–—|])\s+|[–—](?=["“]?\p{Lu}))/u;
/**
 * After the place, comma parts closed by a colon: "Moscow, July 22:", "New Delhi, Jan 5:", the Indian agencies' and
 * papers' form. Taken only when the parts hold a date, since "Russia, China:" opens many a sentence.
 */
const COLON_PARTS = /^((?:\s*,\s*[^,():–—|-]{1,30}?)+)\s*:\s+/u;
/** A name of one to four capitalised words, then a slash and a space, opening a paragraph: "Daily Courier/ On …". */
const SLASH_CREDIT = /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\/\s+(?=\p{Lu})/u;
const LEAD_CREDIT = /^\(\s*([^()]{2,30}?)\s*\)\s*(?:-{1,2}|[–—])\s+/u;

/** Reads the dateline at the start of a paragraph; `colon` allows the "Moscow:" form, which only a first paragraph may use. */
export function readDateline(paragraph: string, lexicon: Lexicon, { colon = true } = {}): Dateline | undefined {
  const credit = LEAD_CREDIT.exec(paragraph);
  if (credit?.[1]) return { text: credit[0].trim(), agency: agencyName(credit[1], lexicon) ?? credit[1] };
  // A site's or a wire's name and a slash opening the first paragraph ("Daily Courier/ On Tuesday, …"), as some
  // sites credit their own copy: a wire the lexicon knows is the agency, another name the site.
  const slashed = colon ? SLASH_CREDIT.exec(paragraph) : null;
  if (slashed?.[1] && !isPlaceAlone(slashed[1])) {
    const agency = agencyName(slashed[1], lexicon);
    return { text: slashed[0].trim(), ...(agency ? { agency } : { site: slashed[1] }) };
  }
  const caps = CAPS_PLACE.exec(paragraph)?.[0];
  if (caps && caps.replace(/[^\p{L}]/gu, '').length >= 3) {
    const found = withParts(paragraph, caps, lexicon);
    if (found) return found;
  }
  const dotted = dottedDateline(paragraph, lexicon);
  if (dotted) return dotted;
  const runIn = runInDateline(paragraph, lexicon);
  if (runIn) return runIn;
  const title = TITLE_PLACE.exec(paragraph)?.[0];
  // A place in title case is only a dateline with a date after it; otherwise "Obama, Putin meet -" would be one.
  const titled = title ? withParts(paragraph, title, lexicon) : undefined;
  if (titled?.date) return titled;
  // A credit in brackets closing the dateline, with no dash ("Washington, DC (Site News) The …"): the place is known.
  const afterTitle = title ? paragraph.slice(title.length) : '';
  if (titled && !PARTS.test(afterTitle) && !COLON_PARTS.test(afterTitle) && CREDITED.test(afterTitle)) return titled;
  // Without a date, a place alone before the dash: "Moscow - Russian President …", not "Obama, Putin meet -".
  const dashOnly = /^(?:-{1,2}|[–—])$/u.test(titled?.text.slice(title?.length ?? 0).trim() ?? '');
  if (titled && title && dashOnly && isPlaceAlone(title)) return titled;
  const colonForm = colon ? /^(\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}):\s+/u.exec(paragraph) : null;
  const named = colonForm?.[1];
  // "Note:" or "MODERATOR:" are words; a place name is not in the dictionary, or compromise knows it ("NEW YORK").
  // A Russian office before a name ("Посол Салливан:") labels a speaker's turn, as "Ambassador Sullivan:" does.
  if (named && (named === titleCase(named) || named === named.toUpperCase())) {
    const speaker = named.split(/[ -]/).some((word) => isEnglishWord(word) || isOffice(word.toLowerCase()));
    if (!speaker || isPlaceAlone(titleCase(named))) {
      return { place: titleCase(named), text: colonForm[0].trim() };
    }
  }
  return undefined;
}

/**
 * A cable's head run into its first paragraph, as old papers set it and as their OCR or a copy that lost its line
 * breaks gives it: a deck in title case (optional), the credit and the time of receipt in brackets, then the place in
 * capitals, the day and month, and a full stop ("Friendly Atmosphere For Talks (N.Z. Press Association—Copyright)
 * (Rec. 10 p.m.) WASHINGTON, September 25. Mr Khrushchev …", "(Reuters) LONDON, March 3. The …"). The deck has no
 * sentence's end and at least one bracket stands before the place, so a sentence naming a capital is none.
 */
const RUN_IN =
  /^((?:[^.!?()]{3,120}?\s+)?)((?:\([^()]{2,60}\)\s*){1,3})(\p{Lu}[\p{Lu}'’]+(?:[ -]\p{Lu}[\p{Lu}'’]+){0,2}),\s*([^,.()]{3,20}?)\.\s+(?=\p{Lu})/u;

/** A bracket that gives when a cable was received, not who sent it: "(Rec. 10 p.m.)", "(Received 9.30 a.m.)". */
const RECEIVED = /^(?:rec\.|recd\.|received)\s/iu;

function runInDateline(paragraph: string, lexicon: Lexicon): Dateline | undefined {
  const match = RUN_IN.exec(paragraph);
  const [printed, deck = '', brackets = '', place, day] = match ?? [];
  if (!printed || !place || !day) return undefined;
  const date = findDate(day);
  if (date?.index !== 0 || date.text.length < day.trim().length) return undefined;
  if (deck.trim() && !words(deck).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || word.length <= 4)) return undefined;
  // The credit, less the copyright the Commonwealth papers' cables carried after it ("—Copyright").
  const credit = [...brackets.matchAll(/\(([^()]+)\)/gu)]
    .map(([, inside]) => (inside ?? '').replace(/\s*[—–-]*\s*copyright\.?\s*$/iu, '').trim())
    .find((inside) => inside !== '' && !RECEIVED.test(inside) && !findDate(inside));
  const agency = credit ? (agencyName(credit, lexicon) ?? credit) : undefined;
  return { place: titleCase(place), text: printed.trim(), date: date.text, ...(agency ? { agency } : {}) };
}

/** A wire's credit between slashes after the place and date, closed by a full stop: "MOSCOW, Feb. 7 /TASS/." */
const SLASHED = /^((?:\s*,\s*[^,()/–—|-]{1,30}?)*)\.?\s*\/\s*([^/\s][^/]{0,20}?)\s*\/\.?\s+/u;

function withParts(paragraph: string, place: string, lexicon: Lexicon): Dateline | undefined {
  const rest = paragraph.slice(place.length);
  const slashed = SLASHED.exec(rest);
  if (slashed?.[2]) {
    const date = findDate(slashed[1] ?? '');
    // An unknown credit cut short with a full stop is the paper's own staff ("/Корр./", "/Corr./"), not an agency.
    const credit = slashed[2].trim();
    const agency = agencyName(credit, lexicon) ?? (credit.endsWith('.') ? undefined : credit);
    return {
      place: titleCase(place),
      text: (place + slashed[0]).trim(),
      ...(date ? { date: date.text } : {}),
      ...(agency ? { agency } : {}),
    };
  }
  const match = PARTS.exec(rest) ?? datedColon(rest);
  if (!match) return bracketed(place, rest, lexicon) ?? creditedWithoutDash(place, rest, lexicon);
  // A date may run over two comma parts ("MOSCOW, July 6, 2009—"): read them together first.
  const whole = findDate(match[1] ?? '');
  let date: string | undefined = whole?.year !== undefined ? whole.text : undefined;
  let agency: string | undefined;
  for (const [, comma, bracket] of (match[1] ?? '').matchAll(/,\s*([^,()]+)|\(([^()]+)\)/g)) {
    const part = (comma ?? bracket ?? '').trim();
    const known = agencyName(part, lexicon);
    const found = findDate(part);
    if (known) agency ??= known;
    else if (found) date ??= found.text;
    // A bracketed name that is no date is the agency, known to the lexicon or not: "(RFE/RL)".
    else if (bracket && /^\p{Lu}[\p{L}/.&-]*(?: \p{Lu}[\p{L}/.&-]*){0,3}$/u.test(part)) agency ??= part;
  }
  const after = paragraph.slice(place.length + match[0].length);
  const trailing = /^([\p{L} .-]{2,30}?)\.\s+/u.exec(after);
  const trailingAgency = trailing?.[1] ? agencyName(trailing[1], lexicon) : undefined;
  const credited = agency ?? trailingAgency;
  return {
    place: titleCase(place),
    text: (place + match[0] + (trailingAgency && trailing ? trailing[0] : '')).trim(),
    ...(date ? { date } : {}),
    ...(credited ? { agency: credited } : {}),
  };
}

/** A bracket after the place that holds the credit and a dated year, the text following at once: "(The Post / AFP - 4th May, 2019) ". */
const BRACKETED = /^\s*\(([^()]{4,80})\)\s+(?=\p{Lu})/u;

/**
 * A dateline whose credit and date are bracketed after the place and close it with no dash: "OSAKA (UrduPoint News /
 * Sputnik - 29th June, 2019) Russian President …", as regional sites print a wire's copy. The agency is the part the
 * lexicon knows.
 */
function bracketed(place: string, rest: string, lexicon: Lexicon): Dateline | undefined {
  const match = BRACKETED.exec(rest);
  const inside = match?.[1] ?? '';
  const date = findDate(inside);
  if (!match || date?.year === undefined) return undefined;
  const parts = inside.split(/\s*[/|]\s*|\s+[-–—]\s+/u);
  const agency = parts.map((part) => agencyName(part, lexicon)).find((name) => name !== undefined);
  // Beside the wire, the site that prints its copy names itself ("UrduPoint News / Sputnik"): a name, no date.
  const site = agency
    ? parts.find(
        (part) =>
          !agencyName(part, lexicon) &&
          !findDate(part) &&
          !/\d{4}/u.test(part) &&
          /^\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/u.test(part.trim()),
      )
    : undefined;
  return {
    place: titleCase(place),
    text: (place + match[0]).trim(),
    date: date.text,
    ...(agency ? { agency } : {}),
    ...(site ? { site: site.trim() } : {}),
  };
}

/** Comma parts after the place, then a credit in brackets, then the text at once with a capital: ", DC (Site) The …". */
const CREDITED = /^((?:\s*,\s*[^,()–—|-]{1,30}?)*)\s*\(\s*(\p{Lu}[^()]{1,30}?)\s*\)\s*:?\s+(?=\p{Lu})/u;

/**
 * A dateline closed by a credit in brackets with no dash after it, or a colon: "WASHINGTON (AP) The …", "Washington, DC
 * (Site News) The below …", "WASHINGTON (AP): The …", as some sites print a wire's or their own copy. The credit must be a name of four words or fewer and
 * no date, and a place in title case must be one compromise knows, so that "Obama (left) Meets …" is none. A credit the
 * lexicon knows is the agency; another may be the site itself, and is not taken for an agency.
 */
function creditedWithoutDash(place: string, rest: string, lexicon: Lexicon): Dateline | undefined {
  const match = CREDITED.exec(rest);
  const credit = match?.[2]?.trim() ?? '';
  if (!match || words(credit).length > 4 || findDate(credit) || !/\p{Lu}\p{L}/u.test(credit)) return undefined;
  if (place !== place.toUpperCase() && !isPlaceAlone(place)) return undefined;
  const date = findDate(match[1] ?? '');
  const agency = agencyName(credit, lexicon);
  // A credit written as a web address ("Site.News", "Example.com") names the site that prints the copy: no wire
  // signs with its address, a site signs its own copy so.
  const site = !agency && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(credit) ? credit : undefined;
  return {
    place: titleCase(place),
    text: (place + match[0]).trim(),
    ...(date ? { date: date.text } : {}),
    ...(agency ? { agency } : {}),
    ...(site ? { site } : {}),
  };
}

/** The comma parts of a dateline closed by a colon, when a day and a month are among them. */
function datedColon(rest: string): RegExpExecArray | null {
  const match = COLON_PARTS.exec(rest);
  return match && findDate(match[1] ?? '') ? match : null;
}

/**
 * The Russian wires' dateline, its parts closed by full stops: "МОСКВА. 12 мая.", "Москва. 9 декабря. INTERFAX.RU -".
 * The part after the place must be a date of a day and a month, so that a sentence starting with a place is none.
 */
const DOTTED = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\.\s+(\d{1,2}\s+\p{L}+)\.\s+(?:([\p{L}.]{2,20}?)\s*[-–—]\s+)?/u;

function dottedDateline(paragraph: string, lexicon: Lexicon): Dateline | undefined {
  const match = DOTTED.exec(paragraph);
  const [printed, place, day, credit] = match ?? [];
  if (!printed || !place || !day || !findDate(day)) return undefined;
  const address = credit?.replace(/\.\p{L}{2,3}$/u, '');
  const agency = credit ? (agencyName(credit, lexicon) ?? agencyName(address ?? '', lexicon)) : undefined;
  return {
    place: titleCase(place),
    text: printed.trim(),
    date: day,
    ...(agency ? { agency } : {}),
    ...(agency && address !== credit ? { ownSite: true } : {}),
  };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[ -])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
