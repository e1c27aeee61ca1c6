import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { SITE_SUBTITLE, SITE_TITLE } from '../consts.ts';
import type { Article } from '../schemas/article.ts';
import { knownDate, writeParts } from './dates.ts';
import { writeWhole } from './write-whole.ts';

// By default citation-js writes BibTeX in ASCII and drops every character it has no LaTeX command for: a Cyrillic
// headline came out as blanks. BibLaTeX with Biber reads UTF-8, so the text is written as it is.
plugins.config.get('@bibtex').format.asciiOnly = false;

/** The archive, as a citation names it: where the copy cited is kept. */
export const ARCHIVE = `${SITE_TITLE}: ${SITE_SUBTITLE}`;

/**
 * The CSL style of the plain-text reference: APA (7th edition), one of the three templates citation-js ships (apa,
 * harvard1, vancouver). Of those it is the one students and journalists are most often asked for, it cites a
 * newspaper article without a byline by its title as the style's own rules say, and it marks a devised title in
 * square brackets and an approximate date with "ca.", as this archive does.
 */
export const STYLE = 'apa';

/** A CSL-JSON item (CSL 1.0.2, https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): the fields filled here. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [number[]]; circa?: true };
  language?: string;
  URL: string;
  archive: string;
  note?: string;
}

/** A reference to one article in the four formats the article page offers. */
export interface Citations {
  /** The reference in words, in the {@link STYLE} style. */
  text: string;
  /** BibLaTeX: `@article` with `journaltitle` and an ISO `date`, which BibTeX's `year`/`month` cannot give a partial date. */
  bibtex: string;
  /** RIS, `TY  - NEWS`. */
  ris: string;
  /** CSL-JSON, an array of one item, as Zotero and citeproc read it. */
  csl: string;
}

/** The writers a byline names: "Jane Smith and John Doe" → two; each kept whole (the archive does not guess which word is a surname). */
export function bylineAuthors(byline: string | undefined): string[] {
  return (byline ?? '')
    .split(/\s*(?:;|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * What a reader should know about the copy that has no CSL field: the wire agency. Not the address a seed gives:
 * so far that is an outlet's masthead (GNN9's home page), which cleaning removed as page furniture; it is kept in
 * the JSON-LD as what the copy is based on.
 */
function noteOf(article: Article): string | undefined {
  return article.agencies.length > 0 ? `Wire copy credited to ${article.agencies.join(', ')}.` : undefined;
}

/**
 * An article as a CSL-JSON newspaper article: the outlet as container, the date as far as it is known (see
 * `knownDate`), the archive's page as URL, the archive as `archive`. A title the archive supplied is put in square
 * brackets. No access date: it would change with every build, and the archive's copy does not.
 */
export function cslItem(slug: string, article: Article, url: string): CslItem {
  const date = article.published ? knownDate(article.published.edtf) : undefined;
  const authors = bylineAuthors(article.byline);
  const note = noteOf(article);
  return {
    id: slug,
    // citation-js refuses keys with hyphens (it would then make "2015Russia" for both Syria copies).
    'citation-key': slug.replaceAll('-', '_'),
    type: 'article-newspaper',
    title: article.titleSupplied ? `[${article.title}]` : article.title,
    ...(article.outlet ? { 'container-title': article.outlet.value } : {}),
    ...(authors.length > 0 ? { author: authors.map((literal) => ({ literal })) } : {}),
    ...(date ? { issued: { 'date-parts': [date.parts], ...(date.approximate ? { circa: true as const } : {}) } } : {}),
    ...(article.language !== 'und' ? { language: article.language } : {}),
    URL: url,
    archive: ARCHIVE,
    ...(note ? { note } : {}),
  };
}

/** RIS tags, one value per line, as citation-js maps them; see {@link ris}. */
type RisRecord = Record<string, string | string[]>;

/**
 * RIS from citation-js's mapping, written out here: citation-js breaks values every 70 characters, which cuts
 * addresses in two, and gives only the year (`PY`) of a newspaper article, so the full date goes in `DA`
 * (`YYYY/MM/DD`, as the RIS specification writes it). Its `ID`, the slug cut to 20 characters, is left out: the two
 * Syria copies would share one, and reference managers make their own.
 */
function ris(item: CslItem): string {
  const [record] = new Cite(item).format('ris', { format: 'object' }) as RisRecord[];
  if (!record) throw new Error(`citation-js wrote no RIS record for ${item.id}`);
  const parts = item.issued?.['date-parts'][0];
  const tags: RisRecord = { ...record, ...(parts && parts.length > 1 ? { DA: writeParts(parts, '/') } : {}) };
  const { TY, ID, ...rest } = tags;
  const lines = Object.entries(rest).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - '].join('\n');
}

/**
 * Indented JSON with arrays of numbers on one line, so that a date reads `[[2009, 3, 7]]`, not eleven lines. Only
 * whitespace that JSON.stringify put between values is touched: a newline never occurs inside a JSON string.
 */
function compactNumbers(json: string): string {
  return json
    .replace(/\[\n\s*([\d,\s]+?)\n\s*\]/g, (_, numbers: string) => `[${numbers.split(/,\s*/).join(', ')}]`)
    .replace(/\[\n\s*(\[[\d, ]*\])\n\s*\]/g, '[$1]');
}

/** How the reference in words is written, beside the style; part of its key between builds (`citationKey`). */
const BIBLIOGRAPHY = { format: 'text', lang: 'en-US' } as const;

/** The four formats of a reference to the article described by `item`, written by citation-js; same item, same bytes. */
export function citations(item: CslItem): Citations {
  const cite = new Cite(item);
  return {
    text: referenceText(item, cite),
    bibtex: String(cite.format('biblatex')).trim(),
    ris: ris(item),
    csl: compactNumbers(JSON.stringify([item], null, 2)),
  };
}

/** The reference in words, in the {@link STYLE} style: citeproc-js's work, most of the time a reference takes. */
function referenceText(item: CslItem, cite = new Cite(item)): string {
  return kept(item, () => String(cite.format('bibliography', { ...BIBLIOGRAPHY, template: STYLE })).trim());
}

/**
 * Writes the reference in words to `item` ahead of the page that shows it, into the folder `CITATION_CACHE` names,
 * unless it is kept there already; nothing without the variable. The articles loader has it written on a worker thread
 * while it loads the articles (article-loader.ts, reference-writer.ts), so that the pages find it kept.
 */
export function keepReference(item: CslItem): void {
  if (process.env.CITATION_CACHE) referenceText(item);
}

/** Whether the reference in words to `item` is kept in the folder `CITATION_CACHE` names. */
export function referenceKept(item: CslItem): boolean {
  const path = referenceFile(item);
  return path !== undefined && existsSync(path);
}

/** Where the reference in words to `item` is kept: its key's file in the folder `CITATION_CACHE` names, if any. */
function referenceFile(item: CslItem): string | undefined {
  const folder = process.env.CITATION_CACHE;
  return folder ? join(folder, `${citationKey(item)}.txt`) : undefined;
}

/**
 * The versions of the packages that write the reference in words: citeproc-js, and citation-js's bridge to it. Read
 * from their package files beside the project's (the build runs from its root); empty where they cannot be.
 */
function writerVersions(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return ['citeproc/package.json', '@citation-js/plugin-csl/package.json', '@citation-js/core/package.json']
    .map((name) => {
      try {
        return (JSON.parse(readFileSync(require.resolve(name), 'utf8')) as { version?: string }).version ?? '';
      } catch {
        return '';
      }
    })
    .join(' ');
}

let versions: string | undefined;

/** The key under which the reference in words to `item` is kept: the item, the style and the writers' versions. */
export function citationKey(item: CslItem): string {
  versions ??= writerVersions();
  return createHash('sha256')
    .update(JSON.stringify([item, STYLE, versions]))
    .digest('hex');
}

/**
 * The reference in words, kept between builds in the folder `CITATION_CACHE` names (scripts/build.ts sets it to
 * `.cache/citations/`), one file a key (`citationKey`); `write` makes it on a miss. citeproc-js compiles its style
 * before the first reference of a process, about a second: a rebuild that renders one article page again after its
 * body changed would spend that second to write the same words, since the reference is made of the frontmatter alone.
 * Without the variable (tests, `astro dev`), nothing is kept.
 */
function kept(item: CslItem, write: () => string): string {
  const path = referenceFile(item);
  if (!path) return write();
  try {
    return readFileSync(path, 'utf8');
  } catch {
    const text = write();
    mkdirSync(dirname(path), { recursive: true });
    writeWhole(path, text);
    return text;
  }
}
