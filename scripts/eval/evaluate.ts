import { type DateOutcome, scoreDate } from './dates.ts';
import { type EventScore, scoreEvents } from './events.ts';
import { type FieldScore, scoreFields } from './fields.ts';
import type { Gold } from './gold.ts';
import { listMisses, type Miss } from './misses.ts';
import type { SameName } from './names.ts';
import { matchNames, type NameMatch } from './people.ts';
import type { Prediction } from './prediction.ts';
import { type QuoteScore, scoreQuotes } from './quotes.ts';
import { scoreThemes, type ThemeScore } from './themes.ts';

/** Every score for one evaluation article, and what it got wrong. */
export interface ArticleResult {
  /** The article's name, its file name without `.txt`. */
  article: string;
  people: NameMatch;
  quotes: QuoteScore;
  date: DateOutcome;
  themes: ThemeScore;
  /** Its chronology events against gold, or undefined when its gold has none written. */
  events: EventScore | undefined;
  /** Its headline, outlet, dateline and the rest, where its gold states them. */
  fields: FieldScore;
  misses: Miss[];
}

/** Scores one article's prediction against its gold answers. */
export function evaluateArticle(article: string, gold: Gold, prediction: Prediction, same: SameName): ArticleResult {
  const scores = {
    people: matchNames(gold.people, prediction.people, same),
    quotes: scoreQuotes(gold.quotes, prediction.quotations, same),
    date: scoreDate(gold.published, prediction.published),
    themes: scoreThemes(gold.themes, prediction.themes),
    events: gold.events && scoreEvents(gold.events, prediction.events),
    fields: scoreFields(gold, prediction),
  };
  return { article, ...scores, misses: listMisses(article, scores, gold, prediction) };
}
