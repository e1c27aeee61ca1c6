import { chronology } from '../../src/lib/chronology/order.ts';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import type { EventRecord } from '../../src/schemas/data.ts';
import { dateKey } from '../ingest/archive/events.ts';
import { type Headline, headline, TITLE_MAX } from './headlines.ts';
import { castByYear, diplomats, type Person } from './people.ts';
import { createRandom, type Random } from './random.ts';
import { edtfOf, iso, randomDay, randomThemes, type Theme } from './timeline.ts';

/** The shares of publications and editors' events, near the archive's 5 and 1 of 21; the rest are mentioned. */
const SHARES = { publication: 0.22, editorial: 0.04 };

/** How many articles witness an event, with its share: the archive has 19 events with one, 2 with two; three are kept rare. */
const WITNESSES = [
  [1, 85],
  [2, 11],
  [3, 4],
] as const;

/** Words a headline leaves in lower case: "Lavrov and Kerry Meet in Geneva on Syria". */
const MINOR = new Set(['a', 'an', 'and', 'against', 'at', 'by', 'for', 'in', 'of', 'on', 'over', 'the', 'to', 'with']);

/** An article of the generated archive: the witness of its publication and of the events it mentions. */
interface Article {
  slug: string;
  day: number;
  themes: Theme[];
  headline: Headline;
}

/** What every event is drawn with. */
interface Context {
  random: Random;
  /** Someone in the news on the day (ms since 1970), the prominent more often. */
  person: (day: number) => Person;
  articles: Article[];
  /** A fresh `<date key>-<6 base-36 characters>` id, never handed out before. */
  freshId: (key: string) => string;
}

/**
 * `count` chronology events as `content/data/events.json` holds them, in its order (by date, then id), for
 * benchmarks and scale tests: about 74% mentioned, 22% publications (`published-<slug>`, like the ingest's) and
 * 4% an editor's; dates 1991–2024 crowding around summits and crises; 400 people, each named only in their
 * years, the prominent far more often. The same `count` and `seed` (default 1) always give the same events.
 */
export function generateEvents(count: number, seed = 1): EventRecord[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`generateEvents: count must be a whole number of events, 0 or more; got ${count}.`);
  }
  const random = createRandom(seed);
  const cast = castByYear(diplomats(random));
  const person = (day: number) => random.weighted(cast.get(new Date(day).getUTCFullYear()) ?? []);
  const taken = new Set<string>();
  const freshId = (key: string): string => {
    let id = `${key}-${random.base36(6)}`;
    while (taken.has(id)) id = `${key}-${random.base36(6)}`;
    taken.add(id);
    return id;
  };
  const publications = Math.round(count * SHARES.publication);
  const editorial = Math.round(count * SHARES.editorial);
  const context = { random, person, articles: articles(random, person, Math.max(1, publications)), freshId };
  return chronology([
    ...context.articles.slice(0, publications).map((article) => publication(context, article)),
    ...Array.from({ length: count - publications }, (_, i) => dated(context, i < editorial)),
  ]);
}

/** `count` articles with headlines in title case and unique slugs, as the ingest makes them (src/lib/slug.ts). */
function articles(random: Random, person: Context['person'], count: number): Article[] {
  const drafts = Array.from({ length: count }, () => {
    const { day, themes: suggested } = randomDay(random);
    const themes = randomThemes(random, day, suggested);
    const year = new Date(day).getUTCFullYear();
    const max = TITLE_MAX - 'Published: '.length;
    const told = headline(random, { themes, year, witnesses: 0, person: () => person(day), max });
    const title = told.title
      .split(' ')
      .map((word, i) => (i > 0 && MINOR.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ');
    return { day, themes, headline: { ...told, title } };
  });
  const slugs = uniqueSlugs(drafts.map(({ day, headline }) => ({ title: headline.title, year: iso(day).slice(0, 4) })));
  return drafts.map((draft, i) => ({ ...draft, slug: slugs[i] ?? '' }));
}

/** An article's publication: its day, its headline's people and up to four more that it mentions. */
function publication({ random, person }: Context, article: Article): EventRecord {
  const others = Array.from({ length: random.int(0, 4) }, () => person(article.day));
  return {
    id: `published-${article.slug}`,
    aliases: [],
    edtf: iso(article.day),
    title: `Published: ${article.headline.title}`,
    kind: 'publication',
    themes: article.themes,
    people: [...new Set([...article.headline.people, ...others])].map(({ id }) => id),
    evidence: [{ article: article.slug }],
  };
}

/** An event the articles date (or, when `byEditor`, one an editor added), told by one to three of them. */
function dated({ random, person, articles, freshId }: Context, byEditor: boolean): EventRecord {
  const { day, themes: suggested } = randomDay(random);
  const themes = randomThemes(random, day, suggested);
  const witnesses = new Set<Article>();
  const wanted = Math.min(random.weighted(WITNESSES), articles.length);
  while (witnesses.size < wanted) witnesses.add(random.pick(articles));
  const told = headline(random, {
    themes,
    year: new Date(day).getUTCFullYear(),
    witnesses: wanted,
    person: () => person(day),
  });
  const edtf = edtfOf(day, random);
  const evidence = [...witnesses]
    .map((article, i) => ({ article: article.slug, paragraph: `p-${random.base36(6)}`, sentence: told.sentences[i] }))
    .sort((a, b) => a.article.localeCompare(b.article));
  // The ingest gives each witness's event an id and keeps the others as aliases; an editor names one event.
  const [id = '', ...aliases] = evidence.slice(0, byEditor ? 1 : undefined).map(() => freshId(dateKey(edtf)));
  return {
    id,
    aliases,
    edtf,
    title: told.title,
    kind: byEditor ? 'editorial' : 'mentioned',
    themes,
    people: told.people.map(({ id }) => id),
    evidence,
  };
}
