import type { ArticleInput } from '../../../src/schemas/article.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';

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
  if (outlet)
    return { ...outlet, value: organisationName(outlet.value.replace(NUMBER, ''), gazetteer) ?? outlet.value };
  const named =
    labels.map((label) => outletInLabel(label, gazetteer)).find((name) => name !== undefined) ??
    notices.map((notice) => outletInNotice(notice, gazetteer)).find((name) => name !== undefined);
  return named ? { value: named, provenance: 'stated' } : undefined;
}

/** A notice sending the reader to the story's source: "Click here to read more on this story from the Wall Street Journal." */
const SOURCE_NOTICE =
  /\b(?:read|see|more)\b.*\b(?:from|at|on|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s*[.!]?$/u;

/** The outlet a notice of the page names as the story's source, when the gazetteer knows it as a news organisation. */
function outletInNotice(notice: string, gazetteer: KindedEntry[]): string | undefined {
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
    const names = [entry.name, ...entry.aliases];
    if (
      names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(label))
    ) {
      return entry.name;
    }
  }
  return undefined;
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
