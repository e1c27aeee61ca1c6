import * as chrono from 'chrono-node';

// A fixed reference keeps the reading free of the clock; a year the words leave out stays uncertain.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * A Russian publication stamp's date ("15 октября 2017, 17:41", "6 марта 2009 г.", "11.03.2009 14:20"), read by
 * chrono-node's Russian parser, when it fixes a day and a month. English readers find no day in such a line
 * (chrono's English parser takes the time alone), so the stamp is read here first of the other languages.
 */
export function russianDate(text: string): chrono.ParsedResult | undefined {
  if (!/\p{Script=Cyrillic}|^\s*\d{1,2}\.\d{1,2}\.\d{4}/u.test(text)) return undefined;
  const found = chrono.ru.parse(text, REFERENCE).find((result) => result.start.isCertain('day'));
  return found?.start.isCertain('month') ? found : undefined;
}

/** Words that label a Russian date stamp ("обновлено 15 октября 2017, 19:14", "опубликовано:", "дата публикации"). */
const LABELS = /^(?:обновлено|опубликовано|изменено|дата|публикации|обновления|размещено|г\.?|года|\.)$/iu;

/** Whether a word left beside a date is one of the Russian stamp's labels. */
export function isRussianDateLabel(word: string): boolean {
  return LABELS.test(word);
}

/**
 * Whether a numeric date is written with dots ("11.03.2009", or "09:11 10.09.2016" after the time a stamp prints
 * first): day first wherever it is printed (Russian, German, and every other usage that dots dates; US month-first
 * dates use slashes), so it has no month-first reading.
 */
export function isDotted(text: string): boolean {
  return /^(?:\d{1,2}:\d{2}\s+)?\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text.trim());
}
