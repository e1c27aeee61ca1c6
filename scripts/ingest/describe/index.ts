import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import type { ArticleInput, Change, Published } from '../../../src/schemas/article.ts';
import type { Lexicon, SeedEditorial } from '../../../src/schemas/editorial.ts';
import type { KeptPiece } from '../clean.ts';
import type { Piece } from '../segment.ts';
import { isFunctionWord } from '../text/english.ts';
import { endsSentence, isProse, reportersOf, words } from '../text/prose.ts';
import { sentences } from '../text/sentences.ts';
import { agencyName } from './agency.ts';
import { type Dateline, readDateline } from './dateline.ts';
import { readFieldBar } from './field-bar.ts';
import { type Head, isTitle, isTitleCased, readCredit, readHead, signOff } from './head.ts';
import { isPersonAlone, isStamp } from './headline.ts';
import { fullArticleSite } from './outlet.ts';
import {
  dateLine,
  dateRun,
  type FoundDate,
  findDate,
  inferYear,
  isRelativeStamp,
  openingCredit,
  openingStamp,
  settleByConvention,
  settleByWeekday,
  statedDate,
} from './published.ts';

/** What describe learns about an article, and the pieces left as its text. */
export interface Described {
  meta: Pick<
    ArticleInput,
    | 'title'
    | 'titleSupplied'
    | 'standfirst'
    | 'language'
    | 'published'
    | 'outlet'
    | 'url'
    | 'agencies'
    | 'byline'
    | 'dateline'
  >;
  body: KeptPiece[];
  /** The seed lines the headline and the standfirst were read from, where repairs in them are recorded. */
  lines: Head['lines'];
  /** The dateline as printed at the head of a paragraph, to be marked there; absent when it was read elsewhere. */
  datelineMark?: string;
  /** The lines above the text read as labels, where the outlet may be named (pipeline reads them with the gazetteer). */
  labels: string[];
  /**
   * The head's lines removed as labels and navigation. They are no text of the article's, but a page's head may give in
   * full a name its text uses alone: a memorandum's participants ("Eduard Shevardnadze" over "Shevardnadze: …" turns),
   * a transcript's title ("Press Gaggle by Scott McClellan" over "MR. McCLELLAN: …").
   */
  headLines: string[];
  changes: Change[];
}

/** What describe reads besides the cleaned pieces. */
export interface DescribeInput {
  kept: KeptPiece[];
  masthead: Piece[];
  lexicon: Lexicon;
  editorial: SeedEditorial;
  /** What cleaning removed, by line: a link's label there ("Read more") marks the line above it as a teaser. */
  removed?: Pick<Change, 'line' | 'text'>[];
}

/**
 * Finds the headline, date line, byline, credits and dateline among the pieces; reads outlet and address
 * from the masthead; settles the publication date (the editor's, else the text's); detects the language.
 */
export function describe({ kept: all, masthead, lexicon, editorial, removed = [] }: DescribeInput): Described {
  const changes: Change[] = [];
  const moved = (piece: Piece, reason: string): void => {
    changes.push({ kind: 'metadata', line: piece.line, text: piece.text, reason });
  };
  const teasers = teasersOf(all, removed);
  for (const piece of teasers) {
    changes.push({
      kind: 'removed',
      line: piece.line,
      text: piece.text,
      reason: 'a teaser of another story, with its link’s label under it (“Read more”)',
    });
  }
  const kept = all.filter((piece) => !teasers.has(piece));
  const split = splitHead(kept, lexicon);
  const head = readHead(split.head, split.body, lexicon);
  const body = head.opening ? split.body.slice(1) : split.body;
  changes.push(...head.changes);
  const agencies = new Set(head.agencies);
  let creditDate = head.date;
  let creditPlace: string | undefined;
  let closed = false;
  let reportedBy: string | undefined;
  let signedOutlet: string | undefined;
  const text = body.filter((piece, index) => {
    if (closed) {
      changes.push({
        kind: 'removed',
        line: piece.line,
        text: piece.text,
        reason: 'after the closing credit: a notice of the site',
      });
      return false;
    }
    // A repost's pointer to the whole text on its source's site ("Read the full article on Site Name: Title") ends
    // the excerpt; the source is the outlet, and what the reposting site prints under it is its own.
    const source = index > 0 ? fullArticleSite(piece.text) : undefined;
    if (source) {
      signedOutlet ??= source;
      moved(piece, 'the pointer to the whole text on its source’s site, shown as the outlet');
      closed = true;
      return false;
    }
    const reporters = reportersOf(piece.text);
    if (reporters && index > 0) {
      reportedBy ??= reporters;
      moved(piece, 'the closing credit of the reporters, shown as the byline');
      return false;
    }
    // A writer's sign-off under the text ("Jane Roe, Daily Courier correspondent in Moscow") is its byline.
    const signed = index > 0 && index >= body.length - 2 ? signOff(piece.text) : undefined;
    if (signed) {
      reportedBy ??= signed.names;
      signedOutlet ??= signed.outlet;
      moved(piece, 'the writer’s sign-off under the text, shown as the byline and the outlet');
      return false;
    }
    // A broadcast report's credit of its reporter on a line of its own ("Correspondent Jane Roe."): the byline.
    const reporter = REPORTER_LINE.exec(piece.text.trim())?.[1];
    if (reporter && index > 0) {
      reportedBy ??= reporter;
      moved(piece, 'the reporter’s credit of a broadcast report, shown as the byline');
      return false;
    }
    // The end mark under a copy ("(End)", "-30-") is no credit; what a site prints under it is its own notice.
    if (END_MARK.test(piece.text.trim())) {
      changes.push({ kind: 'removed', line: piece.line, text: piece.text, reason: 'the end mark of the copy' });
      closed = index >= 2;
      return false;
    }
    // A line of the copy's fields ("Reuters | Moscow | Updated: 23-06-2020 14:48 IST"), under the standfirst.
    const bar = readFieldBar(piece.text, lexicon);
    if (bar) {
      if (bar.agency) agencies.add(bar.agency);
      creditDate ??= bar.date;
      creditPlace ??= bar.place;
      moved(piece, 'the line of the copy’s fields, shown as its agency, dateline and publication date');
      return false;
    }
    // A wire's name alone on a line under the text ("ANI", "IANS"): its credit, as "- IANS" would be.
    const signedWire = index > 0 && index >= body.length - 2 ? agencyName(piece.text.trim(), lexicon) : undefined;
    if (signedWire) {
      agencies.add(signedWire);
      moved(piece, 'the wire’s name under the text, shown as the agency');
      return false;
    }
    const credit = readCredit(piece.text, lexicon);
    // A date stamp under the last paragraph ("February 21, 2023, 5:48 AM"): a flash prints its time there.
    const under = !credit && index > 0 && index === body.length - 1 ? dateLine(piece.text) : undefined;
    if (under) {
      creditDate ??= under.date;
      moved(piece, 'the date line under the text, shown as the publication date');
      return false;
    }
    if (!credit) return true;
    // A picture's credit ("(Photo: Izvestia)") names who took or gave the picture, not who wrote the text.
    if (/^(?:photo|photograph|picture|image)s?\s*:/iu.test(credit.agency)) {
      changes.push({ kind: 'removed', line: piece.line, text: piece.text, reason: 'a picture’s credit' });
      return false;
    }
    agencies.add(credit.agency);
    creditDate ??= credit.date;
    creditPlace ??= credit.place;
    moved(piece, 'the credit line, shown as the agency');
    // A credit after two paragraphs or more, with a line or two under it, closes the text: those are the
    // carrying site's notice.
    closed = index >= 2 && body.length - index - 1 <= CLOSING_REACH;
    return false;
  });
  const paragraphs = text.filter((piece) => !piece.caption);
  const lead = paragraphs[0];
  // A relayed item names the agency it relays in its opening ("Как передает ТАСС, …"), as a dateline would.
  const relayed = paragraphs
    .slice(0, 3)
    .map((piece, index) => relayedAgency(piece.text, lexicon, index === 0))
    .find(Boolean);
  if (relayed && agencies.size === 0) agencies.add(relayed);
  // A lead-in or a photo line may come before the dateline, so the first three paragraphs are read.
  const printedDateline = paragraphs
    .slice(0, 3)
    .map((piece, index) => readDateline(piece.text, lexicon, { colon: index === 0 }))
    .find((found) => found !== undefined);
  // A place printed alone above a transcript, or in a closing source line, is where the text was given.
  const dateline =
    printedDateline ?? head.place ?? (creditPlace ? { place: creditPlace, text: creditPlace } : undefined);
  if (dateline && 'agency' in dateline && dateline.agency) agencies.add(dateline.agency);
  const plain = text.map((piece) => piece.text).join('\n');
  const footer = postedFooter(body.at(-1)?.line, removed);
  creditDate ??= footer?.date;
  reportedBy ??= footer?.byline;
  if (footer) moved(footer.change, 'the post’s footer under the text, shown as the byline and the publication date');
  const byline = (head.byline && !isAccount(head.byline, lexicon) ? head.byline : undefined) ?? reportedBy;
  // A stamp run into the lead's first sentence, its line break lost, is the date line the head lacks.
  const opened = creditDate ? undefined : lead && openingStamp(lead.text);
  creditDate ??= opened;
  // The credit bracketed after that stamp: a wire the lexicon knows, else the site that dates its own copy.
  const openingName = opened && lead ? openingCredit(lead.text) : undefined;
  const openingWire = openingName ? agencyName(openingName, lexicon) : undefined;
  if (openingWire) agencies.add(openingWire);
  else if (
    openingName &&
    words(openingName).length <= 6 &&
    words(openingName).every((word) => /^[\p{Lu}\p{N}]/u.test(word))
  )
    signedOutlet ??= openingName;
  const stamped = publishedDate(editorial, creditDate, dateline, plain);
  const entry = stamped ? undefined : entryStamp(paragraphs);
  const titled = stamped ? undefined : entry ? yearOf(entry, plain) : titleDate(head.headline);
  const flattened = stamped || titled ? undefined : flattenedStamp(paragraphs);
  const stated = stamped ?? titled ?? flattened;
  const headline = head.headline ?? (flattened && lead ? flattenedHeadline(lead.text, flattened, lexicon) : undefined);
  const title = headline ?? editorial.title ?? suppliedTitle(lead?.text ?? '');
  const published = stated && settleByConvention(settleByWeekday(stated, lead?.text ?? ''), plain);
  if (flattened && lead) {
    const credit = flattenedCredit(lead.text, flattened, lexicon);
    if (credit) agencies.add(credit);
  }
  // A broadcaster credited in its own copy ("Moscow, 10 March 2003 (RFE/RL) --") is the outlet, not a wire.
  const publisher = [...agencies].find((name) =>
    lexicon.agencies.some((agency) => agency.publisher && agency.name === name),
  );
  if (publisher) agencies.delete(publisher);
  // An agency credited by its address in the dateline ("INTERFAX.RU -") publishes the copy on its own site.
  const ownSite = printedDateline?.ownSite ? printedDateline.agency : undefined;
  const printedOutlet = head.outlet ?? publisher ?? ownSite ?? printedDateline?.site ?? signedOutlet;
  const outlet = editorial.outlet
    ? { value: editorial.outlet.value, provenance: 'editorial' as const, evidence: editorial.outlet.evidence }
    : printedOutlet
      ? { value: printedOutlet, provenance: 'stated' as const }
      : (mastheadOutlet(masthead) ?? correspondentOutlet(plain));
  const url = mastheadUrl(masthead);

  return {
    meta: {
      title,
      titleSupplied: headline === undefined,
      ...(head.standfirst ? { standfirst: head.standfirst } : {}),
      language: language(plain),
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
      ...(editorial.translation ? { translation: editorial.translation } : {}),
      ...(url ? { url } : {}),
      agencies: [...agencies].sort(),
      ...(byline ? { byline } : {}),
      ...(dateline ? { dateline: { ...(dateline.place ? { place: dateline.place } : {}), text: dateline.text } } : {}),
    },
    body: [...head.captions, ...text],
    lines: head.lines,
    ...(printedDateline ? { datelineMark: printedDateline.text } : {}),
    labels: head.labels,
    headLines: head.headLines,
    changes,
  };
}

/** A blog's footer under a post: "Posted by: Jane Roe 2003-02-25", "Posted by Jane Roe at 10:15 AM, May 3, 2004". */
const POSTED = /^\s*posted\s+by\b\s*:?\s*/iu;

/**
 * The footer a blog prints under each post, naming who posted it and when ("Posted by: Jane Roe 2003-02-25"): the
 * first line cleaning took out under the text's last paragraph, as the page's furniture under the text. Its date is
 * the post's, and the name of one to four capitalised words its writer's.
 */
export function postedFooter(
  lastLine: number | undefined,
  removed: Pick<Change, 'line' | 'text'>[],
): { change: Pick<Change, 'line' | 'text'>; date: FoundDate; byline?: string } | undefined {
  if (lastLine === undefined) return undefined;
  const change = removed.filter((each) => each.line > lastLine).sort((a, b) => a.line - b.line)[0];
  if (!change || !POSTED.test(change.text)) return undefined;
  const date = findDate(change.text);
  if (date?.year === undefined || date.alternatives.length > 0) return undefined;
  const name = change.text
    .slice(0, date.index)
    .replace(POSTED, '')
    .replace(/[\s,|–—-]*(?:\b(?:on|at)\s*)?$/iu, '')
    .trim();
  const signed = name.split(/\s+/u);
  const byline = signed.length <= 4 && signed.every((word) => /^\p{Lu}/u.test(word)) ? name : undefined;
  return { change, date, ...(byline ? { byline } : {}) };
}

/** A link's label under a teaser: "Read more", "Continue reading", "Full story", "More »", "Подробнее". */
const LINK_LABEL =
  /^(?:(?:read|see|watch|listen)\s+(?:more|the\s+full\s+(?:story|article|report))|continue\s+reading|full\s+(?:story|article)|more|читать\s+(?:далее|дальше|полностью)|подробнее)\s*[.:›»>→…]*$/iu;

/** How many teasers with a link's label make a list of them: one alone may be a standfirst the page lets unfold. */
const TEASER_LIST = 2;

/**
 * The teasers of other stories a page lists around its article (a "Don't miss" box, a list of related stories): lines
 * each with a link's label right under it ("Read more"), which cleaning took out as furniture. A line followed so is a
 * link to another page, whatever it reads like (a question, a quotation); two or more make a list. The line of a
 * teaser is the next kept line's, less the blank lines and the label between.
 */
export function teasersOf(kept: KeptPiece[], removed: Pick<Change, 'line' | 'text'>[]): Set<KeptPiece> {
  const labels = removed.filter((change) => LINK_LABEL.test(change.text.trim())).map((change) => change.line);
  if (labels.length < TEASER_LIST) return new Set();
  const found = kept.filter((piece, at) => {
    const next = kept[at + 1]?.line ?? Number.POSITIVE_INFINITY;
    const under = removed.filter((change) => change.line > piece.line && change.line < next);
    // The label must be the first line removed under the teaser, so that a label further down links something else.
    return under[0] !== undefined && labels.includes(under[0].line) && !piece.caption;
  });
  return new Set(found.length >= TEASER_LIST ? found : []);
}

/**
 * A broadcaster's own correspondent introduced on air: "Al Jazeera's Jane Roe, reporting from Geneva, said …", "… spoke
 * to NPR's Jane Roe, who joins us now from Munich". Only the outlet whose text it is speaks of its correspondent
 * "reporting from" a place or "joining us"; another outlet cites a broadcaster by what it reported. The outlet, for a
 * text that names none otherwise.
 */
function correspondentOutlet(text: string): ArticleInput['outlet'] {
  const match =
    /(\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,3})['’]s\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+,?\s+(?:reporting\s+from|who\s+joins\s+us)\b/u.exec(
      text,
    );
  const name = match?.[1];
  return name && !isPersonAlone(name) ? { value: name, provenance: 'stated' } : undefined;
}

/**
 * A broadcast report's credit of its reporter, alone on a line: "Correspondent Jane Roe.", "Reporter Jane Roe", as
 * broadcasters' transcripts close or open a report; a name of two to four words after the job's word.
 */
const REPORTER_LINE = /^(?:correspondent|reporter)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\.?$/iu;

/**
 * The agency a Russian item relays, named in the formula that opens it: "Как передает ТАСС, …", "Как сообщает
 * агентство Интерфакс со ссылкой на …" (as the agency reports, citing …). A relaying site credits its source so where
 * an English one would set a dateline's credit; "как пишет" (as a paper writes) cites a paper, and is not read.
 */
function relayedAgency(text: string, lexicon: Lexicon, lead: boolean): string | undefined {
  // In English the formula closes the lead's first sentence: "…, Reuters reports.", "…, the Xinhua news agency
  // reported." Only in the lead, and only a wire the lexicon knows, not after a quotation's attribution ("…, Lavrov
  // said, Interfax reported."), which cites the wire for that quotation alone.
  const first = lead ? (sentences(text.slice(0, 1000))[0] ?? '') : '';
  const closing =
    /(?<!\b(?:said|says|told\s+\p{L}+|reads|added|stated))[”"]?,\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)(?:\s+news\s+agency)?\s+(?:reports|reported)\.?$/u.exec(
      first.trim(),
    )?.[1];
  const wire = closing ? agencyName(closing, lexicon) : undefined;
  if (wire) return wire;
  const name =
    /^Как\s+(?:передает|передаёт|сообщает)\s+(?:корреспондент\s+|агентство\s+)?(\p{Lu}[^,]{0,40}?)(?:\s+со\s+ссылкой(?=\s)|,)/u.exec(
      text,
    )?.[1];
  if (!name || words(name).length > 4) return undefined;
  return agencyName(name, lexicon) ?? name;
}

/** The mark a wire or a broadcaster sets under the end of its copy: "(End)", "-END-", "-30-", "###". */
const END_MARK = /^(?:\(\s*end\s*\)|-\s*end\s*-|-30-|#{3})$/iu;

/** How many pieces may follow a credit line for it to close the text (the rest being the site's notice). */
const CLOSING_REACH = 2;
/** How far ahead of the first prose a dateline paragraph is looked for. */
const DATELINE_REACH = 6;
/** How many pieces of prose (a standfirst, a teaser) may stand above a dateline paragraph and still be head. */
const PROSE_ABOVE_DATELINE = 2;

/**
 * A sentence the site writes to its reader about its pages, not the article's prose: an instruction to follow a link
 * ("For the summit agenda, visit the summit site.", "see our country pages:") or a note on the page itself ("One of
 * the links on this page will take you out of the Web site. To return, use the Back button").
 */
function isSiteNote(text: string): boolean {
  return /(?:^|[,:.]\s+)(?:visit|see|click|go to|return to)\b|\b(?:this|our) (?:page|site|web ?site)\b|\bback button\b/iu.test(
    text,
  );
}

/** The pieces above the body, where the headline and the date line are looked for, and the body (`bodyStart`). */
export function splitHead(kept: KeptPiece[], lexicon: Lexicon): { head: KeptPiece[]; body: KeptPiece[] } {
  const firstProse = bodyStart(kept, lexicon);
  return firstProse === -1
    ? { head: [], body: [...kept] }
    : { head: kept.slice(0, firstProse), body: kept.slice(firstProse) };
}

/**
 * Where the body starts: at the first piece of prose, or later when the page shows that piece was head:
 * - a paragraph opening with a dateline ("MOSCOW, May 14 (Reuters) -") a little later, with no more than two
 *   pieces of prose above it (a standfirst and a teaser): wire copy starts its body with the dateline, so the
 *   lines above it are the head even when one runs long enough to pass for prose;
 * - a byline or a date line right under the first prose: that prose was the standfirst, and the body starts
 *   after the date line and the head lines a page may print under it (the headline again, a time, a label);
 * - a date line ("Published on 03/10/2016") under a headline, after a paragraph of page furniture.
 */
function bodyStart(kept: KeptPiece[], lexicon: Lexicon): number {
  // A document's title in title case closed by a full stop ("Message From the Chairman to the President.") is no prose.
  // A page's first line printed again under it, whole or cut short, with no closing stop, is its title twice (the
  // page's title, which a browser cuts, and its heading), however long it runs: no prose.
  const [title = '', again = ''] = kept.slice(0, 2).map((piece) => piece.text.trim());
  const printedTwice = title.length >= 20 && again.startsWith(title) && !endsSentence(title);
  const twice = (at: number) => at === 0 && printedTwice;
  const prose = kept.findIndex(
    (piece, at) =>
      !piece.caption &&
      isProse(piece.text) &&
      !isSiteNote(piece.text) &&
      !isTitleCased(piece.text) &&
      !twice(at) &&
      !twice(at - 1),
  );
  // A wire dateline opening a sentence broken over lines ("MOSCOW — Russian President …" / "and U.S. …") starts
  // the body, though its first line is too short to be prose.
  // So does a line that opens with a dateline closed by a credit in brackets and goes on with the text ("Washington,
  // DC (Site News) The statement below …"), though it is too short to be prose: what follows a dateline is the body.
  const broken = kept.findIndex((piece, index) => {
    if (prose !== -1 && index >= prose) return false;
    const dateline = readDateline(piece.text, lexicon, { colon: false });
    if (dateline?.place === undefined) return false;
    const credited = /\)$/u.test(dateline.text) && words(piece.text.slice(dateline.text.length)).length >= 3;
    return /^\p{Ll}/u.test(kept[index + 1]?.text ?? '') || credited;
  });
  const firstProse = broken === -1 ? prose : broken;
  if (firstProse === -1 || readDateline(kept[firstProse]?.text ?? '', lexicon, { colon: false })) return firstProse;
  const reach = kept.slice(firstProse, firstProse + DATELINE_REACH);
  const at = reach.findIndex((piece) => !piece.caption && readDateline(piece.text, lexicon, { colon: false }));
  if (at > 0) {
    const above = reach.slice(0, at).filter((piece) => !piece.caption);
    const later = kept
      .slice(firstProse + at)
      .map((piece) => piece.text)
      .join(' ');
    const sentences = above.filter((piece) => endsSentence(piece.text) && words(piece.text).length >= 6);
    // A sentence above the dateline is head only as a teaser the body repeats, or with a byline or a date line.
    const marked = above.some((piece) => dateLine(piece.text) || /^by\s+\p{Lu}/iu.test(piece.text));
    const teasers = sentences.every((piece) => repeated(piece.text, later));
    if (sentences.length <= PROSE_ABOVE_DATELINE && (marked || teasers)) return firstProse + at;
  }
  const below = firstProse + 1 + labelsUnder(kept, firstProse + 1);
  const under = kept[below];
  const run = dateRun(kept, below);
  // Not when no prose follows: the one paragraph of a short copy is its body, not a standfirst over nothing.
  const bodyAfter = kept.slice(below + (run?.count ?? 1)).some((piece) => isProse(piece.text));
  if (under && bodyAfter && (run || /^by\s+\p{Lu}/iu.test(under.text))) {
    return afterHeadLines(kept, below + (run?.count ?? 1), kept.slice(0, below));
  }
  const pictured = afterLeadPicture(kept, firstProse, lexicon);
  if (pictured !== -1) return pictured;
  const byline = bylineUnderTitle(kept, firstProse);
  if (byline !== -1) return afterHeadLines(kept, byline + 1, kept.slice(0, byline + 1));
  // A date line ("Published on 03/10/2016"), or a stamp of elapsed time ("(35 minutes later)"), with a headline
  // above it ends the head even after a paragraph of page furniture (an advertisement, a notice) that reads as prose.
  for (let i = firstProse + 1; i < Math.min(kept.length, firstProse + DATELINE_REACH); i++) {
    const piece = kept[i];
    const above = kept[i - 1];
    if (
      piece &&
      above &&
      !above.caption &&
      isTitle(above.text) &&
      (dateLine(piece.text) || isRelativeStamp(piece.text))
    ) {
      return afterHeadLines(kept, i + 1, kept.slice(0, i + 1));
    }
  }
  // A page's first line with no closing stop, over prose that has one, is its headline however long it runs.
  const [top, next] = [kept[0], kept[1]];
  if (firstProse === 0 && top && next && isTitle(top.text) && isProse(next.text) && endsSentence(next.text)) return 1;
  return firstProse;
}

/** The most words of a label (a picture's alt text, "Author Headshot") between a standfirst and the byline under it. */
const LABEL_WORDS = 3;

/**
 * How many short labels from `from` on stand before the next line, as a picture's alt text stands between a standfirst
 * and the byline under it ("Author Headshot"); at most one, so that a byline far down is no standfirst's.
 */
function labelsUnder(kept: KeptPiece[], from: number): number {
  const piece = kept[from];
  const next = kept[from + 1];
  const label = piece && !piece.caption && !isProse(piece.text) && words(piece.text).length <= LABEL_WORDS;
  return label && next && /^by\s+\p{Lu}/iu.test(next.text) ? 1 : 0;
}

/** How many lines may stand between a standfirst and the caption of the picture under it. */
const PICTURE_REACH = 2;

/**
 * Where the body starts when the first prose is a standfirst over the lead picture: one sentence with no dateline,
 * then, before any more prose, within two lines, a photo caption; pages print headline, standfirst, picture and
 * caption, then the text. The first piece of prose after the caption, or -1.
 */
function afterLeadPicture(kept: KeptPiece[], firstProse: number, lexicon: Lexicon): number {
  const standfirst = kept[firstProse];
  if (!standfirst || sentences(standfirst.text.slice(0, 1000)).length > 1) return -1;
  // A lead paragraph opens with the dateline ("MOSCOW (Reuters) -"), a standfirst never does.
  if (readDateline(standfirst.text, lexicon, { colon: true })) return -1;
  for (let i = firstProse + 1; i <= firstProse + 1 + PICTURE_REACH && i < kept.length; i++) {
    const piece = kept[i];
    if (!piece || (!piece.caption && isProse(piece.text))) return -1;
    if (piece.caption) {
      const next = kept.findIndex((each, at) => at > i && !each.caption && isProse(each.text));
      return next;
    }
  }
  return -1;
}

/**
 * A byline ("By Jane Smith") under a title-like line, with a date line after the last prose above it and no more than
 * two pieces of prose above it: a page's notices (an archive's or a list's) may run as prose above the article's own
 * head of date line, headline and byline, which ends the head wherever it stands. An entry of a live blog under its
 * opening paragraphs, with a title and a byline but no dated line, does not. The byline's index, or -1.
 */
function bylineUnderTitle(kept: KeptPiece[], firstProse: number): number {
  let prose = 0;
  let dated = false;
  for (let i = firstProse; i < kept.length && prose <= PROSE_ABOVE_DATELINE; i++) {
    const piece = kept[i];
    const above = kept[i - 1];
    if (!piece || piece.caption) continue;
    const byline = /^by\s+\p{Lu}/iu.test(piece.text);
    if (byline && dated && above && !above.caption && isTitle(above.text)) return i;
    if (isProse(piece.text)) {
      prose++;
      dated = false;
    } else if (dateLine(piece.text)) dated = true;
  }
  return -1;
}

/**
 * The first piece from `from` on that is not one of the head lines a page prints between its date line and its
 * text: a line printed above already (the headline again), a time ("17:08 (ist)"), a short label of three words
 * or fewer ("Auto refresh feeds").
 */
/** Whether most of a text's runs of three words come again in `later`: a teaser the body repeats. */
function repeated(text: string, later: string): boolean {
  const plain = (value: string) => words(value.toLowerCase()).join(' ');
  const own = words(text.toLowerCase());
  const runs = own.slice(0, -2).map((word, i) => `${word} ${own[i + 1]} ${own[i + 2]}`);
  const body = plain(later);
  return runs.length > 0 && runs.filter((run) => body.includes(run)).length * 2 >= runs.length;
}

function afterHeadLines(kept: KeptPiece[], from: number, above: KeptPiece[]): number {
  const printed = new Set(above.map((piece) => piece.text));
  let i = from;
  for (; i < kept.length; i++) {
    const text = kept[i]?.text ?? '';
    if (isProse(text) || !(printed.has(text) || isStamp(text) || words(text).length <= 3)) break;
  }
  return i;
}

function isAccount(byline: string, lexicon: Lexicon): boolean {
  return lexicon.accountBylines.some((account) => account.toLowerCase() === byline.trim().toLowerCase());
}

/** A title for a seed that prints none: the opening words of its first sentence, cut at twelve words. */
function suppliedTitle(lead: string): string {
  // The splitter's tagger is quadratic in a sentence's length; twelve words never need more than its start.
  const opening = lead.slice(0, 1000);
  const sentence = sentences(opening)[0] ?? opening;
  const all = sentence.replace(/[.!?]$/, '').split(/\s+/);
  return all.length > 12 ? `${all.slice(0, 12).join(' ')}…` : all.join(' ');
}

function publishedDate(
  editorial: SeedEditorial,
  stamped: FoundDate | undefined,
  dateline: Dateline | undefined,
  body: string,
): Published | undefined {
  if (editorial.published) return { ...editorial.published, provenance: 'editorial' };
  if (stamped?.year !== undefined) return statedDate(stamped, stamped.year);
  const printed = dateline?.date ? findDate(dateline.date) : undefined;
  if (!printed) return undefined;
  return printed.year === undefined ? inferYear(printed, body) : statedDate(printed, printed.year);
}

/** How many paragraphs from the top a live page's first entry stamp is looked for in. */
const ENTRY_REACH = 5;

/**
 * The stamp of a live page's latest entry, printed where the entry opens ("Update 11:00 p.m. EDT July 16: …"), for a
 * text with no date line: a live page's date is that of its newest state, as an "Updated" stamp above it gives.
 */
function entryStamp(paragraphs: Piece[]): FoundDate | undefined {
  for (const piece of paragraphs.slice(0, ENTRY_REACH)) {
    const label = /^(?:updated?|latest)\b(?:[^:]|:(?=\d)){0,40}?(?=:\s)/iu.exec(piece.text)?.[0];
    const date = label ? findDate(label) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A printed date as the published field records it, its year worked out from the body when not printed. */
function yearOf(date: FoundDate, body: string): Published {
  return date.year === undefined ? inferYear(date, body) : statedDate(date, date.year);
}

/**
 * The date a title gives with its year, for a text with no date line: an official text's title dates it ("Remarks at
 * the Press Conference, New York, September 27, 2015", "Текст выступления … 22 апреля 2020 г."), and a news
 * headline seldom prints a year.
 */
function titleDate(headline: string | undefined): Published | undefined {
  const date = headline ? findDate(headline) : undefined;
  if (date?.year === undefined || date.alternatives.length > 0) return undefined;
  return { ...statedDate(date, date.year), evidence: `The title gives the date: “${date.text}”.` };
}

/**
 * A whole text in one or two paragraphs, the first this long, is a page whose line breaks were lost in copying; a
 * shorter one is when its date comes before its first sentence ends.
 */
const FLATTENED = 1000;

/**
 * The date stamp of a text whose line breaks were lost, where no date line can be found because there are
 * no lines: headline, outlet, date and the first sentence run together ("…Finalize START Treaty VOA News
 * February 05, 2011 US Secretary of State…"), or a flash printed on one line ("21:26 News Briefs 27/12/17 Tillerson,
 * Lavrov agree …"). The first full date in the opening 500 characters is taken when no preposition ("on", "in",
 * "by"…) ties it into a sentence, and, in a text shorter than `FLATTENED`, when no sentence ends before it; otherwise
 * there is no date.
 */
export function flattenedStamp(paragraphs: Piece[]): Published | undefined {
  const [lead] = paragraphs;
  if (!lead || paragraphs.length > 2) return undefined;
  const opening = lead.text.slice(0, 500);
  const date = findDate(opening);
  if (date?.year === undefined || date.alternatives.length > 0) return undefined;
  const before = opening.slice(0, date.index).trimEnd();
  // A shorter text (a flash, a brief) is a flattened page when the date comes before any sentence has ended.
  if (lead.text.length < FLATTENED && /[.!?…]["”’)]*\s/u.test(before)) return undefined;
  // A preposition or a determiner ties the date into a sentence ("on July 16, 2018", "The July 16, 2018, meeting").
  if (/\b(?:on|in|by|since|until|till|from|of|to|before|after|at|as|dated|the|a|an|this|that|its|their)$/i.test(before))
    return undefined;
  return {
    ...statedDate(date, date.year),
    evidence: `The text has lost its line breaks; “${date.text}” stands between the headline and the first sentence, where a date stamp goes.`,
  };
}

/**
 * The headline of a text whose line breaks were lost: the words between the last sentence end before its date
 * stamp and the stamp ("… in the public domain. US, Russia Finalize START Treaty VOA News February 05, 2011"),
 * less a credit at their end that the lexicon knows ("VOA News"). Only a title-like run of 3 to 20 words, with no time
 * or date in it and mostly words, not figures, is taken.
 */
function flattenedHeadline(lead: string, stamp: Published, lexicon: Lexicon): string | undefined {
  const run = flattenedRun(lead, stamp);
  if (!run) return undefined;
  const credit = creditAtEnd(run, lexicon);
  const headline = (credit ? run.slice(0, -credit.words) : run).join(' ');
  const all = words(headline);
  // A run holding a clock time or a date, or made of figures and codes ("FL-2017-13804 B-00002620736"), is the
  // page's stamp or a document's markings, not its headline.
  const figures = all.filter((word) => /\d/u.test(word)).length;
  if (isStamp(headline) || figures * 3 > all.length) return stampedFirst(lead, stamp);
  return all.length >= 3 && all.length <= 20 && isTitle(headline) ? headline : stampedFirst(lead, stamp);
}

/**
 * The headline of a flash printed on one line with its stamp first ("21:26 News Briefs 27/12/17 Tillerson, Lavrov agree
 * to continue engaging North Korea The US State Department said …"): the words after the stamp's last printing, up to
 * the lead's opening article ("The", "A", "An") set in mid-line with no stop before it. Only a headline in sentence
 * case is cut so: in title case every word is capitalised and the lead's first word cannot be told from it.
 */
function stampedFirst(lead: string, stamp: Published): string | undefined {
  const at = stamp.text ? lead.lastIndexOf(stamp.text) : -1;
  if (at < 0) return undefined;
  const rest = lead.slice(at + (stamp.text?.length ?? 0), at + 400).replace(/^[\s,;|–—-]+/u, '');
  const opening = /\s(?:The|A|An)\s/u.exec(rest);
  const headline = opening ? rest.slice(0, opening.index).trim() : '';
  const all = words(headline);
  const sentenceCase = all.slice(1).some((word) => /^\p{Ll}{3,}/u.test(word) && !isFunctionWord(word));
  if (all.length < 3 || all.length > 20 || !sentenceCase || /[.!?:]/u.test(headline) || isStamp(headline))
    return undefined;
  return isTitle(headline) ? headline : undefined;
}

/** The agency or publisher credited between the headline and the date stamp of a text whose line breaks were lost. */
function flattenedCredit(lead: string, stamp: Published, lexicon: Lexicon): string | undefined {
  const run = flattenedRun(lead, stamp);
  return run ? creditAtEnd(run, lexicon)?.name : undefined;
}

/** The words between the last sentence end before a date stamp and the stamp. */
function flattenedRun(lead: string, stamp: Published): string[] | undefined {
  const at = stamp.text ? lead.indexOf(stamp.text) : -1;
  if (at <= 0) return undefined;
  const before = lead.slice(0, at).trimEnd();
  const start = Math.max(...[...before.matchAll(/[.!?]["”’]?\s+/g)].map((match) => match.index + match[0].length), 0);
  return before.slice(start).trim().split(/\s+/);
}

/** A name the lexicon knows in the last one to three words of a run: "… START Treaty VOA News". */
function creditAtEnd(run: string[], lexicon: Lexicon): { name: string; words: number } | undefined {
  for (let cut = 1; cut <= 3 && cut < run.length; cut++) {
    const name = agencyName(run.slice(-cut).join(' '), lexicon);
    if (name) return { name, words: cut };
  }
  return undefined;
}

/** The outlet's name in a masthead line: the part that is neither an address nor a domain. */
function mastheadOutlet(masthead: Piece[]): ArticleInput['outlet'] {
  for (const piece of masthead) {
    const name = piece.text
      .split(/\s*[:|–—]\s+|\s+[:|–—]\s*|\s+-\s+/)
      .map((part) => part.trim())
      .filter((part) => part !== '' && !/^https?:|^www\.|^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(part))
      .sort((a, b) => b.length - a.length)[0];
    if (name) return { value: name, provenance: 'stated' };
  }
  return undefined;
}

/** The most specific web address in the masthead: the one with the longest path. */
function mastheadUrl(masthead: Piece[]): string | undefined {
  const urls = masthead.flatMap((piece) => piece.text.match(/https?:\/\/[^\s:|]+/g) ?? []);
  return urls.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

/**
 * Cyrillic languages whose alphabet lacks letters a text holds: Bulgarian, Macedonian, Serbian and Ukrainian write no
 * «ы», «э» or «ё», which Russian and Belarusian do; Belarusian writes no «и», «щ» or «ъ». On a short text franc's
 * trigrams may rank a neighbour first ("bg" for a few Russian sentences); the alphabet rules it out.
 */
const LACKS: Record<string, RegExp> = {
  bul: /[ыэё]/iu,
  mkd: /[ыэё]/iu,
  srp: /[ыэё]/iu,
  ukr: /[ыэёъ]/iu,
  bel: /[ищъ]/iu,
};

/**
 * The text's language as a BCP 47 tag, by franc's trigram statistics, less the languages whose alphabet lacks a letter
 * the text holds (`LACKS`); `und` when too short to tell.
 */
export function language(text: string): string {
  const [best] = francAll(text, { minLength: 20 }).filter(([code]) => !LACKS[code]?.test(text));
  const code = best?.[0] ?? 'und';
  return code === 'und' ? 'und' : (iso6393To1[code] ?? code);
}
