import nlp from 'compromise';
import { z } from 'zod';
import type { Lexicon } from '../../../src/schemas/editorial.ts';
import { isEnglishWord, isFunctionWord } from '../text/english.ts';
import { memoise, memoiseOn } from '../text/memo.ts';
import { dominantScript, endsSentence, normal, words } from '../text/prose.ts';
import { agencyName } from './agency.ts';
import fitted from './headline-weights.json' with { type: 'json' };
import { isPlaceAlone } from './place-alone.ts';
import { findDate } from './published.ts';

/**
 * The headline is chosen by one score over every line above the body, not by a chain of special rules: each line
 * is described by general features a headline has or a piece of page furniture has (`FEATURES`), its score is the
 * sum of the weights of its features, and the best line wins when its score beats the score of "no headline"
 * (`none`); otherwise the archive supplies a title. The weights are not set by hand: they are fitted on the
 * development split of the evaluation set by `npm run fit:headline` (scripts/eval/fit-headline.ts), a conditional
 * logistic ranking of every article's candidate lines and "no headline", with the gold headline the one to pick,
 * and written to `headline-weights.json` beside this file with the figures they were fitted and cross-validated at.
 */
export const FEATURES = [
  /** The body repeats the line's content words (0 to 1): a headline's are, a menu's or a site label's are not. */
  'echo',
  /** A line in another script than the body has no echo to measure. */
  'echoUnknown',
  /** A headline states something, so it usually has a verb ("Kerry, Lavrov Confer"); labels and names have none. */
  'verb',
  /** One word: a label ("Politics"). */
  'oneWord',
  /** Two words: usually a label ("World News"). */
  'twoWords',
  /** Three to five words: a headline may be as short, but labels and topics usually are. */
  'short',
  /** Sixteen to twenty-five words: a long headline, a standfirst or a sentence cut off. */
  'longish',
  /** Over 25 words: a sentence or a teaser, seldom a headline. */
  'long',
  /** All in capitals: a kicker or a section label ("POST-WAR IRAQ", "ASSOCIATED PRESS"). */
  'capitals',
  /** The start of a longer line above the body: a teaser cut off, or a caption printed twice. */
  'prefix',
  /** The same words printed twice in one line ("Arms Talks ResumeArms Talks Resume"): a link's text run into a title. */
  'doubled',
  /**
   * Holds another head line of four words or more whole, and more besides: a caption printed again with its credit
   * run into it ("Minister Name SurnameReuters" under "Minister Name Surname"), or a line of links.
   */
  'repeats',
  /** Ends on a word that cannot end a statement ("… announces deal to", "… and the European"): a line cut off. */
  'dangling',
  /** The next piece starts in lower case: a sentence whose line was broken, not a headline. */
  'runsOn',
  /** Mostly a date or a time ("15:17 GMT +3 28 February 2017", "5 hrs ago"): a stamp. */
  'stamp',
  /** A date inside a longer line ("Remarks …, New York, September 27, 2015"), as official titles print it. */
  'dated',
  /** A photo caption or credit ("© Name/AGENCY", "Name Surname/Pool/AP", "… (AFP)", "EPA PHOTO …"). */
  'caption',
  /** A person's name alone: the author above the body. */
  'person',
  /** A place alone ("Moscow, Russia"): where the piece was filed. */
  'place',
  /** A role alone, as a transcript prints under a speaker's name ("Secretary of State"). */
  'role',
  /** Parts of a few words each split by a bar or a spaced dash: a site or section label ("Rights | Site Name"). */
  'siteLabel',
  /** Mostly words of a site's interface ("All news", "Related Stories", "JavaScript is off"). */
  'menu',
  /** A list of tags ("Industry Government diplomacy global politics"); see `isTagList`. */
  'tags',
  /** An agency's name alone: a credit. */
  'agency',
  /** An appeal to the reader, opening on a verb's bare form ("Make a donation …!", "Subscribe to …", "Sign up"). */
  'appeal',
  /**
   * Any of the furniture features above (`FURNITURE`). Each kind of furniture is rare (one to three development
   * articles each), too rare for a weight of its own to be learned; what they share, being furniture, is learned
   * from all of them together, and the features of their own add what their kind's articles show beyond that.
   */
  'furniture',
  /** The first candidate line: a page prints its headline before its standfirst. */
  'first',
  /** How far down the candidates the line is, 0 for the first to 1 for the eighth and later. */
  'later',
  /** Right above a date line, a byline or a credit, where pages print the headline. */
  'aboveMeta',
  /** The body's first piece, title-like: a long headline taken for prose, or one printed under the date line. */
  'inBody',
] as const;

/** The features that each mark a kind of page furniture or a line cut off, which `furniture` pools. */
const FURNITURE: readonly Feature[] = [
  'oneWord',
  'capitals',
  'prefix',
  'doubled',
  'repeats',
  'dangling',
  'runsOn',
  'stamp',
  'caption',
  'person',
  'place',
  'role',
  'siteLabel',
  'menu',
  'tags',
  'agency',
  'appeal',
];

/** One feature's name. */
export type Feature = (typeof FEATURES)[number];

/** A line's features: 1 for a feature it has, 0 for one it lacks, a share for `echo` and `later`. */
export type FeatureVector = Record<Feature, number>;

const FittedSchema = z.object({
  /** How the weights were fitted, for a reader of the file. */
  method: z.string(),
  /** The score of "no headline": the best line must beat it. */
  none: z.number(),
  /** One weight per feature. */
  weights: z.record(z.enum(FEATURES), z.number()),
});

/** The fitted weights (headline-weights.json), checked against the features this file knows. */
export const FITTED = FittedSchema.parse(fitted);

/** A line's score: the sum of its features' weights, each times the feature's value. */
export function scoreOf(vector: FeatureVector, weights: Record<Feature, number> = FITTED.weights): number {
  return FEATURES.reduce((sum, feature) => sum + (weights[feature] ?? 0) * vector[feature], 0);
}

/** Where a line stands among the head's lines, which the line alone cannot tell. */
export interface LineContext {
  /** The other candidate lines, to tell a line that starts a longer one. */
  others: string[];
  /** The body's text, to measure the echo. */
  body: string;
  /** Its index among the candidate lines. */
  index: number;
  /** The piece after it in the seed, head or body, if any. */
  next?: string | undefined;
  /** Whether the piece after it is a date line, a byline or a credit. */
  aboveMeta: boolean;
  /** Whether it is the body's first piece rather than a line above the body. */
  inBody: boolean;
}

/**
 * Words of a site's interface rather than of news: navigation, widgets and notices. Hand-written because no
 * library lists them; a line mostly made of them is furniture. Kept short and general: no outlet's own words.
 */
const MENU_WORDS = new Set([
  'all',
  'auto',
  'blog',
  'blogs',
  'comments',
  'cookies',
  'feed',
  'feeds',
  'form',
  'gallery',
  'help',
  'home',
  'index',
  'javascript',
  'latest',
  'log',
  'login',
  'menu',
  'more',
  'navigation',
  'news',
  'newsletter',
  'off',
  'page',
  'photos',
  'popular',
  'posts',
  'recent',
  'refresh',
  'related',
  'search',
  'section',
  'share',
  'sign',
  'site',
  'skip',
  'stories',
  'subscribe',
  'top',
  'video',
  'videos',
]);

/** The features of one line, by the names of `FEATURES`; describe reads `person`, `place` and `role` as kinds of line too. */
export function features(text: string, context: LineContext, lexicon: Lexicon): FeatureVector {
  const vector = { ...ownFeatures(lexicon, text) };
  const set = (feature: Feature, on: boolean) => {
    if (on) vector[feature] = 1;
  };
  const own = normal(text);
  set(
    'prefix',
    context.others
      .map(normal)
      .some((other) => other.length > own.length + 3 && other.startsWith(own) && !isRepeat(other, own)),
  );
  set('runsOn', /^\p{Ll}/u.test(context.next ?? ''));
  set(
    'repeats',
    context.others
      .map(normal)
      .some((other) => other.split(' ').length >= 4 && own.length > other.length + 3 && own.includes(other)),
  );
  set(
    'furniture',
    FURNITURE.some((feature) => vector[feature] > 0),
  );
  set('first', context.index === 0);
  vector.later = Math.min(context.index, 8) / 8;
  set('aboveMeta', context.aboveMeta);
  set('inBody', context.inBody);
  const measured = echo(text, context.body);
  if (measured === undefined) vector.echoUnknown = 1;
  else vector.echo = measured;
  return vector;
}

/**
 * The features a line has by itself, whatever stands around it: most of the cost (compromise's tagger, chrono), and
 * the same for the same line, which an outlet's pages print again and again (menus, labels, credits). Remembered by
 * line for each lexicon, and frozen since the answer is shared; `features` adds those of the line's place.
 */
const ownFeatures = (lexicon: Lexicon, text: string): Readonly<FeatureVector> =>
  rememberedFeatures(lexicon, text, () => Object.freeze(lineFeatures(text, lexicon)));
const rememberedFeatures = memoiseOn<Readonly<FeatureVector>>(20_000);

function lineFeatures(text: string, lexicon: Lexicon): FeatureVector {
  const vector = Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as FeatureVector;
  const set = (feature: Feature, on: boolean) => {
    if (on) vector[feature] = 1;
  };
  const count = wordCount(text);
  // compromise reads English only: its tags on a line in another script would be noise.
  const latin = dominantScript(text) === 'Latin';
  const doc = nlp(latin ? text : '');
  set('oneWord', count === 1);
  set('twoWords', count === 2);
  set('short', count >= 3 && count <= 5);
  set('longish', count >= 16 && count <= 25);
  set('long', count > 25);
  const letters = text.replace(/[^\p{L}]/gu, '');
  set('capitals', letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase());
  set('doubled', isDoubled(text));
  set('dangling', latin && isDangling(text, doc));
  const stamp = stampShare(text);
  set('stamp', stamp === 'most');
  set('dated', stamp === 'some');
  set('caption', isCaptionLine(text, lexicon));
  set('person', latin && isPersonAlone(text));
  set('place', latin && isPlaceAlone(text));
  set('role', isRoleAlone(doc, text));
  set('siteLabel', isSiteLabel(text));
  set('menu', isMenu(text));
  set('tags', latin && isTagList(text));
  set('agency', !!agencyName(text.replace(/[|:,.\s]+$/, ''), lexicon));
  set('appeal', latin && isAppeal(text));
  set('verb', latin ? doc.has('#Verb') : isRussianVerbal(text));
  return vector;
}

/**
 * Whether a line in Cyrillic has a word with a Russian verb's ending: the third person of the present ("призывает",
 * "заявляет", "готовят") or the past ("заявил", "назвала", "обсудили"), reflexive or not. compromise reads English only,
 * and a headline in Russian states something as one in English does. Endings that nouns share often ("-ит": визит,
 * саммит; "-ет": совет, ответ) are left out, so a verb may be missed but a label is seldom taken for one.
 */
function isRussianVerbal(text: string): boolean {
  return (text.match(/\p{Script=Cyrillic}{4,}/gu) ?? []).some((word) =>
    /(?:ает|яет|еет|ует|ают|яют|еют|уют|ал|ял|ил|ала|яла|ила|али|яли|или|ался|ялся|ился|алась|илась|ались|ились|ается|яется|ются)$/u.test(
      word.toLowerCase(),
    ),
  );
}

/** The features a line has, by name (those whose value is not 0), for describe and for people reading a score. */
export function kindsOf(vector: FeatureVector): Feature[] {
  return FEATURES.filter((feature) => feature !== 'echo' && feature !== 'later' && vector[feature] > 0);
}

/**
 * Whether a line, or a part of it after a bar or a spaced dash, opens on a verb's bare form, as compromise tags it. A
 * bare form followed by a capitalised noun is a noun in a title-case name ("Press Gaggle by …", "Trade Talks"): an
 * appeal's verb is followed by its object's article or pronoun, a preposition, or a word in lower case.
 */
export function isAppeal(text: string): boolean {
  return labelParts(text).some((part) => {
    const terms = nlp(part).terms();
    if (!terms.first().has('#Infinitive')) return false;
    const second = terms.eq(1);
    const named = /^\p{Lu}\p{Ll}/u.test(second.text()) && second.has('#Noun') && !second.has('#Pronoun');
    return !named;
  });
}

/** Whether a line is the same words twice, with or without a space or a separator between them. */
function isDoubled(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  const half = letters.length / 2;
  return letters.length >= 8 && Number.isInteger(half) && letters.slice(0, half) === letters.slice(half);
}

/**
 * Whether a line ends on a word no statement ends on: a function word ("to", "the") that is no adverb, or what compromise reads as a
 * preposition, a conjunction, a determiner or a bare demonym ("European"), which a noun should follow.
 */
function isDangling(text: string, doc: ReturnType<typeof nlp>): boolean {
  const last = words(text).at(-1) ?? '';
  if (/[.!?:"”’')\]]$/.test(text.trim())) return false;
  const final = doc.terms().last();
  // The stop-word list holds adverbs too ("well", "again", "now"), which may end a statement ("… talks went well").
  return (
    (isFunctionWord(last) && !final.has('#Adverb')) || final.has('(#Preposition|#Conjunction|#Determiner|#Demonym)')
  );
}

/**
 * How much of a line a date or a time takes: most of it (no more than three other words), some of it, or none. A word
 * run into the next one ("NewsDecember") is read as two.
 */
function stampShare(printed: string): 'most' | 'some' | 'none' {
  // A label run into a date when the markup between them was lost ("NewsDecember 13, 2001") is read apart.
  const text = printed.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  if (!isStamp(text)) return 'none';
  const date = findDate(text);
  const rest = (date ? text.replace(date.text, ' ') : text)
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .replace(/\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago\b/gi, ' ');
  return words(rest).filter((word) => !/^\d+$/.test(word)).length <= 3 ? 'most' : 'some';
}

/** Words, counting a run of a script written without spaces (Chinese, Japanese) as one word per two characters. */
function wordCount(text: string): number {
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return (
    words(text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ')).length +
    Math.ceil(unspaced / 2)
  );
}

/** A line that is another printed twice or more ("Kerry, Lavrov Confer on Iran Kerry, Lavrov Confer on Iran"). */
function isRepeat(line: string, own: string): boolean {
  return own !== '' && line.split(own).every((part) => part.trim() === '');
}

/** The share of a line's content words that the body repeats; undefined when it has none to compare (another script). */
export function echo(line: string, body: string): number | undefined {
  if (dominantScript(line) !== scriptOf(body)) return undefined;
  const own = (line.match(/\p{L}{3,}/gu) ?? [])
    .filter((word) => !isFunctionWord(word))
    .map((word) => word.toLowerCase());
  if (own.length === 0) return undefined;
  const text = body.toLowerCase();
  return own.filter((word) => text.includes(word.slice(0, 5))).length / own.length;
}

let lastBody: { text: string; script: string | undefined } | undefined;

/** The body's script, remembered: every line of a head is compared with the same body. */
function scriptOf(body: string): string | undefined {
  if (lastBody?.text !== body) lastBody = { text: body, script: dominantScript(body) };
  return lastBody.script;
}

/** A time, a relative time ("5 hrs ago") or a calendar date in a line. */
export function isStamp(text: string): boolean {
  return (
    /\b\d{1,2}:\d{2}\b/.test(text) ||
    /\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago\b/i.test(text) ||
    findDate(text) !== undefined
  );
}

/** A photo caption or its credit: "© Photographer/AGENCY", "Name Surname/Pool/AP", "… (AFP)", "… 2017. /Reuters", "EPA PHOTO NAME". */
export function isCaptionLine(text: string, lexicon: Lexicon): boolean {
  if (/^©|\bphoto\b|\bphotograph(?:er)?\b|\bpicture\b|\bimage\b/i.test(text) && !/^["“‘']/.test(text)) return true;
  // A credit of names joined by slashes: "Fabrice Coffrini/Pool/AP".
  if (/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\/[\p{L} .'’-]+)+$/u.test(text)) return true;
  // A caption closed by its credit after a slash, as broadcasters' sites print it: "… April 7, 2017. /Reuters".
  if (/[.!?]["”’]?\s*\/\s*\p{Lu}[\p{L} .&'’-]{1,30}$/u.test(text)) return true;
  // A caption closed by an agency's name in brackets: "… in New York. (AFP)".
  const closing = /\(([^()]{2,30})\)$/.exec(text)?.[1];
  return closing !== undefined && endsSentence(text.slice(0, -closing.length - 2)) && !!agencyName(closing, lexicon);
}

/** A person's name and nothing else ("John Kerry"), as compromise's name tagger reads it; remembered by text. */
export const isPersonAlone: (text: string) => boolean = memoise((text) => {
  const people = nlp(text).people().out('array') as string[];
  return people.length === 1 && normal(people[0] ?? '') === normal(text) && wordCount(text) >= 2;
});

/** The function words a role's title may have: "Secretary of State", "Minister for Foreign Affairs". */
const ROLE_WORDS = new Set(['of', 'the', 'and', 'for']);

/**
 * A role with no name ("Secretary of State", "Russian Foreign Minister"): an actor noun, no person, no verb, and no
 * function word but those of a role's title, which a title of remarks ("Remarks With the Foreign Minister") has.
 * The words are checked in a list: compromise reads a capitalised "With" as a name.
 */
function isRoleAlone(doc: ReturnType<typeof nlp>, text: string): boolean {
  const other = words(text).some((word) => isFunctionWord(word) && !ROLE_WORDS.has(word.toLowerCase()));
  return doc.has('#Actor') && !doc.has('#Person') && !doc.has('#Verb') && !other && doc.terms().length <= 5;
}

/** Parts of at most three words split by a bar or a spaced dash: "Rights | Site Name", "World - Europe". */
export function isSiteLabel(text: string): boolean {
  const parts = labelParts(text);
  return parts.length >= 2 && parts.every((part) => words(part).length <= 3);
}

/** The parts of a line split by bars and spaced dashes. */
function labelParts(text: string): string[] {
  return text
    .split(/\s*\|\s*|\s+[-–—]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A list of tags: five words or more, no function word, no punctuation, words in lower case beside a common noun
 * capitalised after the first word ("Industry Government diplomacy global politics"). A headline without function
 * words ("Russian foreign minister meets US counterpart") capitalises only names after its first word.
 */
function isTagList(text: string): boolean {
  const all = words(text);
  if (all.length < 5 || /[,.:;!?"“”()]/.test(text) || all.some(isFunctionWord)) return false;
  const rest = all.slice(1);
  return (
    rest.some((word) => /^\p{Ll}/u.test(word)) &&
    rest.some((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word) && isEnglishWord(word))
  );
}

/** At least half of a line's words are words of a site's interface. */
export function isMenu(text: string): boolean {
  const all = words(text).map((word) => word.toLowerCase());
  return all.length > 0 && all.filter((word) => MENU_WORDS.has(word)).length * 2 >= all.length;
}

/**
 * A headline and its deck run together in one line, as a copy that lost the break between them prints them
 * ("Albright assures Russia on NATO growth Moscow is still anxious about alliance expansion"): a headline in
 * sentence case with a verb, then, after a common noun in lower case, a capitalised name and a verb opening a second
 * clause with no punctuation or conjunction between them. Split there; otherwise the line is the headline whole.
 * Title-case headlines, where every word is capitalised, are never split.
 */
export function splitDeck(line: string): { title: string; deck?: string } {
  if (dominantScript(line) !== 'Latin') return { title: line };
  const terms = nlp(line).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const tags = (at: number) => terms[at]?.terms[0]?.tags ?? [];
  for (let at = 2; at < terms.length - 2; at++) {
    const before = terms[at - 1]?.text ?? '';
    const noun = /^\p{Ll}[\p{Ll}-]*$/u.test(before) && tags(at - 1).includes('Noun') && !tags(at - 1).includes('Verb');
    const name = /^\p{Lu}/u.test(terms[at]?.text ?? '') && tags(at).includes('ProperNoun');
    const verb = tags(at + 1).includes('Verb') && !tags(at + 1).includes('Infinitive');
    const earlier = terms.slice(0, at).some((_, index) => tags(index).includes('Verb'));
    if (noun && name && verb && earlier) {
      const cut = line.indexOf(` ${terms[at]?.text ?? ''} `, line.indexOf(before));
      if (cut > 0) return { title: line.slice(0, cut), deck: line.slice(cut + 1) };
    }
  }
  return { title: line };
}
