import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';

/** What indexing a site did, for the build to print. */
export interface IndexReport {
  pages: number;
  /** The words of every page, counted once per page and summed. */
  words: number;
  language: string;
  /** The filters the pages declare, by name, with how many values each has. */
  filters: Record<string, number>;
}

/**
 * One index for every page, in English. Pagefind splits its index by `<html lang>` and searches only the
 * searcher's language, so a reader on this English site would never find the Russian-language article by
 * "Лавров". With one index every query reaches every page; its words are still indexed as written (Pagefind
 * stems only the forced language), so a Russian word is found in the form the text uses.
 */
export const SEARCH_LANGUAGE = 'en';

/**
 * How many pages are handed to Pagefind before the first is answered. Its service takes them in the order they were
 * sent, so the index is the one made one page at a time (`index-site.test.ts` holds the two equal, byte for byte); one
 * page at a time, the Node side and the service wait on each other for every page. The order itself matters: Pagefind
 * numbers pages as they come, so they are always given in the order of their paths.
 */
export const IN_FLIGHT = 8;

/**
 * Indexes the built site in `dir` with Pagefind's Node API and writes the index to `dir/pagefind/`. Only pages
 * that mark their text with `data-pagefind-body` are indexed (articles, and the pages of themes, people, places,
 * organisations and agreements); navigation, footers and editorial notes never are. Any error Pagefind reports stops the build with it.
 * `inFlight` pages are given to Pagefind at once (`IN_FLIGHT`).
 */
export async function indexSite(dir: string, { inFlight = IN_FLIGHT } = {}): Promise<IndexReport> {
  return startIndexing(dir, { inFlight }).finish();
}

/** An index being made while the site is still being built (`startIndexing`). */
export interface Indexing {
  /** Once `finish` has written the index: its pages, by path, in order (what a later build expects, `previous`). */
  pages: () => string[];
  /**
   * Says that the page at `path` (relative to the site's folder) will not change again: `written` by this build, or
   * `kept` from the last site, named before Astro writes anything.
   */
  offer: (path: string, how?: 'written' | 'kept') => void;
  /** Says that the page at `path` is one for search, named by a route of `routes` before Astro writes anything. */
  plan: (path: string) => void;
  /** Says that the route `route` has named all its pages for search (`plan`). */
  planned: (route: string) => void;
  /** Indexes every page not yet indexed, checks those that were, writes the index and reports. */
  finish: () => Promise<IndexReport>;
}

/** A page read while the site was built: its file's `signature` when it was read, and whether it is for search. */
interface Seen {
  signature: string;
  marked: boolean;
}

/** A page read for the index: its path relative to the site, as it was read. */
interface Taken extends Seen {
  path: string;
}

/**
 * Starts indexing the site in `dir` while it is still being built, and `finish` ends it once the site is built. The
 * index must be the one `indexSite` makes of the finished site, byte for byte: Pagefind numbers pages in the order it
 * is given them, so they must come in the order of their paths. What that order will be is said by the routes that
 * make the pages for search (`routes`, each naming its pages with `plan` and then saying `planned`, before any page
 * is written: src/lib/kept-pages.ts); until they all have, nothing is given, and if a page is written before (a
 * route that named nothing), the pages of the last build's index are taken instead (`previous`, its `pages()`). As
 * `offer` says that pages are final (the build offers each page the site says is kept, and each page once written),
 * Pagefind is given the longest run of them, in that order, whose pages are all final. At the end every page is
 * read, and if those given are the first pages for search of the finished site, unchanged, the rest follow; if not
 * (a page was added or marked before them, or changed after it was read), the pages given so far are dropped and the
 * whole site is indexed afresh. So the pages are indexed on the second core while Astro works, as far as the first
 * page in that order it has not yet written.
 * The other pages offered are read then too, to know which are for search, so that once the site is built a page
 * read already is only looked at (`signature`), not read again: 12,600 pages took 2.4 s to read at 5,000 articles.
 */
export function startIndexing(
  dir: string,
  {
    inFlight = IN_FLIGHT,
    previous = [],
    last,
    routes = [],
  }: { inFlight?: number; previous?: string[]; last?: string; routes?: readonly string[] } = {},
): Indexing {
  const started = pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  // Its failure is reported where the index is first needed.
  started.catch(() => undefined);
  const report: IndexReport = { pages: 0, words: 0, language: SEARCH_LANGUAGE, filters: {} };
  const values = new Map<string, Set<string>>();
  /** The order expected: the pages the routes name for search, or else the last index's pages, by path. */
  let expected: string[] = [];
  let expectedSet = new Set<string>();
  const previousSet = new Set(previous);
  /** The routes yet to name their pages for search, and the pages named so far; undefined once the order is known. */
  let planning: { routes: Set<string>; pages: Set<string> } | undefined =
    routes.length > 0 ? { routes: new Set(routes), pages: new Set() } : undefined;
  /** The pages offered, in the order they were; until the order is known, none is taken. */
  const final = new Set<string>();
  /** The pages read so far, in the order expected; those marked went to Pagefind in that order. */
  const taken: Taken[] = [];
  /** The other pages offered, read as they were offered. */
  const seen = new Map<string, Seen>();
  let failure: Error | undefined;
  /** The chain of pages handed to Pagefind, `inFlight` at most waiting at once. */
  const inFlightNow = new Set<Promise<void>>();

  const index = async () => {
    const { index: made, errors } = await started;
    if (!made) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return made;
  };
  /** Hands Pagefind one page; calls are made in the order pages are given, which Pagefind keeps. */
  const give = async (path: string, content: string): Promise<void> => {
    const made = await index();
    while (inFlightNow.size >= Math.max(1, inFlight)) await Promise.race(inFlightNow);
    const adding = made
      .addHTMLFile({ url: urlOf(path), content })
      .then((added) => {
        if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
        report.pages += 1;
        report.words += added.file.uniqueWords;
        for (const [name, value] of filtersIn(content)) values.set(name, (values.get(name) ?? new Set()).add(value));
      })
      .catch((error: Error) => {
        failure ??= error;
      });
    inFlightNow.add(adding);
    void adding.finally(() => inFlightNow.delete(adding));
  };
  /** One page after another, so that Pagefind is given them in order. */
  let chain: Promise<void> = Promise.resolve();
  let streaming = true;
  /** Reads and gives the expected pages that are final, from where the last run stopped. */
  const advance = () => {
    chain = chain.then(async () => {
      while (streaming && taken.length < expected.length && final.has(expected[taken.length] ?? '')) {
        const path = expected[taken.length] ?? '';
        const read = readPage(join(dir, path));
        if (!read) {
          streaming = false; // not there after all: `finish` sees that the order was not the expected one
          return;
        }
        taken.push({ path, signature: read.signature, marked: read.marked });
        if (read.marked) await give(path, read.content);
      }
    });
  };
  /**
   * The pages offered that the order does not expect, read one after another beside those given; but a page that is
   * the last site's own file (`last`, linked into this one: scripts/last-pages.ts) is what it was, and the last index
   * (`previous`) lists every page of the last site that was for search, so if it does not list it, it is not for
   * search and need not be read.
   */
  let reading: Promise<void> = Promise.resolve();
  const learn = (path: string) => {
    reading = reading.then(() => {
      if (!streaming || seen.has(path)) return;
      const kept =
        last === undefined || previousSet.has(path) ? undefined : lastSitesFile(join(dir, path), join(last, path));
      const read = kept === undefined ? readPage(join(dir, path)) : { signature: kept, marked: false };
      if (read) seen.set(path, { signature: read.signature, marked: read.marked });
    });
  };

  /** Takes a page that is final, once the order is known. */
  const take = (page: string) => {
    if (expectedSet.has(page)) advance();
    else if (page.endsWith('.html')) learn(page);
  };
  /** The order is known: the pages the routes named, if they all did, or else the last index's. */
  const expect = (pages: string[]) => {
    planning = undefined;
    expected = pages;
    expectedSet = new Set(pages);
    for (const page of final) take(page);
  };
  if (!planning) expect(previous);

  let order: string[] = [];
  return {
    pages: () => order,
    offer: (path, how = 'written') => {
      const page = normalise(path);
      final.add(page);
      // A page written before every route named its pages (files written before the pages, such as scripts and
      // styles, do not count): one of the routes names none, so their names are not the order.
      if (planning && how === 'written' && page.endsWith('.html')) expect(previous);
      if (!planning) take(page);
    },
    plan: (path) => {
      planning?.pages.add(normalise(path));
    },
    planned: (route) => {
      planning?.routes.delete(route);
      if (planning?.routes.size === 0) expect([...planning.pages].sort());
    },
    finish: async () => {
      try {
        if (planning) expect(previous);
        streaming = false;
        await chain;
        await reading;
        await Promise.all(inFlightNow);
        if (failure) throw failure;
        const given = taken.filter(({ marked }) => marked);
        const was = new Map(taken.map((page) => [page.path, page]));
        const pages: string[] = [];
        let inOrder = true;
        // Every page is looked at, in order: those given are checked, those read before are taken as read unless
        // their file changed since, and the rest are read; the pages for search not given follow those given.
        for (const file of htmlFiles(dir)) {
          const path = normalise(relative(dir, file));
          const now = signature(file);
          const before = was.get(path);
          was.delete(path);
          if (before !== undefined && now !== before.signature) inOrder = false;
          const known = before ?? seen.get(path);
          const content = known?.signature === now ? undefined : readFileSync(file, 'utf8');
          if (!(content === undefined ? known?.marked : isMarked(content))) continue;
          const at = pages.push(path) - 1;
          if (at < given.length) inOrder &&= given[at]?.path === path;
          else if (inOrder) await give(path, content ?? readFileSync(file, 'utf8'));
          if (!inOrder) break;
        }
        // A page given that the finished site does not have.
        if (was.size > 0) inOrder = false;
        if (!inOrder) {
          // The pages given so far are not the first of the finished site: start again from it, with nothing given.
          console.error(
            'search: the pages indexed during the build were not the first of the site; indexing it again.',
          );
          await Promise.all(inFlightNow);
          await (await index()).deleteIndex();
          await pagefind.close();
          const again = startIndexing(dir, { inFlight });
          const result = await again.finish();
          order = again.pages();
          return result;
        }
        if (expected.length > 0)
          console.log(`search: ${given.length} of ${pages.length} pages indexed while the site was built.`);
        order = pages;
        await Promise.all(inFlightNow);
        if (failure) throw failure;
        const written = await (await index()).writeFiles({ outputPath: join(dir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        report.filters = Object.fromEntries([...values].map(([name, set]) => [name, set.size]).sort());
        return report;
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Whether a page marks text for search; only those are indexed. */
function isMarked(content: string): boolean {
  return content.includes('data-pagefind-body');
}

/**
 * What a page's file is as the file system describes it: its inode, size, and times of change, to the nanosecond it
 * keeps. A file written again has new times (Astro writes each page once in a build, and sets a copied page's times
 * after copying it, before naming it: scripts/astro-pages.ts), so a page whose signature is unchanged is the page
 * read. Taken before the file is read, so that a write during the reading shows as a change.
 */
function signature(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The signature of `file` if it is the very file `lastFile` is (hard-linked from the last site); else undefined. */
function lastSitesFile(file: string, lastFile: string): string | undefined {
  try {
    const now = signature(file);
    return now === signature(lastFile) ? now : undefined;
  } catch {
    return undefined;
  }
}

/** A page's text, whether it is for search, and its signature from before it was read; undefined if it is not there. */
function readPage(file: string): (Seen & { content: string }) | undefined {
  try {
    const before = signature(file);
    const content = readFileSync(file, 'utf8');
    return { signature: before, marked: isMarked(content), content };
  } catch {
    return undefined;
  }
}

/** A path relative to the site's folder with `/` between its parts, and no leading `/`. */
function normalise(path: string): string {
  return path.split('\\').join('/').replace(/^\/+/, '');
}

/** Every `.html` file under a folder, in a stable order. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .sort()
    .map((name) => join(dir, name));
}

/** The address of a built file: `articles/x/index.html` → `/articles/x/`. */
function urlOf(path: string): string {
  return `/${path
    .split('\\')
    .join('/')
    .replace(/(?:^|\/)index\.html$/, '/')}`.replace(/\/+/g, '/');
}

/** The filters a page declares in `data-pagefind-filter="name:value"` attributes. */
function filtersIn(html: string): [string, string][] {
  return [...html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
}
