import { headline } from './headlines.ts';
import { castByYear, diplomats, type Person } from './people.ts';
import { createRandom, type Random } from './random.ts';
import { AGENCIES, type DateStyle, footerLines, OUTLETS, type Outlet } from './seed-outlets.ts';
import { writer } from './seed-prose.ts';
import { iso, randomDay, randomThemes, type Theme } from './timeline.ts';
import { PLACES, TOPICS } from './vocabulary.ts';

/** A raw seed as an editor saves it in `seeds/`: its file name and its text. */
export interface GeneratedSeed {
  /** `NNNN_<16 hex>.txt`, numbered from 0000 in order, like the archive's seeds. */
  file: string;
  text: string;
  /** The story's day, `2009-03-06`: what an editor would find for a seed whose text does not give it. */
  day: string;
  /** Whether the text prints the day with its year; when not, the ingest warns and an editor supplies `day`. */
  dated: boolean;
}

/** How likely an article is to carry no date at all, whatever its outlet (the archive's seeds 000 and 004). */
const UNDATED = 0.1;

/** How likely a first paragraph is to open with a dateline ("MOSCOW -") where the date style gives none. */
const DATELINED = 0.6;

/**
 * How likely an article is to be a long report rather than a news item: of the 39 texts of the archive's seeds and its
 * evaluation set's development split, two run to 841 and 1,273 words, the others to 112–400 (median 306).
 */
const LONG = 0.05;

/**
 * How many paragraphs follow the lead, at about 25 words each with the outlets' furniture around them: a news item's
 * (about 170–400 words in all, as the archive's), and a long report's (about 800–1,300).
 */
const ITEM_PARAGRAPHS: [number, number] = [5, 15];
const LONG_PARAGRAPHS: [number, number] = [35, 55];

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** The months as AP style abbreviates them in datelines ("Sept. 30"). */
const AP_MONTHS = 'Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date line an outlet prints, or the dateline that opens the first paragraph (`agency` style). */
function dateParts(random: Random, style: DateStyle, day: number, agency: string) {
  const date = new Date(day);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  const time = `${pad(random.int(6, 23))}:${pad(random.int(0, 59))}`;
  const place = random.pick(PLACES);
  switch (style) {
    case 'stamp':
      return { line: `${pad(d)}/${pad(m + 1)}/${y} ${time}${random.chance(0.5) ? ' by admin' : ''}` };
    case 'updated':
      return { line: `Updated: ${y}-${pad(m + 1)}-${pad(d)} ${time}` };
    case 'long':
      return { line: random.chance(0.5) ? `${MONTHS[m]} ${d}, ${y}` : `${d} ${MONTHS[m]} ${y} ${time}` };
    case 'agency':
      return { dateline: `${place.toUpperCase()}, ${AP_MONTHS[m]} ${d} (${agency}) -` };
    case 'none':
      return {};
  }
}

/** A dateline without a date, for outlets that print the date above the article. */
function plainDateline(random: Random, agency: string): string {
  const place = random.pick(PLACES);
  return random.pick([`${place.toUpperCase()} -`, `${place}:`, `${place.toUpperCase()}, (${agency}) -`]);
}

/** Title case as some outlets print headlines: words of four letters or more capitalised. */
const titleCased = (title: string) =>
  title.replace(/\b([a-z])([a-z]{3,})/g, (_, a: string, b: string) => a.toUpperCase() + b);

/** What one article is about and who is in it. */
interface Story {
  day: number;
  themes: Theme[];
  title: string;
  lead: string[];
  people: Person[];
  topic: string;
}

/**
 * One article's body: a lead, then paragraphs of quotations and background in a seeded order, as many as a news item
 * has or, now and then, a long report (`LONG`).
 */
function paragraphs(random: Random, story: Story, person: () => Person, agency: string): string[] {
  const [lead = '', restated] = story.lead;
  const speakers = story.people.length > 0 ? story.people : [person()];
  const write = writer(random, story.themes, story.topic, agency);
  const [min, max] = random.chance(LONG) ? LONG_PARAGRAPHS : ITEM_PARAGRAPHS;
  const rest = Array.from({ length: random.int(min, max) }, (_, i) => {
    if (i === 1 && restated) return restated;
    return random.chance(0.45) ? write.quotation(random.pick(speakers)) : write.background();
  });
  return [lead, ...rest];
}

/** A story for a day of the chronology: its themes, a headline with two tellings of it, the people named. */
function story(random: Random, person: (year: number) => Person): Story {
  const { day, themes: suggested } = randomDay(random);
  const themes = randomThemes(random, day, suggested);
  const year = new Date(day).getUTCFullYear();
  const told = headline(random, { themes, year, witnesses: 2, person: () => person(year) });
  const topic = themes[0] ? random.pick(TOPICS[themes[0]]) : random.pick(TOPICS.none);
  return { day, themes, title: told.title, lead: told.sentences, people: told.people, topic };
}

/** One seed's text: the outlet's header, the headline, date line and byline, the body, then its furniture. */
function article(random: Random, outlet: Outlet, told: Story, others: string[], person: () => Person) {
  const agency = random.pick(AGENCIES);
  const style = random.chance(UNDATED) ? 'none' : outlet.date;
  const { line, dateline } = dateParts(random, style, told.day, agency);
  const byline = random.chance(outlet.byline) ? `By ${person().name}` : undefined;
  const body = paragraphs(random, told, person, agency);
  const opening = dateline ?? (random.chance(DATELINED) ? plainDateline(random, agency) : undefined);
  if (opening) body[0] = `${opening} ${body[0]}`;
  const title = outlet.titleCase ? titleCased(told.title) : told.title;
  const head = [...outlet.header, title, ...(line ? [line] : []), ...(byline ? [byline] : [])];
  const footer = outlet.footers.flatMap((kind) => footerLines(kind, others));
  return { text: [...head, ...body, ...footer].join(outlet.blankLines ? '\n\n' : '\n'), dated: line !== undefined };
}

/**
 * `count` raw news articles about Russia–US diplomacy as an editor would paste them into `seeds/`, each from one
 * of twelve made-up outlets with its own page furniture and date style; the same `seed` gives the same seeds.
 */
export function generateSeeds(count: number, seed = 1): GeneratedSeed[] {
  const random = createRandom(seed);
  const cast = castByYear(diplomats(random));
  const person = (year: number) => random.weighted(cast.get(year) ?? []);
  return Array.from({ length: count }, (_, i) => {
    const told = story(random, person);
    const year = new Date(told.day).getUTCFullYear();
    const others = Array.from({ length: random.int(3, 6) }, () => story(random, person).title);
    const { text, dated } = article(random, random.pick(OUTLETS), told, others, () => person(year));
    const hex = Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join('');
    return { file: `${pad(i, 4)}_${hex}.txt`, text, day: iso(told.day), dated };
  });
}
