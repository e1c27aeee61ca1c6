import { createHash } from 'node:crypto';
import type { Article } from '../schemas/article.ts';
import type { ChronologyFile } from '../schemas/chronology.ts';
import type { PeriodEvents } from './chronology/decades.ts';
import { eventView } from './chronology/publish.ts';
import { sliceChronology } from './chronology/slice.ts';

/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page that returns a `cacheKey` from
 * `getStaticPaths()` is copied from the last build, not rendered, when its key and the code it is made from
 * (Astro hashes the page's modules) are unchanged. A key must therefore change with every piece of data the page
 * shows. Article pages show their own entry and, through their facts, citations, witnesses and chronology links,
 * the archive's entities, events, stories, redirects and themes and other articles' headlines: their key is that
 * entry with a digest of all of those, so a typo fixed in one article's body or quotations re-renders that page
 * alone, while an entity's new description or a retitled article re-renders every article page, as it may show on
 * any. The archive-wide quotations (`quotes.json`) are left out: an article page shows its own, from its entry, and
 * no other's.
 * Listings, years, entity pages, the themes' pages, the chronology's pages of periods, its data files, drawings and
 * embed, and the bundled scripts give keys. Astro takes keys only from `getStaticPaths()`, so a page of a route without
 * parameters has none: the indexes, the home page, the chronology's first page, the embed page, the feed, the about,
 * search, 404 and robots.txt pages are rendered on every build.
 */

/**
 * A story's similarity as an article page states it (Witnesses.astro): a whole percentage. The page's key takes this,
 * not the exact figure, which changes with almost any edit to a witness of a large story.
 */
export function similarityPercent(similarity: number): number {
  return Math.round(similarity * 100);
}

/** A digest of the parts, in order. */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined')).update('\0');
  return hash.digest('hex');
}

/**
 * The digest of an object of the content (an event, an entity's or an article's data), made once per object however
 * many keys take it, and per form in which a key takes it (`form`, say without its evidence, made from the object
 * only when its digest is first asked for). The same events stand in the keys of the article pages, the chronology's
 * periods, its data files and its drawings, and were written out as JSON again for each: about 5 s of every build's
 * static paths at 5,000 generated articles (35,000 events). The content's objects are never changed once loaded.
 */
export function digestOf(value: object, form?: { name: string; of: (value: object) => unknown }): string {
  const name = form?.name ?? '';
  let byForm = digests.get(value);
  if (!byForm) {
    byForm = new Map();
    digests.set(value, byForm);
  }
  let digest = byForm.get(name);
  if (digest === undefined) {
    digest = pageKey(form ? form.of(value) : value);
    byForm.set(name, digest);
  }
  return digest;
}

const digests = new WeakMap<object, Map<string, string>>();

/** An entity as pages show it (`shownEntity`), as a form of `digestOf`. */
const SHOWN_ENTITY = { name: 'shown', of: (data: object) => shownEntity(data) };

/** The digest of an entity as a page shows it (`shownEntity`): its list of articles left out. */
export function shownEntityDigest(data: object): string {
  return digestOf(data, SHOWN_ENTITY);
}

/** The frontmatter a list of articles reads (`listedArticle`). */
export type ListedSource = Pick<Article, 'title' | 'titleSupplied' | 'published' | 'outlet' | 'agencies' | 'themes'>;

/** An article as a list of articles shows it (`listedArticle`): its themes by id, whose titles come from the themes. */
export type ListedArticle = Omit<ListedSource, 'themes'> & { themes: string[] };

/**
 * An article as a list of articles shows it (ArticleList.astro, which renders from this and nothing else, so that
 * the two cannot part): its headline, date, outlet, agencies and themes. A listing's key takes the articles it lists in
 * this form (`Shown.listed`), so an edit to an article's body, which changes its frontmatter's seed digest, paragraphs
 * and record of changes, does not re-render every list that names it: at 1,000 generated articles one such edit
 * re-rendered the pages of the 18 places its article named, unchanged, a seventh of a second each.
 */
export function listedArticle(data: ListedSource): ListedArticle {
  const { title, titleSupplied, published, outlet, agencies, themes } = data;
  return { title, titleSupplied, published, outlet, agencies, themes: themes.map((theme) => theme.id) };
}

/** An article's frontmatter as a list shows it (`listedArticle`), as a form of `digestOf`. */
const LISTED = { name: 'listed', of: (data: object) => listedArticle(data as ListedSource) };

/** What an article page reads of an article: the minimal shape of an `articles` collection entry. */
export interface KeyedArticle {
  id: string;
  data: {
    title: string;
    outlet?: { value: string } | null | undefined;
    mentions: { id: string }[];
    themes: { id: string }[];
  };
  /** The entities the article's annotations name, by id (the articles loader's `rendered.metadata.named`). */
  named?: readonly string[] | undefined;
  /** The digest the articles loader made of the article's file and all its HTML depends on. */
  digest?: string | number | undefined;
}

/** What an article page reads of the archive beside its own entry (see `articleKeys`). */
export interface ArticleKeyInputs<A extends KeyedArticle> {
  articles: A[];
  /** Every entity by id, as the collection gives it; its `articles` (where it is mentioned) is not shown. */
  entities: { id: string; data: object }[];
  /** Themes by id, each read whole: an article page shows its themes' titles and descriptions. */
  themes: { id: string; data: object }[];
  /** Stories: an article page names the other witnesses of its own, and their similarity as a percentage. */
  stories: { id: string; data: { witnesses: { slug: string }[]; similarity?: number } }[];
  /** The published chronology's events: an article page links each event it is evidence for, at its row. */
  events: { id: string; evidence: { article: string }[] }[];
  /** Where each event's row is (src/lib/chronology/site.ts). */
  rowPath: (id: string) => string;
}

/**
 * One key for each article page (by the article's id), made of exactly what that page shows: its entry (frontmatter,
 * and the digest of its HTML, which the articles loader makes of the whole file, body included, the entities it names
 * and the code that renders it: src/lib/article-loader.ts); the entities it mentions, as the annotations, the facts and the metadata show them (name, kind,
 * description, roles, Wikidata), without the list of the articles that mention them, which changes with every other
 * article; its themes; its story and the headlines and outlets of that story's other witnesses; and the chronology's
 * events it is evidence for, with the addresses of their rows. A typo fixed in one article changes that page's key
 * alone, even where it changes archive-wide files (entities' article lists, events' evidence, quotations); a new
 * description of a place changes the keys of the pages that mention that place.
 */
export function articleKeys<A extends KeyedArticle>(inputs: ArticleKeyInputs<A>): Map<string, string> {
  // Entities, themes and events stand in the keys by digests made once each, not written out again for every article
  // that names them (seconds of a build at 5,000 articles).
  const entities = new Map(inputs.entities.map(({ id, data }) => [id, shownEntityDigest(data)]));
  const themes = new Map(inputs.themes.map(({ id, data }) => [id, digestOf(data)]));
  const heads = new Map(inputs.articles.map(({ id, data }) => [id, [data.title, data.outlet?.value ?? null]]));
  const storyOf = new Map<string, unknown>();
  for (const story of inputs.stories) {
    const witnesses = story.data.witnesses.map(({ slug }) => [slug, heads.get(slug) ?? null]);
    // The similarity as the page states it, a whole percentage, which an edit to one of a large story's witnesses
    // seldom changes; the exact figure would re-render every witness's page after almost any edit to one.
    const { similarity, ...rest } = story.data;
    const shown = [story.id, rest, similarity === undefined ? null : similarityPercent(similarity), witnesses];
    for (const { slug } of story.data.witnesses) storyOf.set(slug, shown);
  }
  const eventsOf = new Map<string, unknown[]>();
  for (const event of inputs.events) {
    const digest = pageKey(digestOf(event), inputs.rowPath(event.id));
    for (const article of new Set(event.evidence.map((witness) => witness.article))) {
      const list = eventsOf.get(article) ?? [];
      list.push(digest);
      eventsOf.set(article, list);
    }
  }
  const keys = new Map<string, string>();
  for (const article of inputs.articles) {
    // The body's annotations name entities by id; the frontmatter's mentions should list them all, and the ids
    // written in the body are added in case one is not there, so that no shown entity is left out of the key.
    const ids = new Set(article.data.mentions.map(({ id }) => id));
    for (const id of article.named ?? []) if (entities.has(id)) ids.add(id);
    keys.set(
      article.id,
      pageKey(
        article.id,
        article.data,
        article.digest ?? '',
        [...ids].sort().map((id) => [id, entities.get(id) ?? null]),
        article.data.themes.map((theme) => [theme.id, themes.get(theme.id) ?? null]),
        storyOf.get(article.id) ?? null,
        eventsOf.get(article.id) ?? [],
      ),
    );
  }
  return keys;
}

/**
 * An entity as a page or an annotation that names it shows it: everything but the list of the articles that mention
 * it, which changes whenever any of them does. The articles loader digests entities the same way.
 */
export function shownEntity(data: object): object {
  const { articles: _articles, ...rest } = data as { articles?: unknown };
  return rest;
}

/** What a listing's key is made from: the archive's collections, as its pages may show them. */
export interface ListingKeyInputs {
  articles: { id: string; data: object; digest?: string | number | undefined }[];
  stories: { id: string; data: { witnesses: { slug: string }[] } }[];
  themes: { id: string; data: object }[];
  entities: { id: string; data: object }[];
}

/** Which articles and entities a listing page shows, beside the data handed to it. */
export interface Shown {
  /** Shown with any of their frontmatter (a speaker's quotations name their witnesses' translations). */
  articles?: Iterable<string>;
  /** Shown as a list of articles shows them (`listedArticle`): most listings. */
  listed?: Iterable<string>;
  /** Shown with their text (a story's comparison), not only their frontmatter. */
  texts?: Iterable<string>;
  entities?: Iterable<string>;
}

/**
 * Keys for the pages that list articles, quotations or witnesses (a person's page, a speaker's quotations, a
 * story's comparison): each is made of the page's own data, the frontmatter of every article it lists (whole, or as
 * a list of articles shows it: `listedArticle`) with the story that article belongs to, the entities it names, and
 * the themes (whose titles lists show). So a retitled article re-renders the listings that name it and no other, a
 * typo fixed in its body only those that show more of it than a list does; a new article re-renders the listings it
 * joins, since their own data (a person's articles, a speaker's quotations) changes with it.
 */
export function listingKeys(inputs: ListingKeyInputs): (parts: unknown[], shown: Shown) => string {
  const articles = new Map(inputs.articles.map((article) => [article.id, article]));
  const storyOf = new Map(
    inputs.stories.flatMap((story) => story.data.witnesses.map((witness) => [witness.slug, story.id] as const)),
  );
  // Entities and themes stand in the keys by digests made once, not written out again for every page.
  const entities = new Map(inputs.entities.map(({ id, data }) => [id, digestOf(data)]));
  const themes = pageKey(inputs.themes.map(({ id, data }) => [id, digestOf(data)]));
  // An article's frontmatter is digested once per form, however many listings show it.
  const heads = new Map<string, string>();
  const head = (id: string, form?: typeof LISTED) => {
    const memo = `${form?.name ?? ''}\0${id}`;
    let digest = heads.get(memo);
    if (digest === undefined) {
      const data = articles.get(id)?.data;
      digest = pageKey(id, data ? digestOf(data, form) : null);
      heads.set(memo, digest);
    }
    return digest;
  };
  return (parts, shown) => {
    const listed = [...(shown.listed ?? [])];
    // A list of articles names a story only where it lists two of its witnesses, which it shows once, under a link
    // to the story (ArticleList.astro); an article alone in the list shows nothing of its story, whose id changes
    // whenever an edit changes which witness comes first.
    const inList = new Map<string, number>();
    for (const id of listed) {
      const story = storyOf.get(id);
      if (story !== undefined) inList.set(story, (inList.get(story) ?? 0) + 1);
    }
    const grouped = (id: string) => {
      const story = storyOf.get(id);
      return story !== undefined && (inList.get(story) ?? 0) > 1 ? story : null;
    };
    return pageKey(
      ...parts,
      [...(shown.articles ?? [])].map((id) => [head(id), storyOf.get(id) ?? null]),
      listed.map((id) => [head(id, LISTED), grouped(id)]),
      [...(shown.texts ?? [])].map((id) => [id, articles.get(id)?.digest ?? null]),
      [...(shown.entities ?? [])].map((id) => [id, entities.get(id) ?? null]),
      themes,
    );
  };
}

/** A page of a paginated list as its key needs it: where it is in the list, and the ids of what it holds. */
export function pageShape<P extends { data: unknown[] }>(page: P): unknown {
  const { data, ...place } = page;
  return [place, data.map((item) => (typeof item === 'object' && item && 'id' in item ? item.id : item))];
}

/**
 * Keys for the chronology's pages of periods (src/pages/chronology/[period].astro), in the order of `pages`: each is
 * made of what its page shows, the themes and people that its chart and table name, the period, the events its table
 * lists and the events its chart draws (`sliceChronology`: those of its years, and the undated ones). An edit to one
 * article's evidence re-renders the periods that show its events, not every period, as a key of the whole
 * chronology did.
 */
export function periodKeys(
  data: Pick<ChronologyFile, 'themes' | 'people' | 'events'>,
  pages: PeriodEvents[],
): string[] {
  const shared = pageKey(data.themes, data.people);
  const digestsOf = (events: object[]) => events.map((event) => digestOf(event));
  return pages.map(({ period, events }) =>
    pageKey(
      shared,
      period,
      digestsOf(events),
      period.from === undefined
        ? null
        : digestsOf(sliceChronology(data as ChronologyFile, { from: period.from, to: period.to }).events),
    ),
  );
}

const chronologyDigestsOf = new WeakMap<ChronologyFile, ChronologyDigests>();

type ChronologyEvent = ChronologyFile['events'][number];
/** An event as the charts load it (`chronologyView`, `eventView`): its evidence without sentences. */
const VIEWED = {
  name: 'viewed',
  of: (event: object) => eventView(event as ChronologyEvent),
};
/** An event as drawn: without its evidence. */
const DRAWN = {
  name: 'drawn',
  of: (event: object) => {
    const { evidence: _evidence, ...drawn } = event as ChronologyEvent;
    return drawn;
  },
};

/** Digests of the published chronology as the pages that show all of it show it (see `chronologyDigests`). */
export interface ChronologyDigests {
  /** Every field of every event: the data files. */
  whole: string;
  /** The events without their evidence sentences (`chronologyView`): the data the charts load. */
  view: string;
  /** The events without their evidence, which no chart or drawing shows: the drawings and the embed's frame. */
  drawn: string;
}

/**
 * Digests of the published chronology, made once per build, for the pages that show all of it (see
 * `ChronologyDigests`). An edit to an article that an event cites changes the evidence (its sentence, its paragraph's
 * address, its headline) and re-renders the data files, not the drawings, unless the event itself changes.
 */
export function chronologyDigests(data: ChronologyFile): ChronologyDigests {
  let digests = chronologyDigestsOf.get(data);
  if (!digests) {
    const { events, ...rest } = data;
    const each = (form?: Parameters<typeof digestOf>[1]) => events.map((event) => digestOf(event, form));
    digests = {
      whole: pageKey(rest, each()),
      view: pageKey(rest, each(VIEWED)),
      drawn: pageKey(rest, each(DRAWN)),
    };
    chronologyDigestsOf.set(data, digests);
  }
  return digests;
}
