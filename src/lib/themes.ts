import type { EntityRecord, QuoteRecord } from '../schemas/data.ts';
import { earliest } from './dates.ts';
import { bySurname } from './people.ts';

/** A collection entry as these helpers need it: its id and its data. */
interface Entry<T> {
  id: string;
  data: T;
}

/** A person some of a theme's articles mention, and in how many of them. */
export interface Mentioned<T> {
  person: T;
  articles: number;
}

/** The people among `entities` that the articles `slugs` mention: those in most of the articles first, then by surname. */
export function peopleIn<T extends Entry<EntityRecord>>(entities: T[], slugs: ReadonlySet<string>): Mentioned<T>[] {
  return entities
    .filter((entity) => entity.data.kind === 'person')
    .map((person) => ({ person, articles: person.data.articles.filter((slug) => slugs.has(slug)).length }))
    .filter(({ articles }) => articles > 0)
    .sort((a, b) => b.articles - a.articles || bySurname(a.person.data.name, b.person.data.name));
}

/** The words of a quotation, lower-cased, as a set: "defence" and "defense" differ, word order does not matter. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Whether two quotations are one, reported twice: the same speaker, and at least 80% of their words in common
 * (Jaccard similarity of the word sets), as when two outlets edit the same wire copy ("IS (Islamic State)" and
 * "Islamic State (IS)", "defence" and "defense").
 */
function sameQuote(a: QuoteRecord, b: QuoteRecord): boolean {
  if (a.speaker !== b.speaker) return false;
  const [x, y] = [words(a.text), words(b.text)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / (x.size + y.size - shared) >= 0.8;
}

/**
 * The quotations with a speaker in the articles `slugs`: newest first, then by article and number; each said
 * once, since outlets carrying the same wire copy quote alike (see `sameQuote`); at most `limit` (default 8).
 */
export function keyQuotes<T extends Entry<QuoteRecord>>(quotes: T[], slugs: ReadonlySet<string>, limit = 8): T[] {
  const time = (quote: T): number =>
    (quote.data.published ? earliest(quote.data.published) : undefined) ?? Number.NEGATIVE_INFINITY;
  const kept: T[] = [];
  const sorted = quotes
    .filter((quote) => quote.data.speaker !== undefined && slugs.has(quote.data.article))
    .sort((a, b) => time(b) - time(a) || a.data.article.localeCompare(b.data.article) || a.data.n - b.data.n);
  for (const quote of sorted) {
    if (kept.length === limit) break;
    if (!kept.some((other) => sameQuote(other.data, quote.data))) kept.push(quote);
  }
  return kept;
}
