import type { Change } from '../../src/schemas/article.ts';
import type { Lexicon } from '../../src/schemas/editorial.ts';
import { dateLine } from './describe/published.ts';
import type { Piece } from './segment.ts';
import {
  creditName,
  dominantScript,
  endsSentence,
  hasAddress,
  isProse,
  isReportingCredit,
  words,
} from './text/prose.ts';

/** A piece that survived cleaning; captions are kept apart from the running text. */
export interface KeptPiece extends Piece {
  /** True for a photo caption, which belongs to the article but is not its running text. */
  caption: boolean;
}

/** The pieces that belong to the article, what was removed, and the masthead lines describe reads for the outlet. */
export interface Cleaned {
  kept: KeptPiece[];
  changes: Change[];
  masthead: Piece[];
}

/**
 * Matches a photo caption's credit: "[Photo/Agencies]", "(Photo: Reuters)", "(AP Photo/Keystone)", "Photo: AP", or a
 * credit closing the caption's sentence ("… September 9, 2019. Photo: REUTERS/Leonhard Foeger/", "… on Wednesday. Photo by
 * Jane Roe/EPA").
 */
const CAPTION_CREDIT =
  /\[(?:photo|picture|image|video)\b[^\]]*\]|\((?:\p{Lu}+ )?(?:photo|picture|image)\b[^)]*\)|^(?:photo|picture)\s*:|[.!?]\s+(?:photo|picture|image)(?:\s*:|\s+by)\s*\p{Lu}[^.!?]{1,60}$/iu;

/** A label a page prints for a picture's caption or its source: "Image caption,", "Image source, Reuters". */
const CAPTION_LABEL = /^(?:image|photo|picture|video)\s+(?:caption|source)\b[,:]?(?:\s+[^.]{0,40})?$/iu;

/**
 * A photographer's credit alone: names joined by slashes ("Fabrice Coffrini/Pool/AP", "REUTERS/Alex Brandon"),
 * or a credit of a picture agency in capitals ("EPA PHOTO YOUSSEF BADAWI"). Page furniture wherever it stands.
 */
const PHOTO_CREDIT =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})+$|^(?:\p{Lu}+ )?PHOTO(?: \p{Lu}+){1,3}$/u;

/**
 * A line that is only an e-mail address ("feedback@example.com"), a phone number in international form ("+7 495
 * 645-66-01", so never a date's figures), a path into a page's markup ("/html/head/meta[@name='og:title']/@content"),
 * or a broadcast's time code in brackets ("[14:00:00]"): a site's contact block or leftover metadata.
 */
const CONTACT_OR_PATH =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d[\d\s()-]{7,}\d|\/(?:[\w:-]+(?:\[[^\]]*\])?\/)+@?[\w:-]+|\[\d{1,2}:\d{2}(?::\d{2})?\])$/u;

/**
 * A line that is an element of a page's markup, not its text: one that opens on a tag and closes the same element
 * (`<image>data:image/png;base64,…</image>`), or a tag alone (`<img src="…" alt="…">`). Prose opens on no tag.
 */
const MARKUP = /^<([a-z][\w:-]*)\b[^>]*>.*<\/\1>$|^<[a-z][\w:-]*\b[^>]*\/?>$/isu;

/**
 * A page's header or number on a line of its own, where a document printed or scanned page by page starts a page:
 * "[[Page 1643]]" (the US Government Publishing Office's marks), "Page 2", "PAGE 01 STATE 123426" (a cable's page
 * header: the page, the originator's code and the telegram's number).
 */
const PAGE_MARK = /^(?:\[\[\s*)?page\s+\d{1,4}(?:\s*\]\])?$|^PAGE\s+\d{1,4}\s+\p{Lu}{2,12}\s+\d{3,8}$/iu;

/**
 * A clock time and nothing else ("1:02 am", "18:35"): a broadcast archive's caption stamp or a feed's time. A date
 * stamp broken over lines keeps its date without it; the day, not the minute, is what the archive records.
 */
const CLOCK_ALONE = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/iu;

/**
 * A security classification alone on a line, as a government document prints it at the head and foot of every page
 * ("CONFIDENTIAL", "UNCLASSIFIED", "LIMITED OFFICIAL USE"): a marking of the paper, not the text.
 */
const MARKING = /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|RESTRICTED|LIMITED OFFICIAL USE)$/u;

/** A picture's credit on a line of its own, a label and a source's name and nothing else: "Photo: AP", "Image: Reuters". */
const CREDIT_ALONE =
  /^(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage|[Фф]ото)\s*:\s*\p{Lu}[\p{L}’'-]*(?:[\s/]+\p{Lu}[\p{L}’'-]*){0,3}$/u;

/**
 * Takes page furniture out of a seed by general rules: separator rows, lines in another script, lines
 * the lexicon names, masthead lines before the text, and the link lists after its last paragraph.
 */
export function clean(pieces: Piece[], lexicon: Lexicon): Cleaned {
  const script = dominantScript(pieces.map((piece) => piece.text).join('\n'));
  const changes: Change[] = [];
  const masthead: Piece[] = [];
  const kept: KeptPiece[] = [];
  const firstProse = pieces.findIndex((piece) => isProse(piece.text));
  const remove = (piece: Piece, reason: string): void => {
    changes.push({ kind: 'removed', line: piece.line, text: piece.text, reason });
  };
  const keep = (piece: Piece, index: number): void => {
    // A broadcast transcript's time code before a paragraph ("[14:00:00] So the …") marks the tape, not the words.
    const code = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+/u.exec(piece.text)?.[0];
    if (code) remove({ ...piece, text: code.trim() }, 'a broadcast’s time code before the text');
    // A printed volume's page mark run into the line that begins the page ("[Page 559]Shevardnadze: …"), as an
    // archive's copy of a bound document keeps it: where the paper's page began, not the text.
    const page = code ? undefined : /^\[\[?\s*Page\s+\d{1,4}\s*\]\]?\s*(?=\S)/iu.exec(piece.text)?.[0];
    if (page)
      remove(
        { ...piece, text: page.trim() },
        'a page’s header or number, where a printed or scanned document’s page began',
      );
    const base = piece.text.slice((code ?? page)?.length ?? 0);
    const text = base.replace(/\s*\|+$/, '');
    // "AFP |": an agency's name before a bar is its credit, which describe reads.
    if (text !== base && !isProse(text) && !CAPTION_CREDIT.test(text) && !isAgency(text, lexicon)) {
      remove({ ...piece, text: base }, 'a navigation row (a short label followed by “|”)');
      return;
    }
    if (text !== base) remove({ ...piece, text: base.slice(text.length).trim() }, 'a separator after the text');
    // A caption closed by an agency's credit ("… in New York. (AFP)") above the text; below, it credits the article.
    const credited =
      (index <= firstProse && closedByAgency(text, lexicon)) ||
      bracketCredit(text, lexicon) ||
      /caption/i.test(pieces[index - 1]?.text.match(CAPTION_LABEL)?.[0] ?? '');
    kept.push({ line: piece.line, text, caption: CAPTION_CREDIT.test(text) || credited });
  };

  const list = linkList(pieces, firstProse);
  for (const [index, piece] of pieces.entries()) {
    if (list !== undefined && index >= list) {
      remove(
        piece,
        index !== list
          ? 'in the list of links ending the copy'
          : /[\p{L}\p{N}]/u.test(piece.text)
            ? 'the label of a list of links ending the copy'
            : 'a row of separators over a list of links ending the copy',
      );
      continue;
    }
    // "Image caption," labels the picture's caption on the next line; "Image source, Reuters" credits it.
    if (CAPTION_LABEL.test(piece.text)) {
      remove(piece, 'a label of a picture’s caption or source');
      continue;
    }
    // A picture's description in lower case, printed before the picture's credit: alt text run into the page.
    const next = pieces[index + 1]?.text ?? '';
    if (/^\p{Ll}/u.test(piece.text) && (next.startsWith('©') || PHOTO_CREDIT.test(next))) {
      remove(piece, 'a picture’s description (its alt text), printed before the picture’s credit');
      continue;
    }
    // The first line, right above the text, is its headline even in another script (a page that prints the
    // headline in its own language above an English text); describe's headline score still judges it.
    const heading = index === 0 && firstProse === 1 && isHeadingShaped(piece.text);
    const reason = furnitureReason(piece.text, heading ? undefined : script, lexicon);
    if (reason) {
      remove(piece, reason);
    } else if (isMasthead(piece.text) && (firstProse === -1 || index < firstProse)) {
      masthead.push(piece);
      remove(piece, 'the site’s masthead: its name and address, kept as the outlet');
    } else if (/^https?:\/\/\S+$/u.test(piece.text.trim())) {
      // Below the masthead, a web address alone is a link of the page's ("https://example.com/p/1AbC"): text says
      // something about an address, an address alone says nothing.
      remove(piece, 'a web address alone: a link of the page');
    } else {
      keep(piece, index);
    }
  }
  const once = withoutRepeats(kept, remove);
  return { kept: dropTail(once, remove, lexicon), changes: changes.sort((a, b) => a.line - b.line), masthead };
}

/** The fewest words a paragraph printed again must have to be taken for a repeat: a sentence, not a short reply. */
const REPEAT_WORDS = 8;

/**
 * The pieces without a paragraph of prose printed again word for word after its first printing, or cut off inside it
 * (a page whose story a mirror or a site's template prints twice, quotations repeated under the text): the text says
 * it once. The first printing stays, where the story has it.
 */
function withoutRepeats(kept: KeptPiece[], remove: (piece: Piece, reason: string) => void): KeptPiece[] {
  // Only prose is remembered, so that a headline printed twice is left to the head's reading; so is a paragraph
  // printed again right under itself, which the head reads as a standfirst over the lede it repeats.
  // A page printed twice gives each paragraph twice; one said over and over is the text's own (a refrain, a list).
  const times = new Map<string, number>();
  for (const piece of kept) {
    const said = words(piece.text).join(' ').toLowerCase();
    times.set(said, (times.get(said) ?? 0) + 1);
  }
  const seen: string[] = [];
  let previous = '';
  return kept.filter((piece) => {
    const said = words(piece.text).join(' ').toLowerCase();
    const repeat =
      !piece.caption &&
      (times.get(said) ?? 0) <= 2 &&
      words(piece.text).length >= REPEAT_WORDS &&
      !previous.startsWith(said) &&
      seen.some((earlier) => earlier.startsWith(said));
    previous = said;
    if (repeat) {
      remove(piece, 'a paragraph printed again: the page gives its text twice');
      return false;
    }
    if (isProse(piece.text) && !piece.caption) seen.push(said);
    return true;
  });
}

/** A site's masthead: an address with at most five other words ("gnn9.com :http://…: Global News Network 9"). */
function isMasthead(text: string): boolean {
  const rest = text.replace(
    /\S*(?:https?:\/\/|www\.)\S*|\S+\.(?:com|org|net|info|ru|cn|uk|in|us|gov|int|eu|de|fr)\S*/giu,
    ' ',
  );
  return hasAddress(text) && words(rest).length <= 5;
}

function furnitureReason(text: string, script: string | undefined, lexicon: Lexicon): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'a row of separators';
  const own = dominantScript(text);
  if (script && own && own !== script) {
    return `text in the ${own} script on a page written in ${script}: leftover site furniture (menus, forms)`;
  }
  const label = text
    .replace(/[\s|:]+$/, '')
    .replace(/^[•·*]\s*/u, '')
    .toLowerCase();
  if (PHOTO_CREDIT.test(text.replace(/^(?:photo|picture|фото)\s*:\s*/iu, '')) || CREDIT_ALONE.test(text)) {
    return 'a photographer’s credit';
  }
  if (isLanguageSwitcher(label)) return 'a language switcher (the page’s other languages)';
  if (CONTACT_OR_PATH.test(text.trim())) return 'a contact address, a phone number, a page path or a time code alone';
  if (MARKUP.test(text.trim())) return 'the page’s markup (an element’s tags, such as a picture’s) left in the copy';
  if (PAGE_MARK.test(text.trim())) return 'a page’s header or number, where a printed or scanned document’s page began';
  if (CLOCK_ALONE.test(text.trim())) return 'a clock time alone: a recording’s or a feed’s stamp, which dates nothing';
  if (MARKING.test(text.trim())) return 'a security marking printed on every page of a government document';
  if (lexicon.furniture.some((phrase) => phrase.toLowerCase() === label)) return 'page furniture (a section label)';
  if (lexicon.furniturePrefixes.some((prefix) => label.startsWith(prefix.toLowerCase()))) {
    return 'page furniture (a link or notice)';
  }
  if (DISCLAIMER.test(text.trim())) return 'a disclaimer: whose views a kind of page gives';
  return undefined;
}

/**
 * A site's disclaimer of whose views its opinion pages give: "Editorials represent the views of the editorial board",
 * "The views expressed in this column are the author's own", "Opinions do not necessarily reflect the position of …".
 * It opens on "the views expressed here" (in this …, are), or on the kind of text and a verb of representing and then names views, opinions
 * or a position.
 */
const DISCLAIMER =
  /^(?:(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:here|in\s+th(?:is|ese)|on\s+this|are)\b|(?:(?:editorials?|opinions?|op-eds?|columns?|commentar(?:y|ies)|letters)\s+(?:represent|reflect|express|are|do\s+not)\b|this\s+(?:article|column|piece|commentary|op-ed)\s+(?:represents|reflects|expresses|is|does\s+not)\b)[^.]*\b(?:views?|opinions?|positions?)\b)/iu;

/**
 * A row of language tags, each a language and a region as BCP 47 writes them and a site may number them ("de-DE1
 * en-GB1 es-ES1 ru-RU1"): the links to the page in other languages. Two tags or more, and nothing else.
 */
function isLanguageSwitcher(label: string): boolean {
  const tags = label.split(/[\s|,/•·]+/u).filter(Boolean);
  return tags.length >= 2 && tags.every((tag) => /^[a-z]{2,3}-[a-z]{2}\d*$/u.test(tag));
}

function isHeadingShaped(text: string): boolean {
  return !isProse(text) && !endsSentence(text) && text.length <= 200 && /\p{L}/u.test(text);
}

/** Words a headline in title case leaves in lower case. */
const HEADLINE_MINOR = new Set('a an and as at by for from in of on or the to with'.split(' '));

/**
 * A line in headline case: six to fifteen words, every one capitalised but a few short ones ("Kovalev Calls for Russian
 * Apologies to Chechens, Balts."). Some digests end their headlines with a full stop, so that the next item's
 * headline under a text reads as a sentence; prose of that length always has words in lower case.
 */
function isHeadlineCase(text: string): boolean {
  const all = words(text);
  return (
    all.length >= 6 &&
    all.length <= 15 &&
    all.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || HEADLINE_MINOR.has(word)) &&
    all.filter((word) => /^\p{Lu}/u.test(word)).length >= 4
  );
}

function isCutOff(text: string): boolean {
  const all = words(text);
  // A line that ends on a comma stops mid-sentence: a label, a link or a headline never ends so.
  if (all.length >= 5 && /,\s*$/u.test(text)) return true;
  // A copy cut off in mid-quotation ends on a quotation it opened (`Yeltsin said, 'The high`, `"It`): a link or a
  // label closes the quotation marks it opens.
  // Double marks and typed pairs ('' or ``) open a word in either case (`Clinton conceded that ''f`); a single mark is
  // taken only before a capital, as an apostrophe is far more often elided letters ('n', 'em).
  if (/(?:^|\s)(?:["“]|``|'')\p{L}[^"”']*$|(?:^|\s)['‘]\p{Lu}[^"”'’]*$/u.test(text)) return true;
  // A transcript's turn cut off (`Shevardnadze: We are read`): a speaker's label and three words or more of a
  // sentence, one of its last two in lower case; a label over a link ("Video: Putin Meets Trump") is in title case.
  const turn = /^\p{Lu}[\p{L}.'’ -]{1,40}:\s+(\p{Lu}.*)$/u.exec(text)?.[1];
  if (
    turn &&
    words(turn).length >= 3 &&
    words(turn)
      .slice(-2)
      .some((word) => /^\p{Ll}/u.test(word))
  )
    return true;
  return all.length >= 5 && /^["“]?\p{Lu}/u.test(text) && all.slice(-2).some((word) => /^\p{Ll}/u.test(word));
}

function isAgency(text: string, lexicon: Lexicon): boolean {
  const wanted = text.trim().toLowerCase();
  return lexicon.agencies.some(
    (agency) => agency.name.toLowerCase() === wanted || agency.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
}

/**
 * A sentence closed by an agency's name in brackets or after a slash: "… in New York. (AFP)", "… April 7, 2017.
 * /Reuters", as sites credit the picture a caption describes.
 */
function closedByAgency(text: string, lexicon: Lexicon): boolean {
  const match = /^(.*[.!?])\s*(?:\(([^()]{2,30})\)|\/\s*([^/()]{2,30}))$/u.exec(text);
  const agency = match?.[2] ?? match?.[3];
  return agency !== undefined && isAgency(agency.trim(), lexicon) && words(match?.[1] ?? '').length >= 6;
}

/**
 * A line closed by an agency's name in square brackets, with no full stop before it: "Top US and Russian diplomats
 * have been trying to hammer out a deal [Reuters]", as pages credit the picture a caption describes. A paragraph of
 * text ends with its own full stop, and credits its agency in round brackets or a dateline.
 */
function bracketCredit(text: string, lexicon: Lexicon): boolean {
  const match = /^(.*[^.!?\s])\s*\[([^[\]]{2,30})\]$/u.exec(text);
  return match?.[2] !== undefined && isAgency(match[2], lexicon) && words(match[1] ?? '').length >= 4;
}

/**
 * A site's word to its reader, which reads as a sentence but is none of the text: a link to follow ("click here"), a
 * form to fill ("Sign up today!", not "agreed to sign up to the treaty"), a paywall's offer ("If you are not a subscriber, you can …"). Looked for only under
 * the text, where a page prints them; a story may well quote someone on subscriptions in its body.
 */
const READER_NOTICE =
  /\b[Cc]lick\s+here\b|(?:\b|(?<=\p{Lu}))[Ss]ign\s*[Uu]p(?:\s+(?:today|now|here|free)\b|!)|\b[Ss]ubscri(?:be|bers?|ption)\b[^.]*\byou|\b[Yy]our?\b[^.]*\bsubscri(?:be|bers?|ption)\b/u;

/**
 * A teaser of another story that a site cuts off with two dots ("… in April this year aga..", "… has announced it will
 * .."): two dots are no mark of prose, whose ellipsis has three, and a text's own paragraph is not cut by its site.
 */
const CUT_TEASER = /[\p{L}\p{N},]\s?(?<!\.)\.\.$/u;

/** Why a line after the last paragraph is removed: what the annotation reads again among them is said by this. */
export const AFTER_THE_END = 'after the end of the article: related links and page furniture';

/** A label a page sets over a list of links to its other stories: "ALSO READ", "Related stories", "See also:". */
const LINK_LIST_LABEL =
  /^(?:also\s+read|read\s+(?:also|more)|see\s+also|related(?:\s+(?:stories|articles|news|links|content|coverage))?|more\s+(?:news|stories)|recommended)\s*:?$/iu;

/**
 * Where a list of links to other stories begins after the text: a label of such a list on a line of its own after
 * prose has begun, followed to the copy's end only by lines that end without a sentence's full stop, question or
 * exclamation mark, as headlines do ("China reports 24 new cases; Beijing discharges last patient"). Undefined when
 * there is none: a label followed by a paragraph is a box inside the text, and the text goes on after it.
 */
function linkList(pieces: Piece[], firstProse: number): number | undefined {
  if (firstProse < 0) return undefined;
  const headline = (piece: Piece) => !/[.!?…]["”’»)]*$/u.test(piece.text.trim());
  const label = pieces.findIndex((piece, index) => index > firstProse && LINK_LIST_LABEL.test(piece.text.trim()));
  if (label >= 0) {
    const links = pieces.slice(label + 1);
    if (links.length > 0 && links.every(headline)) return label;
  }
  // A row of separators alone ("-", "* * *") has no label to say what follows it: a list of links when two lines or
  // more follow it to the copy's end and none ends as a sentence does; a break inside the text is followed by prose.
  const rule = pieces.findIndex((piece, index) => {
    if (index <= firstProse || /[\p{L}\p{N}]/u.test(piece.text) || !/\S/u.test(piece.text)) return false;
    const after = pieces.slice(index + 1);
    return after.length >= 2 && after.every(headline);
  });
  return rule < 0 ? undefined : rule;
}

/**
 * After the last paragraph of prose come related-story lists and section labels: short lines that are
 * not sentences. Credit lines ("- IANS") and a date stamp right under the text stay for describe; long unpunctuated runs stay as text. The last
 * line of a copy cut off in mid-sentence ("In this context, we have analyzed a number of practical") stays
 * too, when it follows the last paragraph directly and reads as a sentence: five words or more from a
 * capital, one of its last two words in lower case (a label or a link is in title case); or when it ends on a
 * quotation it opened (`Yeltsin said, 'The high`).
 */
function dropTail(kept: KeptPiece[], remove: (piece: Piece, reason: string) => void, lexicon: Lexicon): KeptPiece[] {
  let last = -1;
  kept.forEach((piece, index) => {
    if (
      isProse(piece.text) &&
      !READER_NOTICE.test(piece.text) &&
      !CUT_TEASER.test(piece.text) &&
      !isHeadlineCase(piece.text)
    )
      last = index;
  });
  if (last === -1) return kept;
  return kept.filter((piece, index) => {
    if (index <= last) return true;
    if (READER_NOTICE.test(piece.text)) {
      remove(piece, 'a notice to the reader after the text (subscribe, sign up, click here)');
      return false;
    }
    if (CUT_TEASER.test(piece.text)) {
      remove(piece, 'a teaser of another story, cut off with two dots, after the text');
      return false;
    }
    if (creditName(piece.text) || words(piece.text).length >= 15) return true;
    // A wire's closing credit ("(Reporting by … ; Editing by …)") names the writers, which describe reads.
    if (isReportingCredit(piece.text)) return true;
    if (index === last + 1 && index === kept.length - 1 && isCutOff(piece.text)) return true;
    // A date stamp right under the text, as a flash prints its time, stays for describe to read.
    if (index === last + 1 && dateLine(piece.text)) return true;
    // So does a wire's name alone right under the text ("ANI"), its credit, and a wire named as the source
    // ("Source: IANS") anywhere under it, as sites print it between the text and their links.
    if (index === last + 1 && isAgency(piece.text, lexicon)) return true;
    const source = /^source\s*:\s*(.+)$/iu.exec(piece.text.trim())?.[1];
    if (source && isAgency(source, lexicon)) return true;
    remove(piece, AFTER_THE_END);
    return false;
  });
}
