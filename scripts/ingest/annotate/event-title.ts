import nlp from 'compromise';
import { memoise } from '../text/memo.ts';

/** The longest title, in characters: a headline, not a sentence (the issue's "under about 80"). */
export const TITLE_MAX = 80;

/** Words that open a sentence without saying what happened. */
const FILLER =
  /^(?:(?:moreover|however|meanwhile|also|earlier|later|then|in turn|in addition|as a result|according to \w+),?\s+)+/i;
/** Words inside a sentence that a headline drops. */
const INSIDE = /,?\s+(?:also|in turn|however|meanwhile),?(?=\s)/gi;
/** A job before a name ("Russian Foreign Minister", "U.S. Secretary of State"): a headline names the person alone. */
const ROLE =
  /\b(?:(?:U\.?S\.?|US|Russian|American|Iranian|Syrian|Iraqi|British|French|Chinese|UN|[A-Z][a-z]+)\s+)*(?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Interior|Assistant|Under)\s+)*(?:President|Minister|Secretary(?:-General)?(?:\s+of\s+State)?|Ambassador|Senator|Envoy|Spokesman|Spokeswoman|Chancellor|Premier|Director|Chairman|Counterpart)\s+(?:of\s+[A-Z][a-z]+\s+)?(?=[A-Z])/g;
/** Names a headline shortens. */
const SHORT: [RegExp, string][] = [
  [/\bthe United States\b/g, 'the US'],
  [/\bUnited States\b/g, 'US'],
  [/\bU\.S\.(?=\s|$)/g, 'US'],
  [/\bthe United Nations\b/g, 'the UN'],
  [/\bUnited Nations\b/g, 'UN'],
];
/** Where a long title may end: before one of these words, the rest being detail. */
const BOUNDARY =
  /\s(?=(?:in|on|at|for|with|about|by|after|during|amid|over|under|from|to|as|which|who|that|while|because|when|and|but)\s)|,\s/g;

/**
 * A short headline of what happened, made from the sentence that dates it: the clause holding the date
 * (`date` gives its offsets in the sentence), with its subject when the clause is a relative one ("Burns, who
 * arrived in Moscow on Tuesday" → "Burns arrives in Moscow"); the date itself, opening fillers and people's jobs
 * left out; the first past-tense verb put in the present, as headlines have it (compromise conjugates it); and,
 * when still longer than `TITLE_MAX`, cut at the last phrase boundary that keeps a verb, never mid-phrase, never
 * with an ellipsis. A proposal: content/editorial/events.yaml retitles what it gets wrong.
 */
export function eventTitle(
  full: string,
  at: { start: number; end: number },
  others: { start: number; end: number }[] = [],
): string {
  const window = around(full, at, others);
  const { sentence, date } = withoutDates(window.text, window.date, window.others);
  const named = possessed(sentence, date);
  if (named) return named;
  const said = quoted(sentence);
  if (said) return said;
  const clause = dateClause(sentence, date) ?? sentence;
  let text = clause
    .replace(FILLER, '')
    .replace(INSIDE, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(ROLE, '');
  for (const [pattern, short] of SHORT) text = text.replace(pattern, short);
  text = presentOnce(
    text
      .replace(/\s+/g, ' ')
      .replace(/[\s,;:.]+$/, '')
      .trim(),
  );
  text = fitTitleOnce(text);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A span of the sentence: `start` inclusive, `end` exclusive. */
interface Span {
  start: number;
  end: number;
}

/**
 * The most characters of a sentence a title is made from, around its date. A headline comes from a clause, and a
 * "sentence" of a text whose punctuation was lost can run to megabytes, where the clause patterns below would take
 * quadratic time.
 */
const WINDOW = 400;

/** The sentence, or the `WINDOW` characters around the date cut at spaces, with the spans moved to match. */
function around(sentence: string, date: Span, others: Span[]): { text: string; date: Span; others: Span[] } {
  if (sentence.length <= WINDOW) return { text: sentence, date, others };
  const left = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, date.start - WINDOW / 2)));
  const right = sentence.indexOf(' ', Math.min(sentence.length, date.end + WINDOW / 2));
  const end = right === -1 ? sentence.length : right;
  const shift = (span: Span) => ({ start: span.start - left, end: span.end - left });
  return {
    text: sentence.slice(left, end),
    date: shift(date),
    others: others.filter((span) => span.start >= left && span.end <= end).map(shift),
  };
}

/**
 * The sentence without its other date expressions and their prepositions, and the date's new place in it. A date in
 * a quotation or before a possessive ("Monday's meeting") stays: it is part of what was said or named.
 */
function withoutDates(sentence: string, date: Span, others: Span[]): { sentence: string; date: Span } {
  const quote = QUOTE.exec(sentence);
  const inQuote = (span: Span) =>
    quote !== null && span.start >= quote.index && span.end <= quote.index + quote[0].length;
  const removable = others.filter(
    (each) =>
      (each.end <= date.start || each.start >= date.end) &&
      !inQuote(each) &&
      !/^['’]s\b/.test(sentence.slice(each.end)),
  );
  let text = sentence;
  let moved = date;
  for (const other of removable.sort((a, b) => b.start - a.start)) {
    const lead = DATE_LEAD.exec(text.slice(0, other.start))?.[0].length ?? 0;
    const from = other.start - lead;
    text = `${text.slice(0, from)}${text.slice(other.end)}`;
    const gone = other.end - from;
    if (other.end <= moved.start) moved = { start: moved.start - gone, end: moved.end - gone };
  }
  return { sentence: text, date: moved };
}

/** The words before a date expression that go with it: "on", "less than a month after", "the". */
const DATE_LEAD = /(?:\s*(?:(?:less than\s+)?(?:on|in|at|by|since|during|from|until|last|next)\s+)?(?:the\s+)?)$/i;

/**
 * An event named by a possessive date ("Monday's meeting between Russian President Vladimir Putin and his US
 * counterpart Barack Obama") as its noun phrase: "Meeting between Vladimir Putin and Barack Obama". Undefined
 * when the date is no possessive or its phrase is a single word.
 */
function possessed(sentence: string, date: { start: number; end: number }): string | undefined {
  if (!/^['’]s\s/.test(sentence.slice(date.end))) return undefined;
  const rest = sentence.slice(date.end + 3);
  const terms = (nlp(rest).json({ offset: true }) as { terms: Term[] }[]).flatMap((each) => each.terms);
  const verb = terms.find((term, i) => i > 0 && term.tags.includes('Verb') && /^[\p{L}-]+$/u.test(term.text));
  // "Thursday's talks called on…" is told by its clause; only a phrase that stands alone or is described ("…
  // meeting) was constructive") is the event itself.
  if (verb && !/^(?:was|were|is|are)$/i.test(verb.text) && !/[)\]"”]/.test(rest.slice(0, verb.offset.start))) {
    return undefined;
  }
  const phrase = rest
    .slice(0, verb?.offset.start ?? rest.length)
    .split(/[)\]"”,;]/)[0]
    ?.replace(/\b(?:his|her|their|its)\s+/g, '')
    .replace(ROLE, '')
    .trim();
  if (!phrase || phrase.split(' ').length < 2) return undefined;
  let text = phrase;
  for (const [pattern, short] of SHORT) text = text.replace(pattern, short);
  text = fitTitle(text);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quotation and who said it, when the date is in the words that report it. */
const QUOTE = /["“]([^"”]{12,})["”]/;
const SPEAKER =
  /\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)\s+(?:as saying|said|says|told|added|stressed|stated)\b|\b(?:said|says|told|added)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)/;

/**
 * A sentence built on a quotation ("…," Lavrov said on Tuesday) as headlines give one: the speaker, a colon, the
 * words ("Lavrov: Monday's meeting … was a very constructive discussion"), brackets and trailing punctuation
 * taken out, cut to fit. Undefined when there is no quotation or no speaker is named.
 */
function quoted(sentence: string): string | undefined {
  const quote = QUOTE.exec(sentence);
  if (!quote) return undefined;
  const rest = `${sentence.slice(0, quote.index)} ${sentence.slice(quote.index + quote[0].length)}`;
  const speaker = SPEAKER.exec(rest.replace(ROLE, ''));
  const name = (speaker?.[1] ?? speaker?.[2])?.split(/\s+/).at(-1);
  if (!name || /^(?:The|He|She|They|It)$/.test(name)) return undefined;
  const words = (quote[1] ?? '').replace(/[()[\]]/g, '').replace(/[\s,;:.]+$/, '');
  return fitTitle(`${name}: ${words.charAt(0).toUpperCase()}${words.slice(1)}`);
}

/** The clause of the sentence that holds the date, with the date and its preposition taken out. */
function dateClause(sentence: string, date: { start: number; end: number }): string | undefined {
  const phrase =
    /(?:\s*,?\s*(?:(?:earlier|later|late|early)\s+)?(?:on|in|at|by|since|during|from|until)?\s*(?:the\s+)?)$/i;
  const before = sentence.slice(0, date.start).replace(phrase, ' ');
  const after = sentence.slice(date.end).replace(/^'s\b/, '');
  const bare = `${before}${after}`.replace(/\s+([,.;:])/g, '$1').replace(/^[\s,"“(]+|["”)]+$/g, '');
  const at = before.length;
  const relative = /^(.*?\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*),\s+(?:who|which)\s+/.exec(sentence.slice(0, date.start));
  if (relative?.[1]) {
    const tail = bare.slice(relative[0].length).split(/,\s/)[0] ?? '';
    return `${lastName(relative[1])} ${tail}`;
  }
  // "the first negotiations that took place on Friday": the noun the relative clause describes is its subject.
  const described =
    /\b((?:the|a|an|their|its|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that|which|who)\s+([^,;"“]*?)\s*$/i.exec(
      before,
    );
  if (described?.[1] && described[2] !== undefined) {
    return `${described[1]} ${described[2]} ${after.split(/[,;.]/)[0] ?? ''}`;
  }
  const clauses = splitClauses(bare);
  let start = 0;
  for (const [i, clause] of clauses.entries()) {
    const end = start + clause.length;
    // "…, Lavrov said Tuesday": the date is when it was said, and what was said is the event.
    if (at <= end) return i > 0 && ATTRIBUTION.test(clause) ? clauses[i - 1] : clause;
    start = end;
  }
  return clauses.at(-1);
}

/** A clause that only says who said something. */
const ATTRIBUTION =
  /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+|[\p{Ll}]+\s+){0,5}(?:said|says|told reporters|added|stated)[\s.,]*$/u;

/** A sentence cut where a clause of its own starts: "…, said X", "…, adding that …", a semicolon. */
function splitClauses(text: string): string[] {
  return text.split(
    /(?<=;\s|,\s(?=(?:said|adding|noting|saying|according|the \w+ said|\w+ said)\b))|\s+and\s+(?=(?:was|were|is|are|has|had|will|would)\b)/,
  );
}

/** The last proper name of a phrase ("Deputy Secretary William Burns" → "William Burns"). */
function lastName(phrase: string): string {
  return phrase.replace(ROLE, '').trim().split(/,\s*/).at(-1) ?? phrase;
}

/** `present` and `fitTitle` run compromise's tagger; a sentence with several dates asks them of one clause again. */
const presentOnce = memoise(present);
const fitTitleOnce = memoise(fitTitle);
/** A verb's forms by compromise, which articles ask of the same few verbs again and again. */
const conjugations = memoise((word: string) => nlp(word).verbs().conjugate()[0] as Record<string, string> | undefined);

/** A term as compromise describes it, with its offset in the text. */
interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The first past-tense verb in the present: "pledged" → "pledge" after a plural subject, "spoke" → "speaks". */
function present(text: string): string {
  const terms = (nlp(text).json({ offset: true }) as { terms: Term[] }[]).flatMap((sentence) => sentence.terms);
  const verb = terms.find((term) => term.tags.includes('PastTense') || /^(?:was|were)$/i.test(term.text));
  if (!verb) return text;
  const subject = text.slice(0, verb.offset.start);
  const plural = /\band\b|\b(?:both|two)\b/i.test(subject) || nlp(subject).terms().last().has('#Plural');
  const word = verb.text.toLowerCase();
  const forms = conjugations(word);
  const next =
    word === 'was' ? 'is' : word === 'were' ? 'are' : plural ? forms?.['Infinitive'] : forms?.['PresentTense'];
  if (!next) return text;
  return `${subject}${next}${text.slice(verb.offset.start + verb.offset.length)}`;
}

/**
 * The title within `TITLE_MAX`: first a long subject shortened to its head and its first phrase ("Monday's
 * meeting between Putin and his US counterpart Obama was…" → "Monday's meeting was…"), then, if still too long, cut
 * at the last phrase boundary that keeps a verb and three words.
 */
function fitTitle(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  const shorter = shortSubject(text);
  if (shorter.length <= TITLE_MAX) return shorter;
  return cut(shorter);
}

/**
 * A subject of more than six words shortened: cut before its second phrase (the head and what first describes
 * it), or, if that is still too long, before its first.
 */
function shortSubject(text: string): string {
  const terms = (nlp(text).json({ offset: true }) as { terms: Term[] }[]).flatMap((sentence) => sentence.terms);
  const verb = terms.find(
    (term, i) =>
      i > 0 &&
      term.tags.includes('Verb') &&
      !term.tags.includes('Gerund') &&
      !term.tags.includes('Participle') &&
      // compromise reads "Monday's" as "Monday is": a possessive is no verb.
      /^[\p{L}-]+$/u.test(term.text),
  );
  if (!verb) return text;
  const subject = text.slice(0, verb.offset.start).trim();
  if (subject.split(' ').length <= 6) return text;
  const predicate = text.slice(verb.offset.start);
  const heads = [
    /^(\S+(?:\s+\S+)*?\s(?:of|on|in|at|between|with|for|from)\s\S+(?:\s+\S+)*?)\s(?:of|on|in|at|between|with|for|from|and)\s/,
    /^(\S+(?:\s+\S+)*?)\s(?:of|on|in|at|between|with|for|from)\s/,
  ].flatMap((pattern) => pattern.exec(subject)?.[1] ?? []);
  const fitting = heads.map((head) => `${head} ${predicate}`).find((each) => each.length <= TITLE_MAX);
  return fitting ?? (heads.length > 0 ? `${heads.at(-1)} ${predicate}` : text);
}

/** The title cut at the last phrase boundary within `TITLE_MAX` that keeps a verb and three words. */
function cut(text: string): string {
  let best = '';
  for (const match of text.matchAll(BOUNDARY)) {
    const head = trimEnd(text.slice(0, match.index));
    if (head.length <= TITLE_MAX && head.split(' ').length >= 3 && nlp(head).has('#Verb')) best = head;
  }
  return trimEnd(best || text.slice(0, text.lastIndexOf(' ', TITLE_MAX)));
}

/** A cut title without the commas, conjunctions and articles left dangling at its end. */
function trimEnd(text: string): string {
  return text.replace(/(?:[\s,;:]+|\s+(?:and|or|but|of|to|the|a|an|by|in|on|at|with|that|as)\b)+$/i, '');
}
