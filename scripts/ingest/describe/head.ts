import type { Change } from '../../../src/schemas/article.ts';
import type { Lexicon } from '../../../src/schemas/editorial.ts';
import type { KeptPiece } from '../clean.ts';
import { isEnglishWord, isFunctionWord } from '../text/english.ts';
import { creditName, endsSentence, isProse, normal, words } from '../text/prose.ts';
import { agencyName } from './agency.ts';
import { type Cable, readCable } from './cable.ts';
import { readFieldBar } from './field-bar.ts';
import {
  type Feature,
  type FeatureVector,
  FITTED,
  features,
  isPersonAlone,
  isStamp,
  kindsOf,
  scoreOf,
  splitDeck,
} from './headline.ts';
import { isPlaceAlone } from './place-alone.ts';
import { dateLine, dateRun, type FoundDate, findDate, isRelativeStamp } from './published.ts';

/** What the lines above the first paragraph say about the article. */
export interface Head {
  headline?: string | undefined;
  standfirst?: string | undefined;
  /** The seed lines the headline and the standfirst were read from. */
  lines: { title?: number | undefined; standfirst?: number | undefined };
  /** A date stamp printed above the text, or after the headline ("… - 2003-05-20"). */
  date?: FoundDate | undefined;
  byline?: string | undefined;
  agencies: string[];
  /** A site named after the headline ("… – Rosbalt.RU"), in a masthead date line, or in a site label. */
  outlet?: string | undefined;
  /** A place printed alone above the text ("Moscow, Russia"), where a transcript says it was given. */
  place?: { place: string; text: string } | undefined;
  /** Whether the headline is the body's first piece, which the body then starts after. */
  opening?: boolean;
  /** Photo captions above the text, which stay with it. */
  captions: KeptPiece[];
  /** The lines above the headline read as labels and navigation, where a site may print its own name. */
  labels: string[];
  /** Every line of the head read as a label or navigation, above the headline or under it (see `Described.headLines`). */
  headLines: string[];
  changes: Change[];
}

/** A line above the body that may be the headline, with its features and score (headline.ts). */
export interface Candidate {
  piece: KeptPiece;
  /** The line less a date or a site's name after it and less enclosing quotes: what would be the headline. */
  title: string;
  vector: FeatureVector;
  kinds: Feature[];
  score: number;
}

/** The head's lines read as date, credit, byline, caption and banner lines, and the rest: the headline's candidates. */
export interface SortedHead {
  found: Head;
  candidates: Candidate[];
  /** A telegram's header, when the head is one (cable.ts): its subject is the headline. */
  cable?: Cable | undefined;
}

/**
 * Sorts the lines above the first paragraph: date stamp, credit, byline, caption and banner lines are read for
 * what they say; the other lines are candidates for the headline, each described and scored (headline.ts). The
 * body's first piece is a candidate too when it is title-like, more follows, and the date line is right above
 * it: pages print the headline under the date line, and one long enough to pass for prose starts the body.
 */
export function sortHead(head: KeptPiece[], bodyPieces: KeptPiece[], lexicon: Lexicon): SortedHead {
  const [first, second] = bodyPieces;
  const underDate = head.length > 0 && dateLine(head.at(-1)?.text ?? '') !== undefined;
  const opening = first && second && underDate && !first.caption && isTitle(first.text) ? first : undefined;
  // The opening line is not echoed by itself: the body it is measured against starts after it.
  const body = bodyPieces
    .slice(opening ? 1 : 0)
    .map((piece) => piece.text)
    .join('\n');
  const found: Head = { agencies: [], captions: [], changes: [], headLines: [], labels: [], lines: {} };
  const note = (piece: KeptPiece, kind: Change['kind'], reason: string): void => {
    found.changes.push({ kind, line: piece.line, text: piece.text, reason });
  };
  const rest: KeptPiece[] = [];
  const meta = new Set<KeptPiece>();
  // The note of an update's stamp taken as the date for want of another so far.
  let updated: Change | undefined;
  // A weekday's date line first on the page (`isTodayLine`), read after the other lines.
  let today: KeptPiece | undefined;
  const cable = readCable(head);
  for (let at = 0; at < head.length; at++) {
    const piece = head[at];
    if (!piece) continue;
    if (piece === cable?.sent?.piece) {
      meta.add(piece);
      found.date ??= cable.sent.date;
      note(piece, 'metadata', 'the telegram’s date-time group, shown as the publication date');
      continue;
    }
    if (piece === cable?.from?.piece) {
      meta.add(piece);
      found.place ??= { place: cable.from.place, text: piece.text };
      note(piece, 'metadata', 'the telegram’s sender, whose post is shown as the dateline');
      continue;
    }
    const reprint = found.headline === undefined ? reprintHead(piece.text) : undefined;
    if (reprint) {
      meta.add(piece);
      found.headline = reprint.title;
      found.lines.title = piece.line;
      found.date ??= reprint.date;
      found.outlet ??= reprint.paper;
      found.byline ??= reprint.byline;
      note(piece, 'metadata', 'the reprinted paper’s head: its name, issue and date, the headline and the byline');
      continue;
    }
    if (at === 0 && head.length > 1 && isTodayLine(piece.text)) {
      today = piece;
      meta.add(piece);
      continue;
    }
    const run = dateRun(head, at);
    // A stamp broken over lines is read whole; the pieces after its first are its parts.
    for (const part of head.slice(at + 1, at + (run?.count ?? 1))) {
      meta.add(part);
      note(part, 'metadata', 'part of the date line, broken over lines');
    }
    at += (run?.count ?? 1) - 1;
    const stamp = run?.stamp;
    const listed = isListItem(piece) && (isListItem(head[at - 1]) || isListItem(head[at + 1]));
    // A line of the place and the agency ("MOSCOW - Agence France-Presse"), as some papers head a wire's copy.
    const placed = stamp ? undefined : placeAndAgency(piece.text, lexicon);
    if (placed) {
      meta.add(piece);
      found.agencies.push(placed.agency);
      found.place ??= { place: placed.place, text: piece.text };
      note(piece, 'metadata', 'the line of the place and the agency, shown as the dateline and the agency');
      continue;
    }
    const credit = listed ? undefined : (headCredit(piece.text, lexicon) ?? agencyLine(piece.text, lexicon));
    const bar = stamp || credit ? undefined : readFieldBar(piece.text, lexicon);
    if (bar) {
      meta.add(piece);
      if (bar.agency) found.agencies.push(bar.agency);
      found.date ??= bar.date;
      if (bar.place) found.place ??= { place: bar.place, text: bar.place };
      note(piece, 'metadata', 'the line of the copy’s fields, shown as its agency, dateline and publication date');
      continue;
    }
    const byline = stamp || credit || listed ? undefined : readByline(piece.text, lexicon);
    const elapsed = !stamp && isRelativeStamp(piece.text);
    if (stamp || credit || byline || elapsed) meta.add(piece);
    if (elapsed) note(piece, 'removed', 'a stamp of elapsed time, which dates nothing');
    else if (stamp) {
      // An update's stamp ("Updated 17 September 2022") gives way to a stamp of publication, wherever it stands.
      const update = isUpdateStamp(piece.text);
      const taken: boolean = !found.date || (updated !== undefined && !update);
      if (taken && updated) {
        // The update's stamp read first as the date gives way: its note says so.
        updated.kind = 'removed';
        updated.reason = 'an update’s date stamp; the stamp of publication is printed below it';
      }
      if (taken) note(piece, 'metadata', 'the date line, shown as the publication date');
      else note(piece, 'removed', 'a second date stamp (an update time)');
      if (taken) found.date = stamp.date;
      if (stamp.place) found.place ??= { place: stamp.place, text: stamp.place };
      if (taken) updated = update ? found.changes.at(-1) : undefined;
      const signed = stamp.byline ? bylineOutlet(stamp.byline) : undefined;
      found.byline ??= signed?.names ? cleanByline(signed.names) : undefined;
      found.outlet ??= signed?.outlet;
      found.outlet ??= stamp.outlet;
      const source = stamp.source ? sourceAgency(stamp.source, lexicon) : undefined;
      if (source) found.agencies.push(source);
    } else if (credit) {
      found.agencies.push(credit.agency);
      found.date ??= credit.date;
      note(piece, 'metadata', 'the credit line, shown as the agency');
    } else if (byline) {
      const signed = bylineOutlet(byline.names);
      found.byline ??= signed.names || undefined;
      found.outlet ??= signed.outlet ?? byline.outlet;
      if (byline.agency) found.agencies.push(byline.agency);
      note(piece, 'metadata', 'the byline');
    } else if (piece.caption) found.captions.push(piece);
    else if (DISCLAIMER.test(piece.text)) {
      found.headLines.push(piece.text);
      note(piece, 'removed', 'a disclaimer of whose views the site’s pages give');
    } else if (bannerName(piece.text)) {
      found.outlet ??= bannerName(piece.text);
      note(piece, 'removed', 'the site’s appeal to its readers, naming the site (shown as the outlet)');
    } else rest.push(piece);
  }
  if (today) {
    // The site's date line for the day the page was shown gives way to the article's own stamp under it, and to a
    // time stamp of the copy's (a live page's entry stamped in Unix time) that gives another day.
    const date = findDate(today.text);
    const stamped = unixStampDay(body);
    const own = date?.year !== undefined && !found.date && (stamped === undefined || stamped === dayOf(date));
    if (own) {
      found.date = date;
      note(today, 'metadata', 'the date line, shown as the publication date');
    } else {
      found.headLines.push(today.text);
      note(today, 'removed', 'the site’s date line for the day the page was shown, not the article’s date');
    }
  }
  const lines = opening ? [...rest, opening] : rest;
  const texts = lines.map((piece) => piece.text);
  // Positions are counted among the title-like lines, the only ones that can be the headline.
  const titled = lines.filter((piece) => isTitle(piece.text));
  const candidates = lines.map((piece, line): Candidate => {
    const index = Math.max(titled.indexOf(piece), 0);
    const after = piece === opening ? second : (head[head.indexOf(piece) + 1] ?? first);
    // A date or a site's name after the headline ("… - 2003-05-20") is not part of what is scored.
    const title = splitSuffix(unquote(unbullet(piece.text))).title;
    const context = {
      others: texts.filter((_, other) => other !== line),
      body,
      index,
      next: after?.text,
      aboveMeta: after !== undefined && meta.has(after),
      inBody: piece === opening,
    };
    const vector = features(title, context, lexicon);
    return { piece, title, vector, kinds: kindsOf(vector), score: scoreOf(vector) };
  });
  return { found, candidates, cable };
}

/** The headline among the candidates: the best-scoring title-like line, if it beats the score of "no headline". */
export function pickHeadline(candidates: Candidate[], none: number = FITTED.none): Candidate | undefined {
  const best = candidates
    .filter(({ piece }) => isTitle(piece.text))
    .reduce<Candidate | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);
  return best && best.score > none ? best : undefined;
}

/**
 * Reads the lines above the first paragraph (`sortHead`); the headline is the candidate `pickHeadline` takes; a
 * line of prose or a title-like line after it is the standfirst, the other lines are labels and navigation.
 */
export function readHead(head: KeptPiece[], body: KeptPiece[], lexicon: Lexicon): Head {
  const { found, candidates, cable } = sortHead(head, body, lexicon);
  const note = (piece: KeptPiece, kind: Change['kind'], reason: string): void => {
    found.changes.push({ kind, line: piece.line, text: piece.text, reason });
  };
  const subject = cable?.subject;
  // A telegram's subject is its title, however the model would score its lines.
  // A reprinted paper's head gave the headline already (`reprintHead`): the other lines are the reprinting page's.
  const reprinted = found.headline !== undefined;
  const headline = subject
    ? candidates.find(({ piece }) => piece === subject.pieces[0])
    : reprinted
      ? undefined
      : releaseTitle(head, candidates, pickHeadline(candidates));
  for (const { piece, kinds, vector } of candidates) {
    if (subject && piece === headline?.piece) {
      found.headline = subject.title;
      found.lines.title = piece.line;
      note(piece, 'metadata', 'the telegram’s subject, shown as the headline');
    } else if (subject?.pieces.includes(piece)) {
      note(piece, 'metadata', 'the telegram’s subject, wrapped onto this line');
    } else if (piece === headline?.piece) {
      found.opening = vector.inBody > 0;
      const { title: printed, date, outlet } = splitSuffix(unquote(unbullet(piece.text)));
      const { title, deck } = splitDeck(printed);
      found.headline = title;
      if (deck) found.standfirst = deck;
      found.lines.title = piece.line;
      found.date ??= date;
      if (outlet) found.outlet = outlet;
      note(piece, 'metadata', 'the headline');
    } else if (vector.inBody > 0) {
    } else if (
      kinds.includes('place') &&
      !found.place &&
      words(piece.text).length <= 5 &&
      !headsList(piece, head) &&
      !REGION.test(piece.text.trim())
    ) {
      found.place = { place: piece.text.split(',')[0]?.trim() ?? piece.text, text: piece.text };
      note(piece, 'metadata', 'the place the text was given, shown as the dateline');
    } else if (headline && piece.line >= headline.piece.line && !found.standfirst && isStandfirst(piece.text, kinds)) {
      if (normal(piece.text).includes(normal(found.headline ?? ''))) {
        note(piece, 'removed', 'the headline printed again');
        continue;
      }
      found.standfirst = piece.text;
      found.lines.standfirst = piece.line;
      note(piece, 'metadata', 'the standfirst, shown under the headline');
    } else {
      // A picture's caption credits the picture's agency, never names the site ("… 2017. /Reuters").
      if (kinds.includes('caption')) {
        note(piece, 'removed', 'a picture’s caption above the article');
        continue;
      }
      if (kinds.includes('siteLabel')) found.outlet ??= siteName(piece.text);
      // A site prints its name above the headline; a name under it is where a text was given ("The Kremlin").
      if (!headline || piece.line < headline.piece.line) found.labels.push(piece.text);
      found.headLines.push(piece.text);
      note(piece, 'removed', 'a label above the article (navigation)');
    }
  }
  return found;
}

/**
 * A site's disclaimer of the views its pages give, in English or Russian: "… do not necessarily reflect the views of
 * the editors", "Материалы … не отражают позицию редакции" (do not reflect the editorial office's position). A notice,
 * never a title.
 */
const DISCLAIMER =
  /\b(?:do(?:es)?\s+not|don['’]t)\s+(?:necessarily\s+)?(?:reflect|represent)\s+the\s+(?:views?|opinions?|positions?)\b|(?<!\p{L})не\s+(?:обязательно\s+|всегда\s+)?(?:отража|совпада|выража)\p{L}*\s+(?:с\s+)?(?:позици|мнени|точк)\p{L}*/iu;

/**
 * A continent or a world region alone on a line ("Europe", "Middle East", "Asia-Pacific"): a site's section, never a
 * dateline, which names a city or a country.
 */
const REGION =
  /^(?:europe|asia|africa|americas?|north america|south america|latin america|middle east|near east|far east|asia[- ]pacific|oceania|eurasia|world|the world|central asia|eastern europe|western europe)$/iu;

/**
 * A head line of a place in capitals and an agency the lexicon knows, apart by a dash or a bar: "MOSCOW - Agence
 * France-Presse", "ANKARA | Reuters". The place, in title case, and the agency by the lexicon's name.
 */
function placeAndAgency(text: string, lexicon: Lexicon): { place: string; agency: string } | undefined {
  const match = /^(\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,2})\s+[-–—|]\s+(.{2,40})$/u.exec(text.trim());
  const agency = match?.[2] ? agencyName(match[2].trim(), lexicon) : undefined;
  if (!match?.[1] || !agency) return undefined;
  const place = match[1]
    .toLowerCase()
    .replace(/(^|[ -])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  return { place, agency };
}

/** The line an official release opens its head with: "For Immediate Release", "For Release at 10 A.M.". */
const RELEASE = /^for\s+(?:immediate\s+)?release\b/iu;

/** An issuer's line in a release's head: "The White House", "Office of the Press Secretary", "Press Office". */
const ISSUER =
  /^(?:the\s+)?(?:white\s+house|office\s+of\s+the\s+[\p{L} ]{3,40}|press\s+office(?:\s+of\s+[\p{L} ]{3,40})?)$/iu;

/** The fewest words a title above a release's head has for the model's choice of it to stand. */
const TITLE_ABOVE = 4;

/**
 * The title of an official release, whose head is set in a fixed order: "For Immediate Release", the issuer ("Office of
 * the Press Secretary") and the date in either order, then the title ("PRESS BRIEFING", "Press Gaggle by …"). The
 * first title-like candidate under the release line that is no date, time or issuer is the headline, over the model's
 * choice (`picked`) of a site's link or label above; a title of four words or more that the model chose above the
 * release line stands, as a site prints the release's title over its head.
 */
function releaseTitle(
  head: KeptPiece[],
  candidates: Candidate[],
  picked: Candidate | undefined,
): Candidate | undefined {
  const release = head.find((piece) => RELEASE.test(piece.text.trim()));
  if (!release) return picked;
  const above = picked && picked.piece.line < release.line && words(picked.title).length >= TITLE_ABOVE;
  if (above) return picked;
  const title = candidates.find(
    ({ piece, title }) =>
      piece.line > release.line &&
      isTitle(title) &&
      !isStamp(title) &&
      !RELEASE.test(title) &&
      !ISSUER.test(title.trim()),
  );
  return title ?? picked;
}

/**
 * The head of a paper's article as a digest or a mailing list reprints it, on one line: the paper's name, its issue
 * number, the date, the headline and the byline ("Daily Courier No. 206 October 30, 2002 TALKS GO ON By Jane ROE").
 * The issue number ("No.", "№", "Issue") marks it: no headline or sentence names a paper, its issue and a date in
 * a row. The headline is what stands between the date and "By", or the end of the line.
 */
export function reprintHead(
  text: string,
): { paper: string; date: FoundDate; title: string; byline?: string } | undefined {
  const match = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5})\s+(?:No\.|№|Issue)\s*\d{1,5}[,.]?\s+(.+)$/u.exec(
    text.trim(),
  );
  const [, paper, rest] = match ?? [];
  if (!paper || !rest) return undefined;
  const date = findDate(rest);
  if (date?.year === undefined || date.index !== 0 || date.alternatives.length > 0) return undefined;
  const after = rest.slice(date.text.length).replace(/^[\s,.|–—-]+/u, '');
  const signed = /^(.+?)\s+[Bb][Yy]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(after);
  const title = (signed?.[1] ?? after).trim();
  if (words(title).length < 2 || words(title).length > 20) return undefined;
  return { paper, date, title, ...(signed?.[2] ? { byline: signed[2] } : {}) };
}

/**
 * The day of a time stamp printed as a Unix time on a line of its own ("1722520672"), as a live page's copy may print
 * an entry's stamp: seconds since 1970 between 2001 and 2036, read in UTC. The first such line's day, as YYYY-MM-DD.
 */
export function unixStampDay(body: string): string | undefined {
  const seconds = /^\s*(1\d{9})\s*$/mu.exec(body)?.[1];
  return seconds ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : undefined;
}

/** A found date with its year as YYYY-MM-DD. */
function dayOf(date: FoundDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The months' names and short forms, in English and in Russian (any case ending). */
const MONTH_NAME =
  /(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\.?/giu;

/** The names of the weekdays, in English and in Russian, as a site's date line prints them. */
const WEEKDAY =
  /(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?!\p{L})/giu;

/**
 * A site's "today" line: the weekday and the full date and nothing else ("Saturday, November 16, 2024"), printed
 * first on the page, above the site's name and its menus, and changed every day whatever the article, or the article's own date printed
 * there. It gives way to the article's stamp under the headline or beside its byline ("June 15, 2021 12:03 AM");
 * a stamp at the top that gives a time, or no weekday, is the article's.
 */
export function isTodayLine(text: string): boolean {
  const line = text.trim();
  if (!new RegExp(`^${WEEKDAY.source}`, 'iu').test(line)) return false;
  const date = findDate(line);
  if (!date || !/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/u.test(line) || /\d{1,2}:\d{2}/u.test(line)) return false;
  // Nothing but the weekday, the month's name and figures; a page may print the line twice, run together ("Sunday,
  // Mar 1, 2015Sunday, Mar 1, 2015").
  const rest = line
    .replace(WEEKDAY, ' ')
    .replace(MONTH_NAME, ' ')
    .replace(/\d{1,4}(?:st|nd|rd|th|г\.?)?/gu, ' ');
  return /^[\s,.|–—-]*$/u.test(rest);
}

/** A stamp labelled as an update or a change, in English or Russian ("Updated …", "Modified …", "обновлено …"). */
export function isUpdateStamp(text: string): boolean {
  return /^\s*(?:last\s+)?(?:updated|modified|edited|changed|обновлено|изменено|обновлен)\b/iu.test(text);
}

/** The site a reader is asked to support or subscribe to: "Support The Moscow Times!". */
function bannerName(text: string): string | undefined {
  return /^(?:support|donate to|subscribe to)\s+(\p{Lu}[^!?.]{1,40}?)\s*[!.]?$/iu.exec(text)?.[1];
}

/** The features that make a line page furniture rather than a standfirst. */
const NOT_STANDFIRST = new Set<Feature>([
  'oneWord',
  'short',
  'twoWords',
  'capitals',
  'prefix',
  'stamp',
  'dated',
  'caption',
  'person',
  'place',
  'role',
  'siteLabel',
  'menu',
  'agency',
  'tags',
]);

/** A standfirst: a title-like line or a sentence of prose, with none of furniture's features. */
function isStandfirst(text: string, kinds: Feature[]): boolean {
  return (isTitle(text) || isProse(text)) && !kinds.some((kind) => NOT_STANDFIRST.has(kind));
}

/** The site's name in a site label ("Derechos | Equipo Nizkor"): its last part, when that is a name of two words or more and no dictionary words. */
function siteName(label: string): string | undefined {
  const last = label
    .split(/\s*\|\s*|\s+[-–—]\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  if (!last || words(last).length < 2 || words(last).some((word) => isEnglishWord(word))) return undefined;
  return /^\p{Lu}/u.test(last) ? last : undefined;
}

/**
 * The agency a stamp's source field names ("Источник: Информационное агентство России "ТАСС""): the whole value, or
 * the name it quotes, as Russian gives an organisation's kind and then its name in quotation marks.
 */
function sourceAgency(value: string, lexicon: Lexicon): string | undefined {
  const quoted = /["«“„]([^"«»“”„]{2,30})["»”“]/u.exec(value)?.[1];
  return agencyName(value, lexicon) ?? (quoted ? agencyName(quoted, lexicon) : undefined);
}

/** A line that is only an agency's name ("ASSOCIATED PRESS", "AFP |"): a credit. */
function agencyLine(text: string, lexicon: Lexicon): { agency: string; date?: FoundDate } | undefined {
  const agency = agencyName(text.replace(/[\s|:,.]+$/u, ''), lexicon);
  return agency ? { agency } : undefined;
}

/**
 * A byline: "By Jane Smith", "By Nataliya Vasilyeva And Francesca Ebel, ASSOCIATED PRESS" (an agency after the
 * names is credited too), "By Correspondent / March 6, 2009", or names alone with a time ("Isabelle Khurshudyan,
 * John Wagner  5 hrs ago"). Several names are given joined by commas.
 */
export function readByline(
  text: string,
  lexicon: Lexicon,
): { names: string; agency?: string; outlet?: string } | undefined {
  const signed = signOff(text);
  if (signed) return signed;
  // "Text by", "Story by", "Written by" credit as "By" does.
  const by = /^(?:(?:text|story|words|report|written|reporting)\s+)?by\s*:?\s+(\S.*)$/i.exec(text)?.[1];
  const line = (by ?? text)
    .replace(/\s+\/\s+.*$/u, '')
    .replace(/\s*\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago\b.*$/iu, '')
    .trim();
  if (words(line).length > 12) return undefined;
  const parts = line
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  // A writer's name and the wire's with nothing between ("Jane Roe Associated Press"), as a paper carrying the wire
  // sets the two on one line: the name is a person's, and the words after it a name the lexicon knows.
  const runOn = parts.length === 1 ? runOnAgency(parts[0] ?? '', lexicon) : undefined;
  if (runOn) return { names: runOn.name, agency: runOn.agency };
  const agency = parts.length > 1 ? agencyName(parts.at(-1) ?? '', lexicon) : undefined;
  const names = agency ? parts.slice(0, -1) : parts;
  // An agency credited with its desk's staff and no writer ("Reuters, Staff Report"): the agency, and no byline.
  const desk = parts.length > 1 ? agencyName(parts[0] ?? '', lexicon) : undefined;
  if (desk && parts.slice(1).every((part) => STAFF.test(part))) return { names: '', agency: desk };
  if (names.length === 0) return undefined;
  // A credit to a name with a figure in it ("Text by CHANNEL 9") is to a broadcaster or a site, its own staff's copy:
  // no person's name has a figure.
  const [only] = names;
  if (by !== undefined && names.length === 1 && only && /\p{L}\s+\d{1,3}$/u.test(only) && words(only).length <= 4) {
    return { names: '', outlet: only, ...(agency ? { agency } : {}) };
  }
  // Without "By", only names compromise reads as people's make a byline; and a name under an office ("President
  // Jane Roe") is the page's subject or section, as a writer is credited by name alone.
  if (by === undefined && !names.every((name) => isPersonAlone(name) && !OFFICE_FIRST.test(name))) return undefined;
  if (by !== undefined && words(line).length > 9 && !agency) return undefined;
  return { names: cleanByline(names.join(', ')), ...(agency ? { agency } : {}) };
}

/** A person's name of two to four words and an agency's name after it on one line: "Jane Roe Associated Press". */
function runOnAgency(line: string, lexicon: Lexicon): { name: string; agency: string } | undefined {
  const all = line.split(/\s+/u);
  for (let cut = 1; cut <= 3 && cut < all.length - 1; cut++) {
    const agency = agencyName(all.slice(-cut).join(' '), lexicon);
    const name = all.slice(0, -cut).join(' ');
    if (agency && words(name).length >= 2 && words(name).length <= 4 && isPersonAlone(name)) return { name, agency };
  }
  return undefined;
}

/** The last word of a broadcaster's or a news service's name: "Channel News", "Metro TV", "City Radio". */
const BROADCASTER = /\s(?:News|TV|Television|Radio|Network|Channel|Broadcasting)$/u;

/** A credit of a desk's staff rather than a writer: "Staff Report", "Staff Writer", "Staff". */
const STAFF = /^staff(?:\s+(?:report|reports|writer|writers|reporter|reporters))?$/iu;

/** What a writer signs as for their outlet: "correspondent", "reporter", "staff writer", "bureau chief". */
const SIGNED_AS =
  /^(?:(?:special|foreign|staff|senior|chief|diplomatic)\s+)?(?:correspondent|reporter|writer|bureau chief)$/iu;

/**
 * A writer's sign-off, above the text or under it: "Jane Roe, Daily Courier correspondent in Moscow", "Jane Roe, The
 * Courier's reporter": the name, and the outlet named before the word for the job; or a broadcast's, "This is Jane Roe
 * from Channel News". A news organisation signs its own
 * writer so; a wire's or another paper's would be credited with "for" or "of".
 */
export function signOff(text: string): { names: string; outlet: string } | undefined {
  const line = text.trim().replace(/[\s|,–—-]+$/u, '');
  // A broadcast report's sign-off, "This is Jane Roe from Channel News", "This is Jane Roe for Metro TV": the reporter,
  // and the outlet after "from" or "for", whose name says it broadcasts or reports (not a place: "from Moscow").
  const aired =
    /^This\s+is\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}),?\s+(?:reporting\s+)?(?:from|for|with)\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})\.?$/u.exec(
      line,
    );
  const station = aired?.[2]?.replace(/\.$/u, '');
  if (aired?.[1] && station && BROADCASTER.test(station)) return { names: aired[1], outlet: station };
  const match =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?)(?:['’]s)?\s+((?:\p{Ll}+\s+)?(?:correspondent|reporter|writer|bureau chief))(?:\s+(?:in|from|at)\s+\p{Lu}[\p{L} .'’-]{1,40})?\.?$/u.exec(
      line,
    );
  const [, names, outlet, job] = match ?? [];
  if (!names || !outlet || !job || !SIGNED_AS.test(job)) return undefined;
  return { names, outlet };
}

/** An office before a name: "President George Smith", "Secretary of State …". */
const OFFICE_FIRST =
  /^(?:President|Vice[- ]President|Prime Minister|Minister|Secretary|Senator|Ambassador|Governor|Chancellor|King|Queen)\s/u;

/** The last word of a newspaper's name: "The Moscow Times", "Chicago Tribune", "The Baltimore Sun". */
const PAPER =
  /^(?:Times|Tribune|Post|Journal|Herald|News|Gazette|Telegraph|Guardian|Monitor|Chronicle|Press|Star|Globe|Observer|Independent|Mail|Express|Sun|Inquirer|Courier|Dispatch|Examiner|Bulletin)$/u;

/**
 * A byline's writers and the paper it names after them: "Jane Roe, The Moscow Times, 17 May 2015" and "Jane Roe,
 * Chicago Tribune. Tribune correspondent John Doe contributed" are Jane Roe's for the paper; what follows the
 * paper's name (a date, a sentence about who contributed) is no part of the byline.
 */
export function bylineOutlet(byline: string): { names: string; outlet?: string } {
  // A paper's name alone ("By Washington Post"): the paper carries another's story, credited to it, with no writer.
  const whole = byline.trim().replace(/[.,]$/u, '');
  if (
    !whole.includes(',') &&
    words(whole).length <= 5 &&
    PAPER.test(words(whole).at(-1) ?? '') &&
    words(whole).every((word) => /^\p{Lu}/u.test(word) || word === 'of') &&
    !isPersonAlone(whole)
  ) {
    return { names: '', outlet: whole };
  }
  // The first sentence: a full stop after a word of two letters or more, not an initial ("George W. Bush").
  const first = byline.split(/(?<=\p{L}{2})\.\s+(?=\p{Lu})/u)[0] ?? byline;
  const parts = first.split(/\s*,\s*/);
  const at = parts.findIndex(
    (part, index) =>
      index > 0 && /^\p{Lu}/u.test(part) && words(part).length <= 5 && PAPER.test(words(part).at(-1) ?? ''),
  );
  const outlet = parts[at]?.replace(/\.$/, '');
  return outlet ? { names: parts.slice(0, at).join(', '), outlet } : { names: byline };
}

/** A byline without the separators after it, and in title case when printed in capitals ("By JOHN SMITH"). */
function cleanByline(text: string): string {
  const trimmed = text.replace(/[\s/|,–—-]+$/u, '').trim();
  if (trimmed !== trimmed.toUpperCase() || trimmed === trimmed.toLowerCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A credit line ("- IANS", "(Xinhua)", "(CCTV April 2, 2009)"): the agency, by the lexicon's name, and a date printed with it. */
export function readCredit(
  text: string,
  lexicon: Lexicon,
): { agency: string; date?: FoundDate; place?: string } | undefined {
  const source = /^\[?\s*source\s*:\s*([^\]]{2,80}?)\s*\]?$/iu.exec(text.trim())?.[1];
  if (source) return readSource(source, lexicon);
  const credit = creditName(text);
  if (!credit) return undefined;
  const date = findDate(credit);
  const name = (date ? credit.replace(date.text, '') : credit).replace(/[\s,]+$/, '').trim();
  return { agency: agencyName(name, lexicon) ?? name, ...(date?.year ? { date } : {}) };
}

/**
 * A credit line among the head's lines, unless it is an item of a section menu or a breadcrumb set off by a dash
 * ("- News>", "- World"): one that ends in a breadcrumb's arrow, or whose words are all dictionary words, the lexicon
 * knowing no such agency, where an agency it does not know is a name or an abbreviation ("- IANS", "(Kyodo)").
 */
function headCredit(text: string, lexicon: Lexicon): ReturnType<typeof readCredit> {
  const credit = readCredit(text, lexicon);
  if (!credit || agencyName(credit.agency, lexicon)) return credit;
  const item = /[>›»]$/u.test(credit.agency) || words(credit.agency).every((word) => isEnglishWord(word));
  return item ? undefined : credit;
}

/** Whether a line heads a list, the next line being an item of one: a delegation's country over its members. */
function headsList(piece: KeptPiece, head: KeptPiece[]): boolean {
  return isListItem(head[head.indexOf(piece) + 1]);
}

/**
 * A line set off by a dash or a bullet. A credit so set off ("- IANS") stands alone; lines of the kind in a row are a
 * list's items (a memorandum's participants, a menu), never credits.
 */
function isListItem(piece: KeptPiece | undefined): boolean {
  return piece !== undefined && /^\s*[-–—•]\s/u.test(piece.text);
}

/** A source line's parts ("[Source: Xinhua, Moscow, 21Feb16]"): the agency first, then a place and a date. */
function readSource(
  source: string,
  lexicon: Lexicon,
): { agency: string; date?: FoundDate; place?: string } | undefined {
  const [first, ...rest] = source.split(/\s*,\s*/);
  if (!first || words(first).length > 4) return undefined;
  const place = rest.find((part) => isPlaceAlone(part));
  const date = rest.map((part) => findDate(part)).find((found) => found?.year !== undefined);
  return { agency: agencyName(first, lexicon) ?? first, ...(date ? { date } : {}), ...(place ? { place } : {}) };
}

/**
 * A headline: no closing full stop (a question or exclamation may close it, and so may the abbreviation of "year" a
 * Russian date ends on: "… 22 апреля 2020 г."), at most 30 words, starting with a capital or a quote, after a bullet
 * if a page's list of links set one before it ("• Summit Talks Collapse").
 */
export function isTitle(text: string): boolean {
  const count = words(text).length;
  return (
    count >= 1 &&
    count <= 30 &&
    (!endsSentence(text) || /[?!]["”’']?$/.test(text) || /\d\s*гг?\.$/u.test(text.trim()) || isTitleCased(text)) &&
    /^(?:[•▪►]\s*)?["“‘']?[\p{Lu}\p{N}\p{Lo}]/u.test(text) &&
    !TURN_LABEL.test(text)
  );
}

/**
 * A transcript's label of a question or an answer opening a line ("Q:", "A:", "Question:", "Вопрос:"): the line is a
 * turn of the exchange, never its title. A speaker's name so set ("Lavrov: talks go on") may open a headline.
 */
const TURN_LABEL = /^(?:Q|A|Question|Answer|Вопрос|Ответ)\s*[:.]\s/u;

/**
 * A line in title case closed by a full stop, as official papers and archives print a document's title ("Message From
 * the Chairman to the President.", "Joint Communique Following Discussions With Soviet Leaders."): three to twenty
 * words, one sentence, every word of four letters or more capitalised but function words, and not all in capitals (a
 * text in capitals has no case to tell a title by). Prose capitalises only names and the first word.
 */
export function isTitleCased(text: string): boolean {
  const all = words(text);
  if (all.length < 3 || all.length > 20 || !/\.["”’']?$/u.test(text.trim())) return false;
  if (/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text.trim().slice(0, -1)) || text === text.toUpperCase()) return false;
  return all.every((word) => word.length < 4 || isFunctionWord(word) || /^[\p{Lu}\p{N}]/u.test(word));
}

/** A date or a site's address set after a headline with a dash or bar: "… - 2003-05-20", "… – Rosbalt.RU". */
function splitSuffix(headline: string): { title: string; date?: FoundDate; outlet?: string } {
  const match = /\s+[-–—|]\s+(\S(?:.{0,38}\S)?)$/u.exec(headline);
  const suffix = match?.[1];
  if (!match || !suffix) return { title: headline };
  const title = headline.slice(0, match.index);
  const stamp = dateLine(suffix);
  if (stamp) return { title, date: stamp.date };
  // A site named by its domain ("Rosbalt.RU") is the outlet by the name before the domain's ending.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(suffix)) {
    return { title, outlet: suffix.replace(/^www\./i, '').replace(/\.\p{L}{2,}$/u, '') };
  }
  return { title: headline };
}

function unquote(text: string): string {
  const match = /^(["“‘'])(.*)(["”’'])$/.exec(text);
  return match?.[2] && !match[2].includes(match[1] ?? '') ? match[2] : text;
}

/** A line less the bullet a list of links sets before it. */
function unbullet(text: string): string {
  return text.replace(/^[•▪►]\s*/u, '');
}
