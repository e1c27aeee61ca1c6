import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** What a reference manager saves from a page: Zotero's item type and the fields the tests check. */
export interface SavedItem {
  itemType: string;
  title?: string | undefined;
  date?: string | undefined;
  publicationTitle?: string | undefined;
  creators: string[];
  url?: string | undefined;
  language?: string | undefined;
}

/** HighWire tags that settle the item type outright in Zotero, whatever else the page says. */
const HIGHWIRE_TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** Dublin Core types Zotero's RDF reader knows, lower-cased without spaces (Eprints Type Vocabulary and its own). */
const DC_TYPES: Record<string, string> = {
  newsitem: 'newspaperArticle',
  newspaperarticle: 'newspaperArticle',
  article: 'journalArticle',
  journalarticle: 'journalArticle',
  book: 'book',
  report: 'report',
};

/**
 * A reduced model of Zotero's "Embedded Metadata" translator (github.com/zotero/translators, "Embedded Metadata.js",
 * which hands Dublin Core, PRISM and Open Graph tags to "RDF.js"), for the kinds of tag this archive writes: a type
 * from a HighWire tag that names one, else from `DC.type`, else a guess (journal article) from `citation_title` or
 * `og:type`; the fields from HighWire first, then Dublin Core, PRISM and Open Graph. Tag prefixes are read without
 * regard to case, as Zotero reads them.
 */
export function embeddedMetadata(tree: Root): SavedItem {
  const tags = selectAll('head meta', tree).flatMap((meta) => {
    const key = String(meta.properties['name'] ?? meta.properties['property'] ?? '');
    const content = meta.properties['content'];
    return key && typeof content === 'string'
      ? [{ key: key.replace(/^(dc|prism|og)[.:]/i, (p) => p.toLowerCase()), content }]
      : [];
  });
  const all = (key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);
  const first = (...keys: string[]) => keys.map((key) => all(key)[0]).find((value) => value !== undefined);
  const highwire = Object.keys(HIGHWIRE_TYPES).find((key) => all(key).length > 0);
  const dcType = first('dc.type', 'dcterms.type')?.toLowerCase().replace(/\s/g, '');
  const itemType =
    (highwire && HIGHWIRE_TYPES[highwire]) ??
    (dcType && DC_TYPES[dcType]) ??
    (first('citation_title', 'og:type') ? 'journalArticle' : 'webpage');
  return {
    itemType,
    title: first('citation_title', 'dc.title', 'og:title'),
    date: first('citation_publication_date', 'citation_date', 'dc.date'),
    publicationTitle:
      first('citation_journal_title', 'prism.publicationName', 'dc.source') ??
      (itemType === 'newspaperArticle' ? first('og:site_name') : undefined),
    creators: all('citation_author').length > 0 ? all('citation_author') : all('dc.creator'),
    url: first('citation_public_url', 'og:url'),
    language: first('citation_language', 'dc.language'),
  };
}
