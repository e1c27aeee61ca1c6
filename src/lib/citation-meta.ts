import type { CslItem } from './cite.ts';
import { writeParts } from './dates.ts';

/** One `<meta>` tag: `name` for HighWire and Dublin Core, `property` for Open Graph (RDFa), as each vocabulary asks. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * The `<meta>` tags a reference manager reads on an article page, from the same CSL item as the "Cite this" formats.
 *
 * HighWire Press `citation_*` tags (Google Scholar, Mendeley, Zotero) give title, authors, date, address and
 * language. They have no tag for a newspaper's name that does not also make the page a journal article: Zotero's
 * "Embedded Metadata" translator takes `citation_journal_title` as proof of a journal article. So the type comes
 * from Dublin Core, `DC.type` = `NewsItem` (the Eprints Type Vocabulary, which Zotero's RDF reader maps to a
 * newspaper article), and the outlet from PRISM's `prism.publicationName`, which the same reader takes as the
 * publication before any other source. Open Graph says the page is an article, for link previews, and in which language (`og:locale`; the
 * page's chrome stays English, the article's own element carries its `lang`).
 */
export function citationMeta(item: CslItem): MetaTag[] {
  const parts = item.issued?.['date-parts'][0];
  const authors = (item.author ?? []).map((author) => author.literal);
  const outlet = item['container-title'];
  return [
    { name: 'citation_title', content: item.title },
    ...authors.map((content) => ({ name: 'citation_author', content })),
    ...(parts ? [{ name: 'citation_publication_date', content: writeParts(parts, '/') }] : []),
    { name: 'citation_public_url', content: item.URL },
    ...(item.language ? [{ name: 'citation_language', content: item.language }] : []),
    { name: 'DC.type', content: 'NewsItem' },
    { name: 'DC.title', content: item.title },
    ...authors.map((content) => ({ name: 'DC.creator', content })),
    ...(parts ? [{ name: 'DC.date', content: writeParts(parts) }] : []),
    ...(item.language ? [{ name: 'DC.language', content: item.language }] : []),
    ...(outlet ? [{ name: 'prism.publicationName', content: outlet }] : []),
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: item.title },
    { property: 'og:url', content: item.URL },
    ...(item.language ? [{ property: 'og:locale', content: ogLocale(item.language) }] : []),
  ];
}

/**
 * A BCP 47 language tag as Open Graph's `language_TERRITORY` locale ("ru" → "ru_RU", "en" → "en_US"): the
 * territory is the one the Unicode CLDR likely-subtags data gives the language (`Intl.Locale#maximize`); a tag CLDR
 * cannot complete stays the bare language.
 */
export function ogLocale(language: string): string {
  const { language: code, region } = new Intl.Locale(language).maximize();
  return region ? `${code}_${region}` : code;
}
