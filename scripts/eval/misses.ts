import type { DateOutcome } from './dates.ts';
import type { EventScore } from './events.ts';
import type { FieldName, FieldScore } from './fields.ts';
import type { Gold } from './gold.ts';
import type { NameMatch } from './people.ts';
import type { Prediction } from './prediction.ts';
import type { QuoteScore } from './quotes.ts';
import type { ThemeScore } from './themes.ts';

/** One thing the machine got wrong, in words a developer can act on. */
export interface Miss {
  article: string;
  /** Which measure it counts against. */
  measure: 'people' | 'quotes' | 'date' | 'themes' | 'events' | FieldName;
  expected: string;
  found: string;
}

/** The longest quotation excerpt a miss shows. */
const EXCERPT = 70;

const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);
const speaker = (name: string | null): string => name ?? 'no speaker';
const list = (ids: string[]): string => (ids.length > 0 ? ids.join(', ') : 'none');

/**
 * The event misses of one article as [expected, found]: gold events not paired (with the nearest event on
 * an agreeing date, if any), predicted events not paired, and pairs whose title is no headline or whose
 * themes differ.
 */
function eventMisses(score: EventScore | undefined): [string, string][] {
  const { missedEvents = [], extraEvents = [], pairs = [] } = score ?? {};
  return [
    ...missedEvents.map(({ gold, nearest }): [string, string] => [
      `${gold.date} ${gold.title}`,
      nearest
        ? `only ${nearest.predicted.edtf} “${excerpt(nearest.predicted.title)}” (${nearest.overlap.toFixed(2)} of the gold title’s words)`
        : 'no event on this date',
    ]),
    ...extraEvents.map(({ edtf, title }): [string, string] => ['no gold event', `${edtf} “${excerpt(title)}”`]),
    ...pairs.flatMap(({ gold, predicted, titleFault }): [string, string][] =>
      titleFault
        ? [[`a headline for ${gold.date} ${gold.title}`, `“${excerpt(predicted.title)}” (${titleFault})`]]
        : [],
    ),
    ...pairs.flatMap(({ gold, predicted, themesExact }): [string, string][] =>
      themesExact
        ? []
        : [[`themes of ${gold.date} ${gold.title}: ${list([...gold.themes].sort())}`, list(predicted.themes)]],
    ),
  ];
}

/** Every miss of one article, by measure: people, quotations, date, themes, events. */
export function listMisses(
  article: string,
  scores: {
    people: NameMatch;
    quotes: QuoteScore;
    date: DateOutcome;
    themes: ThemeScore;
    events: EventScore | undefined;
    fields: FieldScore;
  },
  gold: Gold,
  prediction: Prediction,
): Miss[] {
  const miss = (measure: Miss['measure'], expected: string, found: string): Miss => ({
    article,
    measure,
    expected,
    found,
  });
  const { people, quotes, date, themes, events, fields } = scores;
  const found = prediction.published ? `${prediction.published.edtf} (${prediction.published.provenance})` : 'no date';
  return [
    ...people.missedNames.map((name) => miss('people', name, 'not found')),
    ...people.extraNames.map((name) => miss('people', 'not in gold', name)),
    ...quotes.misses.map((quote) =>
      miss(
        'quotes',
        `“${excerpt(quote.start)}” by ${speaker(quote.speaker)}`,
        quote.found === undefined ? 'no quotation holds these words' : `by ${speaker(quote.found)}`,
      ),
    ),
    ...quotes.unmatched.map((quote) =>
      miss('quotes', 'no gold quotation', `${excerpt(quote.text)} by ${speaker(quote.speaker)}`),
    ),
    ...(date === 'exact' || date === 'none' ? [] : [miss('date', gold.published ?? 'no date stated', found)]),
    ...(themes.exact ? [] : [miss('themes', list([...gold.themes].sort()), list(prediction.themes))]),
    ...eventMisses(events).map(([expected, found]) => miss('events', expected, found)),
    ...fields.outcomes
      // A line on the page outside captions is listed once, as a `furniture` miss that says where it stands.
      .filter((outcome) => !outcome.right && outcome.field !== 'furniture apart')
      .map((outcome) => miss(outcome.field, outcome.expected, outcome.found)),
  ];
}
