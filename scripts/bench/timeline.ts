import type { Random } from './random.ts';

/** The chronology's themes, as `content/themes/` names them. */
export const THEMES = ['iraq', 'syria', 'reset', 'iran'] as const;

/** One of the chronology's themes. */
export type Theme = (typeof THEMES)[number];

const DAY = 86_400_000;
const FIRST = Date.UTC(1991, 0, 1);
const LAST = Date.UTC(2024, 11, 31);

/**
 * Episodes the press covered day by day, so that events crowd around them as they do in the archive: the
 * middle day (from the record) and how many days either side the coverage runs, with the themes it is about.
 */
const EPISODES: { middle: number; days: number; themes: Theme[] }[] = [
  { middle: Date.UTC(1991, 11, 25), days: 20, themes: [] }, // the Soviet Union dissolves
  { middle: Date.UTC(1998, 11, 17), days: 10, themes: ['iraq'] }, // Operation Desert Fox
  { middle: Date.UTC(1999, 3, 15), days: 40, themes: [] }, // the Kosovo war
  { middle: Date.UTC(2001, 9, 15), days: 40, themes: [] }, // after 11 September
  { middle: Date.UTC(2003, 2, 10), days: 50, themes: ['iraq'] }, // the Iraq war
  { middle: Date.UTC(2003, 7, 7), days: 20, themes: ['iraq'] }, // post-war Iraq, Burns in Moscow
  { middle: Date.UTC(2006, 1, 20), days: 30, themes: ['iran'] }, // Iran's enrichment before the Security Council
  { middle: Date.UTC(2008, 7, 12), days: 12, themes: [] }, // the war in Georgia
  { middle: Date.UTC(2009, 2, 6), days: 10, themes: ['reset'] }, // Lavrov and Clinton press the button in Geneva
  { middle: Date.UTC(2009, 6, 7), days: 8, themes: ['reset'] }, // the Moscow summit
  { middle: Date.UTC(2010, 3, 8), days: 10, themes: ['reset', 'iran'] }, // New START signed in Prague
  { middle: Date.UTC(2013, 8, 14), days: 15, themes: ['syria'] }, // the chemical weapons framework
  { middle: Date.UTC(2014, 2, 10), days: 20, themes: [] }, // Crimea
  { middle: Date.UTC(2015, 6, 14), days: 12, themes: ['iran'] }, // the Iran nuclear deal
  { middle: Date.UTC(2015, 8, 30), days: 20, themes: ['syria'] }, // Russia's air campaign in Syria
  { middle: Date.UTC(2018, 6, 16), days: 7, themes: ['syria'] }, // the Helsinki summit
  { middle: Date.UTC(2021, 5, 16), days: 7, themes: ['reset'] }, // the Geneva summit
  { middle: Date.UTC(2022, 1, 24), days: 20, themes: [] }, // the invasion of Ukraine
];

/**
 * The share of events that fall in an episode; the rest spread evenly over 1991–2024. Chosen so that, in 5,000
 * events (seeds 1–3), the busiest months hold 15–18 times the median month's 7 and no year more than 6%.
 */
const IN_EPISODES = 0.35;

/** A day of the chronology, 1991–2024, as ms since 1970 (UTC midnight), with the themes its episode suggests. */
export function randomDay(random: Random): { day: number; themes: Theme[] } {
  if (!random.chance(IN_EPISODES)) return { day: FIRST + random.int(0, (LAST - FIRST) / DAY) * DAY, themes: [] };
  const episode = random.pick(EPISODES);
  // The sum of two even draws: most coverage near the middle day, thinning out towards the ends.
  const half = Math.ceil(episode.days / 2);
  const day = episode.middle + (random.int(-half, half) + random.int(-half, half)) * DAY;
  return { day: Math.min(LAST, Math.max(FIRST, day)), themes: episode.themes };
}

/** How likely each theme is in a year: each at its height when it led the news between Moscow and Washington. */
function themeWeights(year: number): [Theme, number][] {
  const era = (from: number, to: number, high: number, low: number) => (year >= from && year <= to ? high : low);
  return [
    ['iraq', era(2002, 2004, 4, year < 2012 ? 1 : 0.2)],
    ['syria', era(2011, 2019, 4, year > 2019 ? 1 : 0.2)],
    ['reset', era(2009, 2011, 4, 0.5)],
    ['iran', era(2002, 2015, 2, 0.5)],
  ];
}

/** How many themes an event has, with its share: near the archive's 2 events with none, 18 with one, 1 with two. */
const THEME_COUNTS = [
  [0, 15],
  [1, 70],
  [2, 15],
] as const;

/** An event's themes on a day: its episode's first (each 80% likely), then by how likely each is that year. */
export function randomThemes(random: Random, day: number, suggested: Theme[]): Theme[] {
  const count = random.weighted(THEME_COUNTS);
  const fromEpisode = random.shuffle(suggested).filter(() => random.chance(0.8));
  const themes = new Set(fromEpisode.slice(0, count));
  const weights = themeWeights(new Date(day).getUTCFullYear());
  while (themes.size < count) themes.add(random.weighted(weights.filter(([theme]) => !themes.has(theme))));
  return [...themes];
}

/** A day as EDTF: `2009-03-06`. */
export const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const month = (ms: number) => iso(ms).slice(0, 7);

/** The first day of the month `months` after the day's (negative: before). */
const addMonths = (ms: number, months: number) => {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
};

/**
 * The shapes of EDTF date the ingest writes, each with its share of events (of 100). Measured on the 48 events
 * of content/data/events.json and the evaluation's gold (test/eval/gold): 65% days, 15% months, 10% years, 10%
 * one-of-a-range sets, no approximate, uncertain or interval dates; those get a few percent each, so that every
 * path of a view meets them, and 1% leave out the year, as a text that gives only "April 2" does.
 */
const SHAPES: [(day: number, random: Random) => string, number][] = [
  [(day) => iso(day), 62],
  [(day) => month(day), 12],
  [(day) => iso(day).slice(0, 4), 6],
  [(day) => `${month(day)}~`, 4],
  [(day) => `${iso(day)}?`, 4],
  [(day, random) => rangeSet(day, random.int(1, 2)), 7],
  [(day, random) => interval(day, random.int(1, 3)), 4],
  [(day) => `XXXX${iso(day).slice(4)}`, 1],
];

/** One of `days + 1` consecutive days, kept within 2024: `[2003-08-07..2003-08-08]`. */
function rangeSet(day: number, days: number): string {
  const first = Math.min(day, LAST - days * DAY);
  return `[${iso(first)}..${iso(first + days * DAY)}]`;
}

/** The months from the day's to `months` later, kept within 2024: `2009-03/2009-05`. */
function interval(day: number, months: number): string {
  const first = Math.min(Date.UTC(2024, 11 - months, 1), day);
  return `${month(first)}/${month(addMonths(first, months))}`;
}

/** The day as one of the EDTF shapes the archive writes, in the shares `SHAPES` gives. */
export function edtfOf(day: number, random: Random): string {
  return random.weighted(SHAPES)(day, random);
}
