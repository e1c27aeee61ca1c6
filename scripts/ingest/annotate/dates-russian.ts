import * as chrono from 'chrono-node';
import type { DateLanguage } from './dates.ts';

/** A whole Russian word: `\b` knows only ASCII letters, so word edges are written with `\p{L}`. */
function words(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, flags);
}

/**
 * Russian: chrono-node's `ru` parser ("6 марта", "11 марта 2009 года", "в понедельник", "вчера") and the words
 * around dates in Russian news. Russian marks the future with perfective verbs in the present form, which no short
 * list covers; these are the ones news uses of meetings and deadlines ("пройдут", "состоится", "истекает").
 */
export const RUSSIAN: DateLanguage = {
  parser: chrono.ru,
  future: words(
    'будет|будут|пройд[её]т|пройдут|состоится|состоятся|планиру[ею]т(?:ся)?|намерен[аы]?|ожида[ею]тся|предстоит|провед[её]т|проведут|встретятся|встретится|начн[её]тся|начнутся|истека[ею]т|следующ\\p{L}*|предстоящ\\p{L}*',
  ),
  notDates: /^(?:сейчас|теперь|сегодня вечером|сегодня утром)$/iu,
  unresolved: new RegExp(`^(?:сегодня|вчера|завтра)$|${words('недел\\p{L}*').source}`, 'iu'),
  relativeYear: /^\s+(этого|текущего|прошлого|следующего)\s+года(?![\p{L}])/iu,
  yearShift: (word) => ({ прошлого: -1, следующего: 1 })[word.toLowerCase() as 'прошлого' | 'следующего'] ?? 0,
  bareYear: /(?<![\p{L}])(?:в|с|со|до|к|после|от|по)\s+((?:1[89]|20)\d\d)(?=\s*(?:год|г\.|-м|-го))/giu,
  lead: /^(?:\s|[(["«„]|(?:в|во|на|к|до|с|со|от|по|утром|вечером)\s+)*/iu,
  endOf: words('конц[ае]'),
  last: /(?<![\p{L}])прошл\p{L}*\s+$/iu,
  next: /(?<![\p{L}])следующ\p{L}*\s+$/iu,
};
