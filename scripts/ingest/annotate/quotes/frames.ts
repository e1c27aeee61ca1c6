/**
 * Where an attribution is written: right after a quotation, before it in its sentence, at its sentence's end, or in
 * any sentence.
 */

import { isFunctionWord } from '../../text/english.ts';
import { type Antecedent, type AttributionText, mentionsIn, sentenceAround, sentenceOf } from './article.ts';
import {
  AS_SAYING,
  isSayingVerb,
  phraseAfter,
  quotedAsSaying,
  splitAtCommas,
  subjectBefore,
  withoutAdverbs,
} from './grammar.ts';
import { type Attribution, fromMention, lastSaid, namedBy } from './speakers.ts';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_OPENERS,
  isTitleWord,
  isWord,
  PERSON_ROLES,
  SAYING_PARTICIPLES,
  SPEECHES,
  type Token,
  tokens,
} from './text.ts';

/** How many words or marks may stand between a closing mark and its attribution's verb (`," a senior U.S. official said`). */
const ATTRIBUTION_REACH = 12;
/** How many words may follow the verb of a sentence that is nothing but an attribution (`Lavrov said on Monday.`). */
const BARE_TAIL = 5;
/** Words that make a quoted word a word being talked about or a name, not speech ("the word "overload"", "the show "…""). */
const TERM_NOUNS = new Set([
  'word',
  'words',
  'term',
  'phrase',
  'expression',
  'slogan',
  'so-called',
  'dubbed',
  // A quoted name after what it names is a title: the radio show "…", the newspaper "…", the operation "…".
  'show',
  'programme',
  'program',
  'newspaper',
  'magazine',
  'channel',
  'film',
  'book',
  'operation',
]);

/**
 * The attribution right after a quotation, from `from` (after its closing mark): `," Lavrov said`, `," said
 * Lavrov`, `" - said the Russian Minister`, `," Xinhua quoted Lavrov as saying`. When the quotation ended its
 * sentence (`bare`), only a sentence that is nothing but an attribution counts (`..." Lavrov said.`).
 */
export function attributionAfter(
  article: AttributionText,
  block: number,
  from: number,
  bare: boolean,
): Attribution | undefined {
  const { end, byQuotation } = frameEnd(article, block, from);
  if (bare && byQuotation) return undefined;
  const list = tokens(article.masked[block] ?? '', from, end);
  while (list[0] && !isWord(list[0])) list.shift();
  // `"…," according to Kerry.`; after a quotation that ended its sentence, "According to …" opens the next one.
  if (!bare && list[0]?.lower === 'according' && list[1]?.lower === 'to') {
    return namedBy(article, block, phraseAfter(list.slice(2)));
  }
  const resumes = resumesSpeech(article, block, from);
  const verb = list.findIndex((_, index) => isSayingVerb(list, index) || (resumes && isResumingVerb(list, index)));
  if (verb < 0 || verb > ATTRIBUTION_REACH) return undefined;
  if (verb === 0) {
    if (!setOff(article, block, from, list[0]?.start ?? from)) return undefined;
    const phrase = phraseAfter(list.slice(1));
    if (bare && list.slice(1).filter(isWord).length - phrase.filter(isWord).length > BARE_TAIL) return undefined;
    return namedBy(article, block, phrase);
  }
  const quoted = quotedAsSaying(list, verb);
  if (quoted) return namedBy(article, block, quoted);
  const cited = citedSource(article, block, list.slice(verb + 1));
  if (cited) return cited;
  const subject = withoutAside(withoutAdverbs(list.slice(0, verb)));
  if (subject.length === 0 || subject.some((token) => CLAUSE_OPENERS.has(token.lower) || /^[;:()]$/.test(token.text))) {
    return undefined;
  }
  if (bare && beforeParticiple(list.slice(verb + 1)).filter(isWord).length > BARE_TAIL) return undefined;
  return namedBy(article, block, subject);
}

/**
 * Verbs that tell how a speaker goes on rather than that they speak ("began", "continued", "concluded", "went on"):
 * an attribution only right after a quotation closed by a comma, a question or an exclamation mark (`…,” he
 * continued`), where nothing but a speaker can be their subject.
 */
const RESUMING = new Set(['began', 'begins', 'continued', 'continues', 'concluded', 'concludes']);

function isResumingVerb(list: Token[], index: number): boolean {
  const word = list[index]?.lower ?? '';
  return RESUMING.has(word) || (word === 'went' && list[index + 1]?.lower === 'on');
}

/** Whether the quotation that closes right before `from` ends on a comma, a question or an exclamation mark. */
function resumesSpeech(article: AttributionText, block: number, from: number): boolean {
  return /[,?!]\s*$/.test((article.blocks[block] ?? '').slice(Math.max(0, from - 3), from - 1));
}

/**
 * The words after an attribution's verb up to a participle clause set off by a comma (`Price said, referring to
 * Ukraine`): such a clause only tells what the speaker did in saying it, and leaves the sentence a bare attribution.
 */
function beforeParticiple(rest: Token[]): Token[] {
  const comma = rest.findIndex(
    (token, index) => token.text === ',' && /^\p{Ll}+ing$/u.test(rest[index + 1]?.text ?? ''),
  );
  return comma < 0 ? rest : rest.slice(0, comma);
}

/**
 * A subject without a relative clause set off by commas or dashes before its verb: `"…," Kerry, who arrived from
 * London, told reporters` is Kerry's.
 */
function withoutAside(subject: Token[]): Token[] {
  const open = subject.findIndex(
    (token, index) => /^[,–—-]$/.test(token.text) && /^(?:who|which)$/.test(subject[index + 1]?.lower ?? ''),
  );
  const close = subject.at(-1)?.text ?? '';
  return open > 0 && /^[,–—-]$/.test(close) ? subject.slice(0, open) : subject;
}

/**
 * The source an agency cites after its verb ("…," Interfax reported, citing a source in the Russian Foreign Ministry):
 * the words are the source's, the agency only carries them. Undefined when no "citing" follows or it names no one.
 */
function citedSource(article: AttributionText, block: number, rest: Token[]): Attribution | undefined {
  const citing = rest.findIndex((token) => token.lower === 'citing');
  if (citing < 0 || rest[citing - 1]?.text !== ',') return undefined;
  const source = namedBy(article, block, phraseAfter(rest.slice(citing + 1)));
  return source.speaker ? source : undefined;
}

/**
 * Whether a quotation closing at `from` is set off from the verb at `verb` as an attribution is: its words end in a
 * comma or a sentence's or a dash's mark (`…," said Lavrov`), or a comma or dash stands between (`" - said`). A verb
 * run on from the quoted words (`Moscow had "many times" asked …`) goes on with their clause and says nothing of who
 * spoke them.
 */
function setOff(article: AttributionText, block: number, from: number, verb: number): boolean {
  const text = article.blocks[block] ?? '';
  const inner = text.slice(Math.max(0, from - 3), from - 1);
  return /[,.!?…:;–—-]\s*$/.test(inner) || /[,:;–—-]/.test(text.slice(from, verb));
}

/**
 * The attribution before a quotation in its sentence: `X said: "`, `X said that Russia "`, `according to X, "`, `X
 * agreed, saying: "`.
 */
export function attributionBefore(article: AttributionText, block: number, at: number): Attribution | undefined {
  const [start] = sentenceAround(article, block, at);
  const list = tokens(article.masked[block] ?? '', start, at);
  for (let index = list.length - 1; index >= 0; index--) {
    const word = list[index]?.lower;
    if (word === 'according' && list[index + 1]?.lower === 'to') {
      return namedBy(article, block, phraseAfter(list.slice(index + 2)));
    }
    // "quoted Kerry as saying", "as telling him", "as adding".
    if (word && SAYING_PARTICIPLES.has(word) && list[index - 1]?.lower === 'as') {
      const quoted = list.findLastIndex((token, at) => at < index && AS_SAYING.has(token.lower));
      const named = quoted >= 0 ? quotedAsSaying(list, quoted) : undefined;
      if (named) return namedBy(article, block, named);
      if (quoted >= 0) return subjectOf(article, block, list, quoted);
    }
    if (word && SAYING_PARTICIPLES.has(word)) return participleSubject(article, block, list, index);
    // "Kozlov dismissed Weller's claim that it was "…"": the words are the claim's owner's, nearer than the verb.
    const owner = isWord(list[index] as Token) ? claimOwner(article, block, list[index] as Token) : undefined;
    if (owner) return owner;
    // "described by Reagan as "adversaries"": in the passive, the one after "by" spoke; an agency that "quoted" or
    // "reported" someone by another only carries the words (`quotedAsSaying`).
    if (isSayingVerb(list, index) && list[index + 1]?.lower === 'by' && !AS_SAYING.has(word ?? '')) {
      const agent = namedBy(article, block, phraseAfter(list.slice(index + 2)));
      if (agent.speaker) return agent;
    }
    if (isSayingVerb(list, index)) return reporterOf(article, block, list, index);
    // "Lavrov said Moscow had asked …, but that it had received "…"": the second reported clause is the first verb's.
    if (word === 'that' && ['and', 'but'].includes(list[index - 1]?.lower ?? '')) {
      const verb = list.findIndex((_, at) => at < index - 1 && isSayingVerb(list, at));
      if (verb >= 0) return reporterOf(article, block, list, verb);
    }
  }
  return undefined;
}

/**
 * The subject of a verb of saying; but when that names no one and the verb's clause is one reported by a verb of saying
 * before it ("Kerry said that the accord called for "…""), the reporter: a thing says nothing itself.
 */
function reporterOf(article: AttributionText, block: number, list: Token[], verb: number): Attribution {
  const said = subjectOf(article, block, list, verb);
  if (said.speaker || said.personal) return said;
  const opener = list.findLastIndex((token, index) => index < verb && CLAUSE_OPENERS.has(token.lower));
  if (list[opener]?.lower !== 'that' || !isSayingVerb(list, opener - 1)) return said;
  const reporter = subjectOf(article, block, list, opener - 1);
  return reporter.speaker ? reporter : said;
}

/** The attribution that closes a quotation's sentence: `“appeared isolated” in St. Petersburg ..., Reuters reports.` */
export function attributionAtSentenceEnd(
  article: AttributionText,
  block: number,
  from: number,
): Attribution | undefined {
  const [, end] = sentenceAround(article, block, from);
  const list = tokens(article.masked[block] ?? '', from, end);
  const comma = list.findLast((token) => token.text === ',');
  return comma ? attributionAfter(article, block, comma.end, true) : undefined;
}

/**
 * Whether a quotation's own clause has a verb of saying before it (`called the meeting "very productive"`), so that a
 * short quoted phrase is speech and not a term ("the word "overload"").
 */
export function clauseSays(article: AttributionText, block: number, at: number): boolean {
  const [start] = sentenceAround(article, block, at);
  const list = tokens(article.masked[block] ?? '', start, at);
  if (TERM_NOUNS.has(list.at(-1)?.lower ?? '')) return false;
  const clause = list.slice(list.findLastIndex((token) => !isWord(token)) + 1);
  if (clause.some((token, index) => isSayingVerb(clause, index) || SAYING_PARTICIPLES.has(token.lower))) return true;
  // "Kerry, for his part, insisted: "The deal stands."", "Yeltsin said later, 'The high": the verb right before the
  // marks, a time between them or none.
  let verb = list.length - 2;
  while (verb > 0 && BETWEEN_SUBJECT_AND_VERB.has(list[verb]?.lower ?? '')) verb--;
  if (/^[,:]$/.test(list.at(-1)?.text ?? '') && isSayingVerb(list, verb)) return true;
  // "Lavrov's response was blunt: "Nothing is agreed."": a person's words announced before a colon.
  const text = article.masked[block] ?? '';
  if (
    list.at(-1)?.text === ':' &&
    mentionsIn(article, block, start, at).some((m) => m.kind === 'person' && SPEECHES.test(text.slice(m.end)))
  ) {
    return true;
  }
  // "The United States, Gorbachev complained, had come "empty-handed"": an attribution set off by commas in the sentence.
  const aside = list.findIndex((_, index) => isSayingVerb(list, index) && list[index + 1]?.text === ',');
  if (aside > 0 && list.slice(Math.max(0, aside - ASIDE), aside).some((token) => token.text === ',')) return true;
  // A reported clause ("said that … was "within reach"", "claims that … "excessive demands"") holds someone's words.
  // The clause runs to the quotation unless a new one is joined on (", and the …", "; …").
  // "said Moscow had asked …, but that it had received "no response"": a second "that" after the conjunction reports
  // more of what the same verb said.
  const said = list.findIndex((_, index) => isSayingVerb(list, index));
  const opens = list.findLastIndex(
    (token, index) =>
      (list[index + 1]?.lower === 'that' &&
        (isSayingVerb(list, index) ||
          SUGGESTING.has(token.lower) ||
          REPORTED_NOUNS.has(token.lower) ||
          (said >= 0 && said < index && ['and', 'but'].includes(token.lower)))) ||
      (REPORTED_NOUNS.has(token.lower) && thatAfterTime(list, index + 1)),
  );
  return (
    opens >= 0 && !list.slice(opens).some((token, index, rest) => isClauseJoin(token, rest[index + 1], rest[index + 2]))
  );
}

/** The most words an attribution set off by commas has before its verb (", the Russian foreign minister said,"). */
const ASIDE = 6;

/**
 * A semicolon, or a comma before a coordinating conjunction: where a sentence joins a new clause on. A verb in the past
 * right after the conjunction has no subject of its own, so the clause goes on ("said that the accord called for …,
 * and required Damascus to allow "…"").
 */
function isClauseJoin(token: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (token.text === ';') return true;
  if (token.text !== ',' || !['and', 'but', 'while', 'or'].includes(next?.lower ?? '')) return false;
  return !(after && /^\p{Ll}+ed$/u.test(after.text) && !isFunctionWord(after.lower));
}

/**
 * Verbs that report a view in words only with a "that" after them: "Greene suggests that … "to isolate Ukraine"". Their
 * subject is as often a thing ("the statement suggests Russia will veto") as a speaker, so they are not verbs of saying.
 */
const SUGGESTING = new Set(['suggested', 'suggests', 'argues', 'maintained', 'maintains']);

/**
 * Nouns of saying whose "that" opens a reported clause: "claims that", "warnings that", "Yeltsin's remark last Friday
 * that".
 */
const REPORTED_NOUNS = new Set(
  (
    'claim claims assertion assertions warning warnings accusation accusations complaint complaints insistence ' +
    'remark remarks statement statements comment comments pledge pledges promise promises'
  ).split(' '),
);

/** Words that tell when something was said, between a noun of saying and its "that" ("remark last Friday that"). */
const WHEN_WORDS = new Set([
  ...BETWEEN_SUBJECT_AND_VERB,
  'last',
  'this',
  'next',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
]);

/** Whether `from` starts one to three words that tell when, then "that". */
function thatAfterTime(list: Token[], from: number): boolean {
  let at = from;
  while (at - from < 3 && WHEN_WORDS.has(list[at]?.lower ?? '')) at++;
  return at > from && list[at]?.lower === 'that';
}

/**
 * Who spoke in a sentence of reported speech ("Lavrov said that ...", "according to Reuters", "the full text of
 * Trump's remarks", or the person who answers them: "Carter weighed in on Trump's remarks"), else the person it is
 * about.
 */
export function sentenceEvent(
  article: AttributionText,
  block: number,
  start: number,
  end: number,
): Antecedent | undefined {
  const list = tokens(article.masked[block] ?? '', start, end);
  const sentence = sentenceOf(article, block, start);
  for (let index = 0; index < list.length; index++) {
    let said: Attribution | undefined;
    if (list[index]?.lower === 'according' && list[index + 1]?.lower === 'to') {
      said = namedBy(article, block, phraseAfter(list.slice(index + 2)));
    } else if (isSayingVerb(list, index)) {
      // "RIA Novosti quoted Ryabkov as saying": the one quoted spoke, the agency reports.
      const quoted = quotedAsSaying(list, index);
      const subject = quoted ?? subjectBefore(article, block, list, index);
      if (subject.length > 0) said = namedBy(article, block, subject);
    }
    if (said && (said.speaker || said.personal)) return { ...said, sentence, said: true };
  }
  const mentions = mentionsIn(article, block, start, end);
  const owner = mentions.find(
    (mention) => mention.kind === 'person' && SPEECHES.test(article.masked[block]?.slice(mention.end) ?? ''),
  );
  // The subject may follow an opening phrase that names someone else ("Coldly fixing Reagan in his gaze, Gorbachev …").
  const subject =
    mentions.find((mention) => leadsToSubject(tokens(article.masked[block] ?? '', start, mention.start))) ??
    mentions[0];
  const leads = subject !== undefined && leadsToSubject(tokens(article.masked[block] ?? '', start, subject.start));
  // "Ash Carter is weighing in on Trump's comments": a person who takes up another's words answers them, and what
  // follows is the answer.
  if (owner && leads && subject.kind === 'person' && subject.id !== owner.id) {
    return { ...fromMention(subject), sentence, said: true };
  }
  if (owner) return { ...fromMention(owner), sentence, said: true };
  if (!subject || !leads) return undefined;
  return { sentence, speaker: subject.id, said: false, personal: subject.kind === 'person' };
}

/** The most words an opening phrase set off by a comma has ("For his part,", "In a speech on Monday,"). */
const OPENING_PHRASE = 6;

/**
 * Whether the words before a sentence's first mention leave it the sentence's subject: title words alone
 * ("Russian Foreign Minister", "the"), or those after an opening adverbial phrase closed by a comma ("For his part, Baker",
 * "On Monday, Secretary Rice"), which English puts before the subject; the phrase begins with a function word or
 * an adverb in -ly.
 */
function leadsToSubject(lead: Token[]): boolean {
  if (titled(lead)) return true;
  const comma = lead.findLastIndex((token) => token.text === ',');
  if (comma < 1 || !titled(lead.slice(comma + 1))) return false;
  const phrase = lead.slice(0, comma);
  const first = phrase[0]?.lower ?? '';
  return (
    phrase.length <= OPENING_PHRASE &&
    phrase.every((token) => token.text !== ',') &&
    (isFunctionWord(first) || /ly$/.test(first))
  );
}

/** Title words alone, after "the" or none: what may come before a subject's name ("the Russian Foreign Ministry"). */
function titled(lead: Token[]): boolean {
  return (lead[0]?.lower === 'the' ? lead.slice(1) : lead).every(isTitleWord);
}

/** Words that open a sentence by pointing back at what was just quoted: "That is what Lavrov said", "So said Kerry". */
const BACK_REFERENCE = /^\s*(?:That|This|So|Those|These|Such)\b/;

/**
 * The speaker the sentence right after a quotation names when it opens by pointing back at it ("…" That is what
 * Lavrov told reporters.): the one its words of saying give.
 */
export function attributionInNextSentence(
  article: AttributionText,
  block: number,
  from: number,
): Attribution | undefined {
  const text = article.masked[block] ?? '';
  const starts = article.starts[block] ?? [];
  const next = starts.find((start) => start >= from);
  if (next === undefined || /[^\s.,!?"”’']/.test(text.slice(from, next)) || !BACK_REFERENCE.test(text.slice(next))) {
    return undefined;
  }
  const event = sentenceEvent(article, block, next, starts.find((start) => start > next) ?? text.length);
  return event?.said && event.speaker ? { speaker: event.speaker, personal: event.personal } : undefined;
}

/** A person's words named by a possessive before a quotation: "Kerry's claim that", "Obama's promise of". */
const CLAIMS =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:claims?|assertions?|words|remarks?|statements?|promises?|warnings?|descriptions?|calls?|comments?|pledges?|suggestions?|proposals?|offers?)\b/u;

/** The person whose words a possessive names at `token` ("Weller's" in "Weller's claim that"), if it does. */
function claimOwner(article: AttributionText, block: number, token: Token): Attribution | undefined {
  const text = article.masked[block] ?? '';
  const owner = mentionsIn(article, block, token.start, token.end).find(
    (mention) => mention.kind === 'person' && CLAIMS.test(text.slice(mention.end)),
  );
  return owner ? fromMention(owner) : undefined;
}

/**
 * The person a quotation's sentence opens with, before the quotation, only title words ahead of them ("Yeltsin praised
 * 'my friend George'", "Secretary of State Albright tried to assure Moscow that NATO is \"…\""): the quotation's
 * speaker when no words of saying name one; but when the sentence names someone else's words before it ("Kerry's
 * claim that"), theirs.
 */
export function openingSubject(article: AttributionText, block: number, at: number): Attribution | undefined {
  const start = (article.starts[block] ?? [0]).findLast((each) => each <= at) ?? 0;
  const [subject, ...others] = mentionsIn(article, block, start, at);
  if (subject?.kind !== 'person') return undefined;
  // "Lavrov dismissed Kerry's claim that it was "overwhelming"": the words are the owner's, not the subject's.
  const text = article.masked[block] ?? '';
  const owner = others.find((other) => other.kind === 'person' && CLAIMS.test(text.slice(other.end)));
  if (owner) return fromMention(owner);
  // Title words alone before the subject, or an opening phrase set off by a comma ("Finally, Reagan managed a reply:").
  return leadsToSubject(tokens(article.masked[block] ?? '', start, subject.start)) ? fromMention(subject) : undefined;
}

/** The end of the stretch an attribution after `from` may take: its sentence's end, or the next quotation. */
function frameEnd(article: AttributionText, block: number, from: number): { end: number; byQuotation: boolean } {
  const text = article.masked[block] ?? '';
  const skip = text.slice(from).search(/\S/);
  const first = skip < 0 ? text.length : from + skip;
  const sentenceEnd = article.starts[block]?.find((start) => start > first) ?? text.length;
  const quotation = article.quoted[block]?.find((span) => span.start >= from)?.start ?? Number.POSITIVE_INFINITY;
  return quotation < sentenceEnd ? { end: quotation, byQuotation: true } : { end: sentenceEnd, byQuotation: false };
}

/** The subject of a verb of saying, resolved; with none ("Asked ..., said"), whoever spoke just before. */
function subjectOf(article: AttributionText, block: number, list: Token[], verb: number): Attribution {
  const subject = subjectBefore(article, block, list, verb);
  if (subject.length > 0) return namedBy(article, block, subject);
  // "…Anatoly Nogovitsyn, the deputy chief of staff, who said…": the relative pronoun stands for the name.
  const who = list.slice(0, verb).findLast((token) => !BETWEEN_SUBJECT_AND_VERB.has(token.lower));
  if (who?.lower === 'who') return namedBy(article, block, [who]);
  // "Gorbachev, in a news conference, painted a bleak picture and said …": a verb joined on by "and" has the
  // subject of the sentence's first verb.
  const joined =
    who?.lower === 'and' || who?.lower === 'but' ? sentenceSubject(article, block, list[verb]?.start ?? 0) : undefined;
  if (joined) return joined;
  const sentence = sentenceOf(article, block, list[verb]?.start ?? 0);
  return lastSaid(article, sentence, 1) ?? { personal: false };
}

/** The person or body a sentence opens with as its subject, before `at` (see `leadsToSubject`). */
function sentenceSubject(article: AttributionText, block: number, at: number): Attribution | undefined {
  const [start] = sentenceAround(article, block, at);
  const subject = mentionsIn(article, block, start, at)[0];
  const lead = subject && tokens(article.masked[block] ?? '', start, subject.start);
  return subject && lead && leadsToSubject(lead) ? fromMention(subject) : undefined;
}

/** The most words an office set off by commas after a name has ("White House press secretary"). */
const OFFICE_WORDS = 6;

/**
 * The subject of a participle of saying: the first name in the clause it hangs from (`Lavrov agreed with Clinton,
 * saying`).
 */
function participleSubject(
  article: AttributionText,
  block: number,
  list: Token[],
  participle: number,
): Attribution | undefined {
  const comma = list.findLastIndex((token, index) => index < participle && token.text === ',');
  if (comma < 0) return undefined;
  const segments = splitAtCommas(list.slice(0, comma));
  // "said Jen Smith, White House press secretary, adding": an office set off by commas is the person's before it.
  const office = segments.at(-1) ?? [];
  const holder = segments.at(-2) ?? [];
  const person = (words: Token[]) =>
    words.length > 0 &&
    mentionsIn(article, block, words[0]?.start ?? 0, words.at(-1)?.end ?? 0).some((m) => m.kind === 'person');
  const appositive =
    office.length <= OFFICE_WORDS && PERSON_ROLES.has(office.at(-1)?.lower ?? '') && !person(office) && person(holder);
  const clause = appositive ? holder : office;
  const [first] = clause;
  if (!first) return undefined;
  if (/^(he|she)$/.test(first.lower)) return namedBy(article, block, [first]);
  const end = clause.at(-1)?.end ?? first.end;
  // "Burns said Primakov did not reply, saying …": the participle goes with the reported clause's subject.
  const verb = clause.findLastIndex((_, index) => isSayingVerb(clause, index));
  const text = article.masked[block] ?? '';
  const reported = verb < 0 ? undefined : clause[verb + 1];
  const subject = reported && mentionsIn(article, block, reported.start, end)[0];
  if (subject?.kind === 'person' && subject.start === reported?.start && !/^['’]/.test(text.slice(subject.end)))
    return fromMention(subject);
  // "Kremlin aide Yuri Ushakov told …, saying": the verb's subject is the person its words name, an organisation before
  // the name being part of the title ("White House spokesman Josh Earnest").
  const said = clause.findIndex((_, index) => isSayingVerb(clause, index));
  const speaker = said > 0 ? namedBy(article, block, clause.slice(0, said)) : undefined;
  if (speaker?.speaker && article.kinds.get(speaker.speaker) === 'person') return speaker;
  const mention = mentionsIn(article, block, first.start, end)[0];
  return mention ? fromMention(mention) : { personal: false };
}
