/**
 * Who the reporter's words around a Russian quotation name (russian.ts reads where those words are): a person, "он"
 * or "она", a role ("министр", "глава МИД"), someone unnamed ("источник"), or an organisation.
 */

import { stem } from '../russian/forms.ts';
import type { Mention, Span } from '../spans.ts';

/** Stems of the roles "министр", "глава", "госсекретарь" may stand for a person named earlier. */
export const ROLES = new Set(
  [
    'министр',
    'замминистра',
    'заместитель',
    'глава',
    'президент',
    'госсекретарь',
    'представитель',
    'пресс-секретарь',
    'дипломат',
    'посол',
    'премьер',
    'канцлер',
    'генсек',
    'лидер',
    'руководитель',
    'политик',
  ].map(stem),
);
/** Stems of words for a speaker the text does not name: "источник", "репортер CNN", "эксперт". */
export const UNNAMED = new Set(
  ['источник', 'собеседник', 'репортер', 'корреспондент', 'журналист', 'эксперт', 'аналитик', 'наблюдатель'].map(stem),
);
export const PRONOUNS = /^(?:он|она)$/i;

/** Possessive pronouns before a noun of speech: "по его словам", "по ее мнению". */
export const POSSESSIVES = /^(?:его|ее|её)$/i;

/**
 * Words that name one country, as a noun, an acronym or an adjective: a role "российский лидер" shares the country of
 * a title "президент РФ". Each word's stem is read as its group's first word.
 */
const COUNTRIES = [
  ['россия', 'российский', 'рф', 'русский'],
  ['сша', 'америка', 'американский', 'штаты'],
];
const COUNTRY_OF = new Map(COUNTRIES.flatMap((group) => group.map((word) => [stem(word), stem(group[0] ?? '')])));

/** The stems a country's words are read as (`titleStem`). */
const COUNTRY_STEMS = new Set(COUNTRY_OF.values());

/** A title word's stem, a country's words read as one. */
function titleStem(word: string): string {
  const stemmed = stem(word);
  return COUNTRY_OF.get(stemmed) ?? stemmed;
}
/** Sentences back that "он" may reach. */
const PRONOUN_REACH = 3;
/** Sentences back that "министр" may reach: a title narrows the choice, so it may reach further. */
const ROLE_REACH = 8;

/** Someone who spoke (`said`) or was a sentence's subject, in a sentence counted through the article. */
export interface Event {
  sentence: number;
  speaker: string;
  said: boolean;
}

/** An article prepared for attribution: its blocks, with quotations masked, its possible speakers, who has spoken. */
export interface Context {
  blocks: string[];
  masked: string[];
  people: Mention[];
  speakers: Mention[];
  titles: Map<string, Set<string>>;
  events: Event[];
}

/**
 * A speaker (undefined when the words name someone unknown: "источник", "репортер CNN"), the words naming them,
 * and whether they are only the owner of the words (`высказываниями госсекретаря`) rather than a sentence's
 * speaker, whom a later "он" may mean.
 */
export type Found = [string | undefined, Span | undefined, boolean?];

/**
 * Who the words of a stretch name: a person; else "он"/"она"; else a role, through {@link byRole}; else someone
 * unnamed ("источник", "корреспондент"); else an organisation ("говорится в заявлении МИД"). Undefined when they name
 * no one.
 */
export function named(
  context: Context,
  block: number,
  start: number,
  end: number,
  sentence: number,
): Found | undefined {
  const inside = (m: Mention) => m.block === block && m.start >= start && m.end <= end;
  const person = context.people.find(inside);
  if (person) return [person.id, spanOf(person)];
  const organisation = context.speakers.find(inside);
  const text = context.masked[block] ?? '';
  for (const word of text.slice(start, end).matchAll(/[\p{L}-]+/gu)) {
    const span = { block, start: start + word.index, end: start + word.index + word[0].length };
    const stemmed = stem(word[0]);
    if (PRONOUNS.test(word[0]) || POSSESSIVES.test(word[0])) return [recent(context, sentence, PRONOUN_REACH), span];
    if (ROLES.has(stemmed)) return [byRole(context, text.slice(start, end), sentence, !organisation), span];
    if (UNNAMED.has(stemmed)) return [undefined, span];
  }
  return organisation ? [organisation.id, spanOf(organisation)] : undefined;
}

function recent(context: Context, sentence: number, reach: number): string | undefined {
  const event = context.events.findLast((candidate) => sentence - candidate.sentence <= reach);
  return event?.speaker;
}

/** The recent person whose title words share a stem with the role phrase, else the only person recently named. */
function byRole(context: Context, phrase: string, sentence: number, alone: boolean): string | undefined {
  const wanted = (phrase.match(/[\p{L}-]+/gu) ?? []).map(titleStem);
  const recentIds = [
    ...new Set(
      context.events
        .filter((event) => sentence - event.sentence <= ROLE_REACH)
        .map((event) => event.speaker)
        .reverse(),
    ),
  ].filter((id) => context.people.some((m) => m.id === id));
  // "президент США" is not someone whose title names another country ("президент России").
  const countries = (words: Iterable<string>) => [...words].filter((word) => COUNTRY_STEMS.has(word));
  const named = countries(wanted);
  const elsewhere = (id: string) => {
    const own = countries(context.titles.get(id) ?? []);
    return named.length > 0 && own.length > 0 && !own.some((country) => named.includes(country));
  };
  const scored = recentIds
    .filter((id) => !elsewhere(id))
    .map((id) => ({ id, score: wanted.filter((word) => context.titles.get(id)?.has(word)).length }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored[0]) return scored[0].id;
  const fitting = recentIds.filter((id) => !elsewhere(id));
  return alone && recentIds.length === 1 && fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * Each person's title stems: the words just before their mentions, back to a punctuation mark (six at most) or to
 * another person's name, which ends the title before it ("главы МИД РФ Сергея Лаврова и госсекретаря США Хиллари
 * Клинтон": Clinton's title is "госсекретаря США", not Lavrov's "РФ").
 */
export function titles(masked: string[], mentions: Mention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const people = mentions.filter((m) => m.kind === 'person');
  for (const mention of people) {
    const previous = people.findLast((m) => m.block === mention.block && m.end <= mention.start)?.end ?? 0;
    const before = (masked[mention.block] ?? '').slice(Math.max(0, previous, mention.start - 80), mention.start);
    const clause = before.split(/[.,;:!?«»"()—–]/u).at(-1) ?? '';
    const words = (clause.match(/[\p{L}-]+/gu) ?? []).slice(-6);
    const set = out.get(mention.id) ?? new Set<string>();
    for (const word of words) set.add(titleStem(word));
    out.set(mention.id, set);
  }
  return out;
}

export function spanOf(mention: Mention): Span {
  return { block: mention.block, start: mention.start, end: mention.end };
}
