import type { ArticleInput } from '../../../src/schemas/article.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { words } from '../text/prose.ts';
import { isPlaceAlone } from './place-alone.ts';

/** What a gazetteer description says of a news organisation: its outlets are newspapers, agencies, broadcasters. */
const MEDIA =
  /\b(?:newspaper|news|broadcaster|television|radio|magazine|weekly|daily|newsletter|channel|network|agency)\b/i;

/** An issue or page number after a site's name in its label: "JRL 7218", "Digest #41". */
const NUMBER = /\s+(?:#|no\.?\s*)?\d+$/iu;

/**
 * The outlet a describe pass read, by the gazetteer's name when the text gives an abbreviation the gazetteer
 * knows ("JRL 7218" is Johnson's Russia List's issue 7218): an abbreviation tells a reader less than a name. A
 * name printed in full is kept as printed. Without one, the labels above the headline, then the notices clean
 * removed (a "read more … from …" line), may name it. Editorial outlets are the editors' and are left alone.
 */
export function outletNamed(
  outlet: ArticleInput['outlet'],
  { labels, notices }: { labels: string[]; notices: string[] },
  gazetteer: KindedEntry[],
): ArticleInput['outlet'] {
  if (outlet?.provenance === 'editorial') return outlet;
  if (outlet) {
    // A label above the headline giving in full the name the text gives in short ("Yonhap News TV" over a report
    // signed "from Yonhap News") is the outlet's name as the site prints it.
    const fuller = labels.map((label) => mastheadName(label)).find((name) => name?.startsWith(`${outlet.value} `));
    if (fuller) return { ...outlet, value: fuller };
    return { ...outlet, value: organisationName(outlet.value.replace(NUMBER, ''), gazetteer) ?? outlet.value };
  }
  const named =
    labels.map((label) => outletInLabel(label, gazetteer)).find((name) => name !== undefined) ??
    notices.map((notice) => outletInNotice(notice, gazetteer)).find((name) => name !== undefined);
  return named ? { value: named, provenance: 'stated' } : undefined;
}

/** A notice sending the reader to the story's source: "Click here to read more on this story from the Wall Street Journal." */
const SOURCE_NOTICE =
  /\b(?:read|see|more)\b.*\b(?:from|at|on|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s*[.!]?$/u;

/** A repost's pointer to the whole text on its source's site: "Read the full article on Site Name: Its Title". */
const FULL_ARTICLE =
  /^(?:[Rr]ead|[Ss]ee)\s+the\s+(?:full|whole|original|complete)\s+(?:article|story|text|piece)\s+(?:on|at|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s*:/u;

/** A name of one to five words in title case or capitals, "the" allowed before it. */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}`;

/**
 * A site's notices about itself, which name it: an opinion page's disclaimer naming its paper's editorial board
 * ("Editorials represent the views of The Daily Courier editorial board"), an invitation to write to its newsroom
 * ("Connect with the Daily Courier Newsroom:"), a prompt to get its app ("Get The Daily Courier Everywhere").
 */
const OWN_NOTICES = [
  new RegExp(String.raw`\b[Vv]iews\s+of\s+(${NAME})(?:['’]s)?\s+[Ee]ditorial\s+[Bb]oard\b`, 'u'),
  new RegExp(String.raw`^(?:[Cc]onnect|[Cc]ontact|[Gg]et\s+in\s+touch)\s+with\s+(${NAME})\s+[Nn]ewsroom\b`, 'u'),
  new RegExp(
    String.raw`^(?:[Gg]et|[Dd]ownload)\s+(${NAME})\s+(?:[Ee]verywhere|[Aa]pp|on\s+your\s+(?:phone|mobile))\b`,
    'u',
  ),
];

/** The site a repost's pointer to the whole text names ("Read the full article on Site Name: Its Title"). */
export function fullArticleSite(text: string): string | undefined {
  return FULL_ARTICLE.exec(text.trim())?.[1]?.replace(/[.!]+$/u, '');
}

function ownNotice(notice: string): string | undefined {
  for (const pattern of OWN_NOTICES) {
    const name = pattern.exec(notice)?.[1]?.trim();
    // "the Daily Courier Newsroom" names the paper; the article is dropped unless the paper prints it ("The …").
    if (name) return name.replace(/^the\s+/u, (article) => (article.startsWith('T') ? article : ''));
  }
  return undefined;
}

/** The outlet a notice of the page names as the story's source, when the gazetteer knows it as a news organisation. */
function outletInNotice(notice: string, gazetteer: KindedEntry[]): string | undefined {
  const own = ownNotice(notice.trim()) ?? fullArticleSite(notice);
  if (own) return own;
  const name = SOURCE_NOTICE.exec(notice.trim())?.[1]?.replace(/[.!]+$/u, '');
  if (!name) return undefined;
  const media = gazetteer.filter((entry) => entry.kind === 'organisation' && MEDIA.test(entry.description ?? ''));
  return organisationName(name, media);
}

/**
 * A site's prompt to install it as an app on a phone, which names the site itself: "add The News to homescreen",
 * "Add Daily Courier to your home screen".
 */
const INSTALL_PROMPT =
  /^add\s+(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})\s+to\s+(?:your\s+)?home\s?screen$/iu;

/**
 * The outlet a label above the text names: the whole label is an organisation's name ("The White House", a site
 * printing its owner's name over its pages), the site asks to be added to a phone's home screen under its name, or a
 * news organisation's name stands in it as words of their own ("Excerpts from the JRL E-Mail Community").
 */
function outletInLabel(label: string, gazetteer: KindedEntry[]): string | undefined {
  const whole = organisationName(label.replace(NUMBER, ''), gazetteer);
  if (whole) return whole;
  const installed = INSTALL_PROMPT.exec(label.trim())?.[1];
  if (installed) return installed;
  const media = gazetteer.filter((entry) => entry.kind === 'organisation' && MEDIA.test(entry.description ?? ''));
  for (const entry of media) {
    // The longest of its names the label holds, as printed unless an abbreviation ("ABC News Share" is ABC News).
    const found = [entry.name, ...entry.aliases]
      .map(
        (name) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:\\s+(?:TV|Television|Radio))?(?![\\p{L}\\p{N}])`,
            'u',
          ).exec(label)?.[0],
      )
      .filter((name) => name !== undefined)
      .sort((a, b) => b.length - a.length)[0];
    if (found) return /^[\p{Lu}\p{N}&.-]+$/u.test(found) ? entry.name : found;
  }
  return mastheadName(label);
}

/** The words a news organisation's name ends on: "Daily Courier", "Channel 9 News", "Metro TV", "The Valley Review Newspaper". */
export const MEDIA_WORD =
  /^(?:News|Newspaper|TV|Television|Radio|Times|Tribune|Post|Journal|Herald|Gazette|Telegraph|Chronicle|Daily|Courier|Review|Observer|Dispatch|Examiner|Inquirer|Bulletin|Monitor)$/u;

/** A section's words before "News": "World News", "Top News", "Business News" name a part of a site, not the site. */
const SECTION_WORD =
  /^(?:world|top|latest|breaking|local|national|international|business|sports?|politics|science|tech|health|all|more|other|related|today['’]?s?|daily|live|video|global|regional|foreign|domestic|general|main|featured|trending|opinion|economy|culture|us|uk|usa|europe)$/iu;

/** What a site prints after its name on its first line: a slogan after a dash, or a button's word ("Share", "Menu"). */
const AFTER_NAME = /\s+[-–—|]\s+.*$|\s+(?:Share|Menu|Search|Home|Sign\s+in|Log\s+in|Subscribe)$/u;

/**
 * A site's name printed as a label above the headline: a name of two to six words in title case or capitals, ending
 * on a word news organisations' names end on, perhaps with its slogan after a dash or a button's word after it ("Daily
 * Courier - Fair & Square", "Channel News Share"), less the word "Newspaper" a masthead may print after the name. A
 * section's name of the same form ("World News", "Europe News": a place or a section's word before the media word) is
 * none.
 */
function mastheadName(label: string): string | undefined {
  const name = label.trim().replace(AFTER_NAME, '').trim();
  const all = words(name);
  if (all.length < 2 || all.length > 6 || !/^(?:The\s+)?\p{Lu}/u.test(name)) return undefined;
  if (!all.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || word === 'of' || word === 'the')) return undefined;
  if (!MEDIA_WORD.test(all.at(-1) ?? '')) return undefined;
  const before = all.slice(0, -1).filter((word) => !/^the$/iu.test(word));
  if (before.every((word) => SECTION_WORD.test(word)) || isPlaceAlone(before.join(' '))) return undefined;
  return name.replace(/\s+Newspaper$/u, '');
}

/**
 * The name an organisation goes by in the archive when `text` is its name or an alias, whatever the case: as printed
 * when printed in words, the gazetteer's name when printed as an abbreviation (all capitals, no space).
 */
function organisationName(text: string, gazetteer: KindedEntry[]): string | undefined {
  const printed = text.trim();
  const wanted = printed.toLowerCase();
  // "the Baltic News Digest" is the Baltic News Digest, whether or not its name has the article.
  if (/^the\s/i.test(printed)) {
    const whole = organisationName(printed.replace(/^the\s+/i, ''), gazetteer);
    if (whole && !entryNamed(wanted, gazetteer)) return whole;
  }
  const entry = entryNamed(wanted, gazetteer);
  if (!entry) return undefined;
  return /^[\p{Lu}\p{N}&.-]+$/u.test(text.trim()) ? entry.name : text.trim();
}

function entryNamed(wanted: string, gazetteer: KindedEntry[]): KindedEntry | undefined {
  return gazetteer.find(
    (each) =>
      each.kind === 'organisation' && [each.name, ...each.aliases].some((name) => name.toLowerCase() === wanted),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
