import type { Article } from '../schemas/article.ts';
import { earliest, yearOf, yearSpanOf } from './dates.ts';

/** An article as the listing pages need it: its id (the slug) and its frontmatter. */
export interface Listed {
  id: string;
  data: Article;
}

/** Articles newest first; undated articles last; ties broken by title so the order is stable. */
export function newestFirst<T extends Listed>(articles: T[]): T[] {
  const time = (article: T): number => {
    const edtf = article.data.published?.edtf;
    return (edtf ? earliest(edtf) : undefined) ?? Number.NEGATIVE_INFINITY;
  };
  return [...articles].sort((a, b) => time(b) - time(a) || a.data.title.localeCompare(b.data.title));
}

/**
 * The articles `slugs` name (an entity's or a person's list), newest first, from the archive's articles by slug; a slug
 * no article has any more is passed over.
 */
export function newestOf<T extends Listed>(slugs: readonly string[], bySlug: ReadonlyMap<string, T>): T[] {
  return newestFirst(slugs.flatMap((slug) => bySlug.get(slug) ?? []));
}

/** Articles grouped by the year they were published, newest year first; `undefined` collects the undated. */
export function byYear<T extends Listed>(articles: T[]): [number | undefined, T[]][] {
  const groups = new Map<number | undefined, T[]>();
  for (const article of newestFirst(articles)) {
    const edtf = article.data.published?.edtf;
    const year = edtf ? yearOf(edtf) : undefined;
    groups.set(year, [...(groups.get(year) ?? []), article]);
  }
  return [...groups];
}

/** A year as its page's address has it (`/articles/years/2009/`): the year, or `undated` for articles without one. */
export function yearParam(year: number | undefined): string {
  return year === undefined ? 'undated' : String(year);
}

/** The articles assigned to a theme (by the machine or an editor), in the order given. */
export function onTheme<T extends Listed>(articles: T[], theme: string): T[] {
  return articles.filter((article) => article.data.themes.some((assigned) => assigned.id === theme));
}

/** The years the articles were published in, as a span: "2009–2015", or "2003" for one year; undefined when none is dated. */
export function yearSpan(articles: Listed[]): string | undefined {
  return yearSpanOf(articles.map((article) => article.data.published?.edtf));
}

/** A number of articles in words: "1 article", "3 articles". */
export function articleCount(count: number): string {
  return `${count} ${count === 1 ? 'article' : 'articles'}`;
}
