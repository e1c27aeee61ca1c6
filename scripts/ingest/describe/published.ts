import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { formatEdtf, readingsOf } from '../../../src/lib/dates.ts';
import type { Published } from '../../../src/schemas/article.ts';
import { isEnglishWord, isFunctionWord } from '../text/english.ts';
import { memoise } from '../text/memo.ts';
import { words } from '../text/prose.ts';
import { MEDIA_WORD } from './outlet.ts';
import { isPlaceAlone } from './place-alone.ts';
import { isDotted, isRussianDateLabel, russianDate } from './russian-date.ts';

/** A date chrono found in a line, with how much of the date the words fix. */
export interface FoundDate {
  /** The words the date was read from. */
  text: string;
  /** Where those words start in the line. */
  index: number;
  year?: number;
  month: number;
  day: number;
  /** Both readings of an all-numeric date whose day and month could be swapped ("03/04/2015"). */
  alternatives: string[];
}

// Chrono resolves missing parts against a reference date; a fixed one keeps the ingest free of the clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Chrono's other languages, tried when no English date is found: datelines of articles in those languages. */
const OTHER_LANGUAGES = [chrono.ru, chrono.uk, chrono.de, chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.nl];

/**
 * Words chrono reads relative to the reference date ("5 hrs ago", "today", "35 minutes later"): no date is printed in
 * them, only a span from some other time.
 */
const RELATIVE = /\b(?:ago|now|today|tonight|yesterday|tomorrow|last|next|this|later|earlier|hence)\b/i;

/**
 * A date chrono read from a calendar date printed in the text, not from words relative to now: a printed date has a
 * figure in it (a day or a year); chrono reads spans in words ("for three hours") from its reference date.
 */
function printed(result: chrono.ParsedResult): boolean {
  return !RELATIVE.test(result.text) && /\d/u.test(result.text);
}

/**
 * The first printed date chrono read that fixes a day and a month, else the first printed one: a time alone may come
 * before a stamp's date ("21:26 News Briefs, 27/12/17").
 */
function calendarDate(results: chrono.ParsedResult[]): chrono.ParsedResult | undefined {
  const dated = results.filter(printed);
  return dated.find((result) => result.start.isCertain('day') && result.start.isCertain('month')) ?? dated[0];
}

/**
 * Where a page's lost layout ran a date into what was beside it: a year into a time ("201721:53"), a label into the
 * month ("NewsDecember 13, 2001", a section's name run into the stamp under it), a time into the word after it ("01:47В
 * июле"), a year into a kicker in capitals ("1985COVER STORY"; a year run into a capitalised word, "2015Sunday", may be
 * a date printed twice). A space goes in at each.
 */
const GLUED =
  /(?<=\b(?:1[89]|20)\d{2})(?=\d{1,2}:\d{2}\b)|(?<=\p{Ll})(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?<=\b\d{1,2}:\d{2})(?=\p{Lu})|(?<=\b(?:1[89]|20)\d{2})(?=\p{Lu}{2})/gu;

/**
 * The first full or partial calendar date in a text, read day-first and month-first to catch ambiguity. Remembered
 * by text (memo.ts), and frozen since the answer is shared: the readers of a head ask it of the same line several
 * times (date line, stamp, byline), and an outlet's pages print the same lines.
 */
export const findDate: (printedText: string) => FoundDate | undefined = memoise((text) => {
  const found = readDate(text);
  if (found) Object.freeze(found.alternatives);
  return found && Object.freeze(found);
});

function readDate(printedText: string): FoundDate | undefined {
  // A time run into the year ("February 13, 201721:53") or a label into the month is set apart, so the date is
  // read as one; offsets are then shifted back to the text as printed.
  const spaces = [...printedText.matchAll(GLUED)].map((match, n) => match.index + n);
  const text = printedText.replace(GLUED, ' ');
  const monthFirst = calendarDate(chrono.en.parse(text, REFERENCE));
  const british = calendarDate(chrono.en.GB.parse(text, REFERENCE));
  // Read day-first, "May 14" is May of '14; where the month-first reading of the same words has a day, it is right.
  const monthDay =
    british &&
    !british.start.isCertain('day') &&
    monthFirst?.index === british.index &&
    monthFirst.start.isCertain('day');
  const english = monthDay ? monthFirst : british;
  const dayFirst =
    (english?.start.isCertain('day') ? english : russianDate(text)) ??
    english ??
    OTHER_LANGUAGES.map((language) => language.parse(text, REFERENCE)[0]).find((found) => found !== undefined);
  if (!dayFirst?.start.isCertain('day') || !dayFirst.start.isCertain('month')) return undefined;
  const year = dayFirst.start.isCertain('year') ? (dayFirst.start.get('year') ?? undefined) : undefined;
  const month = dayFirst.start.get('month') ?? 1;
  const day = dayFirst.start.get('day') ?? 1;
  const alternatives: string[] = [];
  const otherDay = monthFirst?.index === dayFirst.index ? monthFirst.start.get('day') : null;
  if (year !== undefined && monthFirst && otherDay && otherDay !== day && !isDotted(dayFirst.text)) {
    alternatives.push(isoDate(year, month, day), isoDate(year, monthFirst.start.get('month') ?? 1, otherDay));
  }
  const read = dayFirst.text.trim().replace(/^on\s+/i, '');
  const start = text.indexOf(read, dayFirst.index);
  // Back to the text as printed, less the spaces set in between a year and a time.
  const shift = (at: number) => at - spaces.filter((space) => space < at).length;
  const index = shift(start);
  const found = { text: printedText.slice(index, shift(start + read.length)), index, month, day, alternatives };
  return year === undefined ? found : { ...found, year };
}

/**
 * A line that is only a date stamp: "30/09/2015 15:01 by admin", "Updated: 2015-09-30 09:20", "Other
 * News Materials 6 March 2007 17:54". Besides the date it may hold a label ending in a colon or of up to
 * three dictionary words, a time, and a "by …" credit; a masthead's name set off from the date by a dash or
 * a bar ("- The Washington Times - Saturday, March 7, 2009"), given as `outlet`; or a writer's name run into
 * the date ("FP Staff July 16, 2018 21:17:40 IST"), given as `byline`. Anything more (a verb, a sentence)
 * makes it a headline. Remembered by text and frozen, as `findDate` is.
 */
export const dateLine: (text: string) => DateLine | undefined = memoise((text) => {
  const found = readDateLine(text);
  return found && Object.freeze(found);
});

/** A date stamp's date and what it says besides, as `dateLine` reads them. */
type DateLine = { date: FoundDate; byline?: string; outlet?: string; source?: string; place?: string };

function readDateLine(text: string): DateLine | undefined {
  const date = findDate(text);
  if (!date || date.year === undefined) return undefined;
  // A masthead's founding date ("Spokane, Washington  Est. May 19, 1883") dates the paper, not the article.
  if (FOUNDED.test(text.slice(0, date.index))) return undefined;
  // Fields may stand on either side of the date ("Source: Xinhua | 2017-12-27 15:25:33 | Editor: huaxia").
  const fieldsBefore = stampFields(text.slice(0, date.index));
  const before = fieldsBefore ? '' : text.slice(0, date.index);
  // A site's name in square brackets closing its stamp ("21 марта 2021, 13:00 [ «Weekly News» ]"): the outlet.
  const closing = /\[\s*([^[\]]{2,60}?)\s*\]\s*$/u.exec(text.slice(date.index + date.text.length));
  const bracketed = closing?.[1]?.replace(/^["«“„]|["»”“]$/gu, '').trim();
  const site = bracketed && words(bracketed).length <= 6 && /^\p{Lu}/u.test(bracketed) ? bracketed : undefined;
  const tail = text.slice(
    date.index + date.text.length,
    site && closing ? date.index + date.text.length + closing.index : undefined,
  );
  const fields = stampFields(tail);
  const after = fields ? '' : tail;
  const source = [...(fieldsBefore ?? []), ...(fields ?? [])].find(([label]) => SOURCE_LABEL.test(label))?.[1];
  // Parts a page sets beside its stamp, apart by bullets: how long ago ("54 minutes ago"), how long a read, and a
  // print paper's page ("Wednesday, Mar. 19, 2003. Page 1").
  const around = `${before} ${after}`
    .replace(/[•·]/gu, ' ')
    .replace(AGO, ' ')
    .replace(/<?\s*\d+\s*(?:min|mins|minutes?)\s+read\b/giu, ' ')
    .replace(/(?<!\p{L})(?:page|p\.|стр\.|полоса)\s*\p{Lu}?\d{1,3}(?!\p{L})/giu, ' ')
    .replace(ISSUE, ' ');
  // A stamp may give a second date, when the article was updated ("17:41, обновлено 15 октября 2017, 19:14").
  const updated = findDate(around);
  const rest = updated?.year === undefined ? around : around.replace(updated.text, ' ');
  const byline = /\bby\s+(.+)$/i.exec(rest)?.[1]?.trim();
  // "By" opening a sentence that holds the date ("BY MUTUAL agreement between …, from May 22 to May 30, 1972 …") makes
  // the line a paragraph, not a date line: a byline before a stamp's date names a few writers, no more.
  const opensOnBy = /^\s*by\s/iu.test(text) && words(text.slice(0, date.index)).length > BYLINE_WORDS;
  if (opensOnBy) return undefined;
  const leftover = rest
    .replace(/\bby\s+.+$/i, '')
    .replace(/^\s*[\p{L} ]{0,30}:/u, '')
    .replace(TIME, '')
    .replace(/^[\s;,.|–—-]+|[\s;,.|–—-]+$/gu, '');
  const label = leftover.split(/\s+/).filter(Boolean);
  // A name before the date, the date and a time closing the line: a masthead's or a writer's.
  // A page may print how long ago between the name and the date ("Jane Roe 3 minutes ago Sat 29th June 2019").
  const name = before
    .replace(AGO, ' ')
    .replace(/[\s|,–—-]+$/u, '')
    .replace(/^[\s|,–—-]+/u, '');
  // After the date, a time alone may close the line ("| 12:52 PM").
  const named = !byline && name !== '' && normaliseSpace(after.replace(TIME, '')) === '' && !name.includes(':');
  const capitalised = words(name).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || isFunctionWord(word));
  // Set off by a dash or a bar, a name of two words or more is the masthead's ("- The Paper - Friday, …").
  const masthead = named && capitalised && /[|–—-]\s*$/u.test(before) && words(name).length >= 2;
  if (masthead && words(name).length <= 6) return { date, outlet: name };
  // A paper's name run into the date with nothing between ("Russia Journal DailyMarch 26, 2003"): a masthead, its name
  // ending on a word papers' names end on.
  const paper = named && capitalised && words(name).length >= 2 && words(name).length <= 6;
  if (paper && MEDIA_WORD.test(words(name).at(-1) ?? '')) return { date, outlet: name };
  const labelOnly = label.length <= 3 && label.every((word) => isEnglishWord(word) || isRussianDateLabel(word));
  if (labelOnly) {
    return { date, ...(byline ? { byline } : {}), ...(source ? { source } : {}), ...(site ? { outlet: site } : {}) };
  }
  // A place set before the date, as a letter or an official text heads it ("Moscow, December 30, 1962."): where the
  // text was given. A full stop may close such a line.
  const placeOnly = normaliseSpace(after.replace(TIME, '').replace(/\.$/u, '')) === '';
  if (placeOnly && !byline && name !== '' && /,\s*$/u.test(before) && isPlaceAlone(name)) return { date, place: name };
  if (!named || !capitalised || words(name).length > 6) return undefined;
  const unknown = !words(name).every((word) => isEnglishWord(word));
  if (words(name).length <= 4 && unknown && !nlp(name).has('#Verb')) return { date, byline: name };
  return undefined;
}

/**
 * The words a masthead sets before the date its paper was founded: "Est.", "Established", "Founded", "Since",
 * "Serving the region since", "Основана" (the founding is the paper's, and no article is dated by it).
 */
const FOUNDED =
  /(?:^|[\s,|–—-])(?:est\.|estd\.?|established|founded|since|основан[аоы]?|издается\s+с|выходит\s+с)\s*(?:in\s+|on\s+|в\s+)?$/iu;

/**
 * A periodical's issue, which a bulletin or a paper prints beside its date ("Issue Number 61, dated 8/9/99", "Vol. 1,
 * No. 10", "№ 206 от"): the issue's date is its articles'. The label goes with its number and a "dated" after it.
 */
const ISSUE =
  /(?<!\p{L})(?:(?:vol(?:ume)?\.?|issue(?:\s+(?:number|no\.?))?|no\.|number|№|выпуск)\s*\d{1,5}[,;]?\s*)+(?:dated|от)?(?!\p{L})/giu;

/** The most words a "by …" credit before a stamp's date holds ("By Jane Roe And John Doe, ASSOCIATED PRESS" holds eight). */
const BYLINE_WORDS = 10;

/** How long ago a page says an item was posted: "54 minutes ago", "3 hrs ago". */
const AGO = /\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago\b/giu;

/** A field's label naming where an item comes from: "Source:", "Источник:". */
const SOURCE_LABEL = /^(?:source|источник)$/iu;
/**
 * A label and its colon, as a news feed prints the fields of an item after its stamp ("Регион:"): the words such
 * feeds use, so that a headline after a date ("Lavrov: talks go on") is no field.
 */
const FIELD =
  /(?<!\p{L})(source|region|category|section|rubric|topic|tags|author|editor|источник|регион|рубрика|раздел|тема|теги|автор|редактор):\s*/giu;
/** The most words a stamp's field may hold ("Информационное агентство России "ТАСС"" holds four). */
const FIELD_WORDS = 6;

/**
 * The labelled fields a news feed prints beside an item's stamp ("09:11 10.09.2016 Регион: - Источник: …"), by
 * label, when the words before or after the date are such fields and nothing else: each a label with its colon and a value of
 * up to six words, or none ("Регион: -"). Undefined otherwise: a sentence after a date is no field.
 */
function stampFields(after: string): Map<string, string> | undefined {
  const text = after.replace(/^[\s|,.–—•-]+|[\s|,.–—•-]+$/gu, '');
  const labels = [...text.matchAll(FIELD)];
  if (labels[0]?.index !== 0) return undefined;
  const fields = new Map<string, string>();
  for (const [n, label] of labels.entries()) {
    const end = labels[n + 1]?.index ?? text.length;
    const value = text
      .slice(label.index + label[0].length, end)
      .replace(/^[\s|,–—•-]+|[\s|,–—•-]+$/gu, '')
      .trim();
    if (words(value).length > FIELD_WORDS) return undefined;
    fields.set(label[1] ?? '', value);
  }
  return fields;
}

/** How many short pieces a date stamp broken over lines may run over ("July 16," / "2018" / "18:35"). */
const RUN = 3;

/**
 * A date stamp at `from`, or one broken over up to three short pieces, as a hard-wrapped copy breaks "July 16, 2018
 * 18:35" into "July 16," / "2018" / "18:35": a first piece with a day and a month, then pieces of figures alone (a
 * year, a time). The longest run that reads as a date line, and how many pieces it takes.
 */
export function dateRun(pieces: { text: string }[], from: number): { stamp: DateLine; count: number } | undefined {
  let found: { stamp: DateLine; count: number } | undefined;
  const first = pieces[from];
  const single = first ? dateLine(first.text) : undefined;
  if (single) found = { stamp: single, count: 1 };
  if (!first || words(first.text).length > 3 || !findDate(first.text)) return found;
  for (let count = 2; count <= RUN && from + count <= pieces.length; count++) {
    const run = pieces.slice(from, from + count);
    if (/\p{L}/u.test(run.at(-1)?.text ?? '')) break;
    const stamp = dateLine(run.map((piece) => piece.text).join(' '));
    if (stamp) found = { stamp, count };
    else if (found) break;
  }
  return found;
}

/** Times, time zones and separators, which a date line may hold besides its date. */
const TIME =
  /\b\d{1,2}[:.]\d{2}(?::\d{1,2})?\s*(?:[ap]\.?m\.?)?(?!\w)|:\d{1,2}(?!\w)|\b[ap]\.?m\.?(?!\w)|\b(?:GMT|UTC|MSK|EST|EDT|ET|BJT|IST|CET|CEST|hrs|hours)\b|[|,()–—-]/gi;

function normaliseSpace(text: string): string {
  return text.replace(TIME, ' ').replace(/\s+/g, ' ').trim();
}

/** A date stated in full in the text, as the published field records it. */
export function statedDate(date: FoundDate, year: number): Published {
  if (date.alternatives.length > 1) {
    return {
      edtf: `[${date.alternatives.join(',')}]`,
      provenance: 'stated',
      text: date.text,
      evidence: `“${date.text}” can be read day-first or month-first; the text does not say which.`,
    };
  }
  return { edtf: isoDate(year, date.month, date.day), provenance: 'stated', text: date.text };
}

/**
 * The year of a date printed without one ("GENEVA, 7 Mar"), worked out from the body: a date the text
 * places "this year" that it also gives with a year elsewhere ("by December 5 this year" and "expires on
 * 5 December 2009") fixes the year. Without such a pair the year stays unspecified (EDTF `XXXX`).
 */
export function inferYear(date: FoundDate, body: string): Published {
  // Parsed once and indexed by day: searching the text again for every "this year" made long texts take minutes.
  const dates = chrono.en.GB.parse(body, REFERENCE);
  const withYear = new Map<string, (typeof dates)[number]>();
  for (const each of dates.filter((found) => found.start.isCertain('year')).reverse()) {
    withYear.set(`${each.start.get('month')}-${each.start.get('day')}`, each);
  }
  for (const result of dates) {
    if (result.start.isCertain('year') || !result.start.isCertain('day')) continue;
    const after = body.slice(result.index + result.text.length, result.index + result.text.length + 12);
    if (!/^\s+this year/i.test(after)) continue;
    const match = withYear.get(`${result.start.get('month')}-${result.start.get('day')}`);
    const year = match?.start.get('year');
    if (match && year) {
      return {
        edtf: isoDate(year, date.month, date.day),
        provenance: 'inferred',
        text: date.text,
        evidence: `The text gives “${date.text}” without a year. It says “${result.text} this year” and also “${match.text.replace(/^on\s+/i, '')}”, so this year is ${year}.`,
      };
    }
  }
  // The day and month are as printed; EDTF's XXXX says the year is not, so nothing here is inferred.
  return {
    edtf: `XXXX-${pad(date.month)}-${pad(date.day)}`,
    provenance: 'stated',
    text: date.text,
    evidence: `The text gives “${date.text}” without a year, and nothing in it fixes the year. An editor can supply it.`,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date whose day and month could be swapped ("03/10/2016"), settled by the weekday the lead names: news
 * reports the day's events, or the day before's, so of the two readings the one that is that weekday or
 * the day after it is kept ("The United States on Monday abandoned…": 3 October 2016 was a Monday, 10 March
 * a Thursday). When both readings or neither fit, the date stays ambiguous.
 */
export function settleByWeekday(published: Published, lead: string): Published {
  const readings = readingsOf(published.edtf);
  const named = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(lead)?.[1];
  if (!readings || !named) return published;
  const weekday = WEEKDAYS.indexOf(named);
  const fits = readings.filter((reading) => {
    const day = new Date(`${reading}T00:00:00Z`).getUTCDay();
    return day === weekday || day === (weekday + 1) % 7;
  });
  const [only] = fits;
  if (fits.length !== 1 || !only) return published;
  return {
    edtf: only,
    provenance: 'inferred',
    ...(published.text ? { text: published.text } : {}),
    evidence: `“${published.text}” can be read day-first or month-first. The first paragraph tells of “${named}”, and only ${formatEdtf(only)} is a ${named} or the day after one.`,
  };
}

/** The months' names and their short forms, capitalised, as prose prints them with a day. */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A date written month first ("July 28", "Jan. 12"), as American English writes it. */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![\\d:])`, 'gu');
/** A date written day first ("28 July", "12th of January"), as British English and most other languages write it. */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gu');

/**
 * A date whose day and month could be swapped ("8/9/99"), settled by the order in which the same text writes its dates
 * in words: a text that writes "July 28" and "Jan. 12" follows the American convention, which writes figures month
 * first too (8/9/99 is August 9); one that writes "28 July" writes them day first. The text must write two dates or
 * more in words, all in the one order; otherwise the date stays ambiguous. `readingsOf` gives the day-first reading
 * first, as `findDate` lists them.
 */
export function settleByConvention(published: Published, body: string): Published {
  const readings = readingsOf(published.edtf);
  if (readings?.length !== 2) return published;
  const monthFirst = [...body.matchAll(MONTH_DAY)].length;
  const dayFirst = [...body.matchAll(DAY_MONTH)].length;
  const order = monthFirst >= 2 && dayFirst === 0 ? 1 : dayFirst >= 2 && monthFirst === 0 ? 0 : undefined;
  const only = order === undefined ? undefined : readings[order];
  if (!only) return published;
  return {
    edtf: only,
    provenance: 'inferred',
    ...(published.text ? { text: published.text } : {}),
    evidence: `“${published.text}” can be read day-first or month-first. The text writes its dates ${order === 1 ? 'month first (“July 28”), as American usage does, and so writes figures month first' : 'day first (“28 July”), and so writes figures day first'}: ${formatEdtf(only)}.`,
  };
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A date stamp that opens a paragraph, run into its first sentence when the break after it was lost ("17.01.2010,
 * 01:47В июле 2009 года …", "March 4, 2010 10:15 Officials said …"): a full date at the very start, then a time, then
 * the sentence. No sentence opens on a date with its year and a clock time; a date alone may ("March 4, 2010 was …"),
 * so without a time the stamp must be run into the next word, with no space, or followed by a bracketed credit and a
 * dash, as a wire's dateline is ("April 12, 2017 (Site Name) — Officials …"), to be read as one.
 */
export function openingStamp(text: string): FoundDate | undefined {
  const opening = text.slice(0, 80);
  const date = findDate(opening);
  if (date?.year === undefined || date.index !== 0 || date.alternatives.length > 0) return undefined;
  const after = opening.slice(date.text.length);
  // chrono may read the time with the date ("March 4, 2011 10:15"), or leave it after.
  const timed = /\d{1,2}:\d{2}/u.test(date.text)
    ? /^\s*\p{Lu}/u.test(after)
    : /^[\s,]*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*\p{Lu}/iu.test(after);
  const glued = /^\p{Lu}/u.test(after);
  // A wire's dateline with the date where the place goes: "April 12, 2017 (Site Name) — In a …"; a sentence never
  // puts a bracketed name and a dash between its subject and verb.
  const credited = OPENING_CREDIT.test(after);
  return timed || glued || credited ? date : undefined;
}

/** A bracketed credit and a dash after a lead's opening date: " (Site Name) — ". */
const OPENING_CREDIT = /^\s*\(([^()]{2,40})\)\s*(?:--|[—–-])\s*\p{Lu}/u;

/** The name in the brackets of a lead's opening stamp ("April 12, 2017 (Site Name) — …"), as `openingStamp` reads it. */
export function openingCredit(text: string): string | undefined {
  const date = openingStamp(text);
  return date ? OPENING_CREDIT.exec(text.slice(date.text.length, 80))?.[1]?.trim() : undefined;
}

/**
 * A stamp that gives a span of time and no date: how long ago an item was posted, or how long after the one before a
 * version was seen ("5 hrs ago", "(35 minutes later)"). It stands where a date line stands, between a headline and its
 * text, but dates nothing.
 */
export function isRelativeStamp(text: string): boolean {
  return /^\(?\s*\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)\s+(?:ago|later|earlier)\s*\)?$/iu.test(
    text.trim(),
  );
}
