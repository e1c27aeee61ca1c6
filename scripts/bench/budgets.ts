import { MAX_SEED_BYTES } from '../ingest/read.ts';

/**
 * How heavy each type of page may be, in bytes of HTML as built (raw) and as a host sends it (gzip), whatever the
 * size of the archive. The size test (test/e2e/page-weight.test.ts) holds every page of the seed site to these, and
 * `npm run bench` prints the heaviest page of each type at 5,000 generated articles beside them.
 *
 * The figures start from what a page costs a reader on a slow phone connection: at 400 kbit/s (a congested 3G link)
 * 50 KB takes a second. A page the reader came for (an article, a story) may cost that; a list the reader scans to
 * go somewhere else should cost a fraction of it, so lists that grow with the archive are paginated or capped
 * (a page of 100 article entries is about 25 KB raw, 4 KB gzipped, measured on the generated archive). The raw
 * budget guards the browser's work (parsing, layout), the gzip budget the transfer. The site's chrome (header,
 * navigation, search box, footer) is about 3 KB raw.
 */
export interface Budget {
  /** The page type's name, as the test and the benchmark print it. */
  type: string;
  /** The addresses of the type, as paths from the site's root (`/articles/x/`); the first type that matches wins. */
  path: RegExp;
  /** The most bytes of HTML as built. */
  raw: number;
  /** The most bytes of that HTML gzipped (level 9, as `gzip -9`; hosts send about as much). */
  gzip: number;
}

const KB = 1024;

/** A path segment: an article's slug, a person's id, a theme's id. */
const ID = '[^/]+';
/** A page number Astro's `paginate()` adds after the first page: `/2/`, `/3/`. */
const PAGE = '(?:\\d+/)?';

const route = (pattern: string) => new RegExp(`^${pattern}$`);

/** The budgets, one per page type; every page the site builds must match one (the size test fails otherwise). */
export const BUDGETS: Budget[] = [
  // The front door: what the archive is, the themes, a compact chart (counted boxes, not every event), the ten latest.
  { type: 'home', path: route('/'), raw: 80 * KB, gzip: 16 * KB },
  // Years with their counts and the latest articles: grows by a line a year only.
  { type: 'articles index', path: route('/articles/'), raw: 60 * KB, gzip: 10 * KB },
  // One year's articles, 100 to a page (ARTICLES_PER_PAGE in src/lib/pages.ts).
  {
    type: 'articles of a year',
    path: route(`/articles/years/(?:\\d{4}|undated)/${PAGE}`),
    raw: 60 * KB,
    gzip: 10 * KB,
  },
  // Its whole text, since a reader came for it: the longest news features run to some 100 KB of text (read.ts), and
  // annotation roughly doubles the markup; gzipped it must leave room for the stylesheet and a font within the 100 KB
  // of a first load (issue 9, item 11; measured by the benchmark).
  { type: 'source view', path: route(`/articles/${ID}/source/`), ...sourceBudget() },
  { type: 'article', path: route(`/articles/${ID}/`), raw: 300 * KB, gzip: 60 * KB },
  // Every story with the outlets of its first ten witnesses: 29 stories at 5,000 generated articles.
  { type: 'stories', path: route('/stories/'), raw: 60 * KB, gzip: 10 * KB },
  // A story's witnesses side by side with their differences marked, five comparisons a page (COMPARISONS_PER_PAGE):
  // ten articles' plain text and the marks of their differences.
  { type: 'story', path: route(`/stories/${ID}/${PAGE}`), raw: 600 * KB, gzip: 100 * KB },
  { type: 'themes', path: route('/themes/'), raw: 40 * KB, gzip: 8 * KB },
  // Introduction, the theme's chart (counted boxes), a table of at most 200 events (TABLE_LIMIT), then capped lists.
  { type: 'theme', path: route(`/themes/${ID}/`), raw: 250 * KB, gzip: 40 * KB },
  { type: 'articles of a theme', path: route(`/themes/${ID}/articles/${PAGE}`), raw: 60 * KB, gzip: 10 * KB },
  // Everyone named, by surname: the generator's 400 diplomats and the names found automatically.
  { type: 'people index', path: route('/people/'), raw: 250 * KB, gzip: 30 * KB },
  // Offices, the five latest quotations, the latest articles; the rest on the pages below.
  { type: 'person', path: route(`/people/${ID}/`), raw: 60 * KB, gzip: 12 * KB },
  { type: 'articles of a person', path: route(`/people/${ID}/articles/${PAGE}`), raw: 60 * KB, gzip: 10 * KB },
  // Everyone quoted, with counts and years: a line a speaker.
  { type: 'quotes index', path: route('/quotes/'), raw: 150 * KB, gzip: 20 * KB },
  // One speaker's quotations, 50 to a page, each with every article that carries it.
  { type: "a speaker's quotes", path: route(`/quotes/${ID}/${PAGE}`), raw: 100 * KB, gzip: 16 * KB },
  // The chart and at most 200 rows of the table (decades.ts: about 0.11 KB gzipped a row, 22 KB for 200).
  { type: 'chronology', path: route('/chronology/'), raw: 300 * KB, gzip: 40 * KB },
  { type: 'chronology period', path: route(`/chronology/${ID}/`), raw: 300 * KB, gzip: 40 * KB },
  { type: 'search', path: route('/search/'), raw: 30 * KB, gzip: 8 * KB },
  { type: 'about', path: route('/about/'), raw: 60 * KB, gzip: 16 * KB },
  { type: '404', path: route('/404.html'), raw: 20 * KB, gzip: 6 * KB },
  // How to embed, with a live preview; and the iframe page, which is the whole chart drawn at build time. The chart
  // counts what it cannot draw apart (layout.ts), so it does not grow with the archive: 71.5 KB raw at 1,000
  // generated articles, 68.1 KB at 5,000 (npm run bench, November 2026).
  { type: 'embed', path: route('/embed/(?:chronology/)?'), raw: 120 * KB, gzip: 16 * KB },
  // An index of places, organisations and agreements, and one page each, shaped like people's.
  { type: 'places index', path: route(`/places/${PAGE}`), raw: 250 * KB, gzip: 30 * KB },
  { type: 'place', path: route(`/places/${ID}/`), raw: 60 * KB, gzip: 12 * KB },
  { type: 'articles of a place', path: route(`/places/${ID}/articles/${PAGE}`), raw: 60 * KB, gzip: 10 * KB },
  { type: 'organisations index', path: route(`/organisations/${PAGE}`), raw: 250 * KB, gzip: 30 * KB },
  { type: 'organisation', path: route(`/organisations/${ID}/`), raw: 60 * KB, gzip: 12 * KB },
  {
    type: 'articles of an organisation',
    path: route(`/organisations/${ID}/articles/${PAGE}`),
    raw: 60 * KB,
    gzip: 10 * KB,
  },
  // Agreements and resolutions have pages shaped like organisations' (src/components/EntityPage.astro), which list at
  // most the newest 50 articles (src/lib/entities.ts), so their budgets are the same.
  { type: 'agreements index', path: route(`/agreements/${PAGE}`), raw: 250 * KB, gzip: 30 * KB },
  { type: 'agreement', path: route(`/agreements/${ID}/`), raw: 60 * KB, gzip: 12 * KB },
];

/**
 * The source view shows a whole seed as received, with what cleaning removed marked in place, so it grows with the
 * seed and nothing else: a seed may have MAX_SEED_BYTES (2 MB, read.ts), HTML escaping and the marks of removals
 * add up to half again, and the chrome 20 KB. Text gzips to about a third; a third of the raw budget is allowed.
 */
function sourceBudget(): { raw: number; gzip: number } {
  const raw = Math.round(MAX_SEED_BYTES * 1.5) + 20 * KB;
  return { raw, gzip: Math.round(raw / 3) };
}

/** The address of a built HTML file from its path under dist/: `articles/x/index.html` is `/articles/x/`. */
export function pathOf(file: string): string {
  const posix = file.split('\\').join('/');
  return `/${posix.replace(/(?:^|\/)index\.html$/, (end) => (end.startsWith('/') ? '/' : ''))}`;
}

/** The budget of the page at `path` (`/articles/x/`), or undefined for a page no type describes. */
export function budgetOf(path: string): Budget | undefined {
  return BUDGETS.find((budget) => budget.path.test(path));
}
