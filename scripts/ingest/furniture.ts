import nlp from 'compromise';
import { z } from 'zod';
import type { Change } from '../../src/schemas/article.ts';
import type { Lexicon } from '../../src/schemas/editorial.ts';
import type { KeptPiece } from './clean.ts';
import { readDateline } from './describe/dateline.ts';
import { isTitle } from './describe/head.ts';
import { isAppeal, isCaptionLine, isMenu, isStamp } from './describe/headline.ts';
import fitted from './furniture-weights.json' with { type: 'json' };
import { isEnglishWord, isFunctionWord } from './text/english.ts';
import { dominantScript, endsSentence, hasAddress, isProse, normal, words } from './text/prose.ts';

/**
 * Page furniture left in the body after the rules of clean and describe: a cross-promotion's headline, a site's
 * notice to its readers, a photo's caption, a widget's label. Each body piece is described by general features of
 * such lines (`FEATURES`) and given a probability of being furniture by a logistic model whose weights are not set
 * by hand but fitted on the development split of the evaluation set by `npm run fit:furniture`
 * (scripts/eval/fit-furniture.ts), with cross-validation by article, and written to `furniture-weights.json` beside
 * this file with the figures they were fitted and cross-validated at. A piece is taken out only when the model is
 * sure (`THRESHOLD`), and every piece taken out is recorded as a change, as clean records its own.
 */
export const FEATURES = [
  /** Three words or fewer: a label, a button, a name ("Author Headshot", "SPOTLIGHT"). */
  'short',
  /** Four to eight words: a link's title or a notice, or a short sentence. */
  'brief',
  /** Over thirty words: a paragraph, seldom furniture. */
  'long',
  /** Closed by a full stop, a question or an exclamation mark, as sentences are and labels and links are not. */
  'sentence',
  /** A sentence of six words or more, or a long run of words (text/prose.ts): what articles are made of. */
  'prose',
  /** Title-like, four words or more, without a closing stop: a related story's headline, or a subheading. */
  'titled',
  /** All in capitals: a label ("SPOTLIGHT"), or a transcript's speaker. */
  'capitals',
  /** Opens with a quotation mark: a quoted statement, the matter of news. */
  'quoted',
  /** Opens with a dateline ("MOSCOW, May 14 (Reuters) -"): the first paragraph of a story. */
  'dateline',
  /** A photo's caption or credit: marked as a caption by clean, or with a credit, a "(L)" or "Photo:" in it. */
  'caption',
  /**
   * Describes what a picture shows, in the present tense ("Reagan and Gorbachev shake hands …", "… exits the
   * mission"): captions are written in the present, reports of news in the past. Read by compromise, English only.
   */
  'present',
  /** Closed by a name in brackets: a picture's credit ("… in Reykjavik. (AP)", "… a deal [Reuters]"). */
  'credited',
  /** Closed by an exclamation mark outside a quotation: a site's appeal ("Sign up today!"); reports do not exclaim. */
  'exclaims',
  /** A web address or an e-mail address in it. */
  'address',
  /** A date or a time in a line of eight words or fewer: a stamp. */
  'stamp',
  /** Mostly words of a site's interface ("Back to Top", "Related Stories"): describe/headline.ts's menu words. */
  'menu',
  /** Opens on a verb's bare form, as appeals to the reader do ("Sign up today!", "Return to …", "Connect with …"). */
  'appeal',
  /** Addresses the reader ("you", "your") outside quotation marks: a site's notice; news speaks of third persons. */
  'reader',
  /** A word about the web page itself ("click", "subscriber", "browser", "link", "newsletter", "media"). */
  'web',
  /** Printed again elsewhere in the body: a caption repeated with its picture, a widget on every screen. */
  'repeated',
  /** The share of its content words that the rest of the body does not use: a line about something else. */
  'foreign',
  /** In another script than the body's. */
  'otherScript',
  /** After the body's last piece of prose: where related links and notices are printed. */
  'tail',
  /** Before the body's first piece of prose: a line between the head and the text. */
  'lead',
  /** Figures are a third of its characters or more: a code, an identifier, a reference number. */
  'figures',
  /** Ends with a colon and is not a sentence: a label over a list of links ("See our country pages:"). */
  'colon',
] as const;

/** One feature's name. */
export type Feature = (typeof FEATURES)[number];

/** A piece's features: 1 for a feature it has, 0 for one it lacks, a share for `foreign`. */
export type FeatureVector = Record<Feature, number>;

const FittedSchema = z.object({
  /** How the weights were fitted, for a reader of the file. */
  method: z.string(),
  /** The model's intercept: a piece's log-odds of being furniture with no feature. */
  bias: z.number(),
  /** One weight per feature. */
  weights: z.record(z.enum(FEATURES), z.number()),
});

/** The fitted weights (furniture-weights.json), checked against the features this file knows. */
export const FITTED = FittedSchema.parse(fitted);

/**
 * How sure the model must be that a piece is furniture to take it out: 0.8, set before the fit and not tuned on the
 * set. Losing a paragraph of the article is worse than leaving a line of furniture on the page, so a piece goes only
 * when the odds are four to one that it is furniture.
 */
export const THRESHOLD = 0.8;

/** Words about a web page itself, which an article's text has no need of. Hand-written: no library lists them. */
const WEB_WORDS = new Set([
  'app',
  'browser',
  'click',
  'cookies',
  'download',
  'homepage',
  'javascript',
  'link',
  'links',
  'login',
  'media',
  'newsletter',
  'newsletters',
  'online',
  'page',
  'podcast',
  'scroll',
  'subscribe',
  'subscriber',
  'subscribers',
  'subscription',
  'website',
]);

/** A caption's marks: a credit ("Photo:", "Photograph:", "©", "/Getty Images"), or who stands where ("(L)", "(left)"). */
const CAPTION_MARK =
  /©|\b(?:photo|photograph|picture|image)\s*:|\/\s*(?:getty|reuters|ap|afp|epa|pool)\b|\((?:l|r|c|left|right|centre|center|front|back)\)/iu;

/** A picture's credit inside a caption: bracketed with a photo word or a slash, or after "Photo:" or "©" to the end. */
const PICTURE_CREDIT =
  /\((?:[^()]*\/[^()]*|(?:photo|picture|image)\b[^()]*)\)|(?:\b(?:photo|photograph|picture)\s*:|©).*$/giu;

/** The features read by compromise's tagger. */
const TAGGED: readonly Feature[] = ['present', 'appeal'];

/**
 * The features of each piece of a body, in order. Those read by compromise's tagger (`TAGGED`), which cost most, are
 * read last, and only when `worth` says so of the features read before them; left unread, they are 0.
 */
export function bodyFeatures(
  body: KeptPiece[],
  lexicon: Lexicon,
  worth: (cheap: FeatureVector) => boolean = () => true,
): FeatureVector[] {
  const texts = body.map((piece) => piece.text);
  const script = dominantScript(texts.join('\n'));
  const prose = body.map((piece) => !piece.caption && isProse(piece.text));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  // Counted once for the whole body, so that a piece is compared with the rest in time linear in the body's length.
  const normals = texts.map(normal);
  const lines = countOf(normals);
  const stems = texts.map(stemsOf);
  const pieces = countOf(stems.flatMap((own) => [...own]));
  return body.map((piece, index) => {
    const text = piece.text;
    const vector = Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as FeatureVector;
    const set = (feature: Feature, on: boolean) => {
      if (on) vector[feature] = 1;
    };
    const count = words(text).length;
    const sentence = endsSentence(text);
    set('short', count <= 3);
    set('brief', count >= 4 && count <= 8);
    set('long', count > 30);
    set('sentence', sentence);
    set('prose', isProse(text));
    set('titled', count >= 4 && !sentence && isTitle(text));
    const letters = text.replace(/[^\p{L}]/gu, '');
    set('capitals', letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase());
    set('quoted', /^["“«„‘']/u.test(text));
    set('dateline', readDateline(text, lexicon, { colon: false }) !== undefined);
    set('caption', piece.caption || CAPTION_MARK.test(text) || isCaptionLine(text, lexicon));
    set('credited', /(?:\(\p{Lu}[^()]{1,40}\)|\[\p{Lu}[^[\]]{1,40}\])\.?$/u.test(text.trim()));
    set('exclaims', /!\s*$/u.test(unquotedOf(text)));
    set('address', hasAddress(text) || /[\w.+-]+@[\w-]+\.[\w.-]+/u.test(text));
    set('stamp', count <= 8 && isStamp(text));
    set('menu', isMenu(text));
    set('reader', /\b(?:you|your|yours)\b/iu.test(unquotedOf(text)));
    set(
      'web',
      words(text).some((word) => WEB_WORDS.has(word.toLowerCase())),
    );
    set('repeated', normals[index] !== '' && (lines.get(normals[index] ?? '') ?? 0) >= 2);
    vector.foreign = foreignShare(text, (stem) => (pieces.get(stem) ?? 0) - (stems[index]?.has(stem) ? 1 : 0) > 0);
    set('otherScript', script !== undefined && dominantScript(text) !== undefined && dominantScript(text) !== script);
    set('tail', lastProse !== -1 && index > lastProse);
    set('lead', firstProse !== -1 && index < firstProse);
    const characters = text.replace(/\s/gu, '');
    set('figures', characters.length > 0 && (characters.match(/\p{N}/gu) ?? []).length * 3 >= characters.length);
    set('colon', /:$/u.test(text.trim()) && !sentence);
    if (!worth(vector)) return vector;
    // compromise's tagging costs most: a caption or an appeal is a line or two, never a long paragraph.
    const latinText = dominantScript(text) === 'Latin';
    const doc = latinText && count >= 4 && count <= 60 ? nlp(unquotedOf(text)) : undefined;
    set('present', doc ? doc.has('#PresentTense') && !doc.has('#PastTense') && !doc.has('#Modal') : false);
    set('appeal', latinText && count <= 30 && isAppeal(text));
    return vector;
  });
}

/** A text less the passages in quotation marks: what its writer says, not what it quotes. */
function unquotedOf(text: string): string {
  return text.replace(/["“«„][^"”»“]*["”»“]/gu, ' ').trim();
}

/**
 * The share of a line's content words (three letters or more, no function word) that no other piece uses, a word
 * and another being the same when their first five letters are ("sanctions", "sanctioned").
 */
function foreignShare(text: string, usedElsewhere: (stem: string) => boolean): number {
  const own = (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => !isFunctionWord(word)).map(stemOf);
  if (own.length === 0) return 0;
  return own.filter((stem) => !usedElsewhere(stem)).length / own.length;
}

/** A word's first five letters, in lower case: its stem, near enough to tell the same word in another form. */
function stemOf(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/** The stems of a text's words of three letters or more. */
function stemsOf(text: string): Set<string> {
  return new Set((text.match(/\p{L}{3,}/gu) ?? []).map(stemOf));
}

/** How many times each value occurs. */
function countOf(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The logistic function: the probability that log-odds stand for. */
export function logistic(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/** The probability that a piece with these features is furniture, by the fitted logistic model. */
export function furnitureProbability(vector: FeatureVector, model: z.infer<typeof FittedSchema> = FITTED): number {
  return logistic(logit(vector, model));
}

/** The model's log-odds that a piece with these features is furniture. */
function logit(vector: FeatureVector, model: z.infer<typeof FittedSchema> = FITTED): number {
  return FEATURES.reduce((sum, feature) => sum + (model.weights[feature] ?? 0) * vector[feature], model.bias);
}

/**
 * Whether every name a piece gives is given elsewhere in the body too: a run of two capitalised words or more whose
 * last word is no English dictionary word ("Lakdar Brahimi", "Sergei Lavrov", not "Permanent Mission" or "Getty
 * Images"), found again by that last word. A caption that names someone the text does not ("… with the envoy Jane
 * Roe") carries what the page would lose, and stays. compromise's name tagger misses too many foreign names for this.
 */
export function namesKept(text: string, others: string[]): boolean {
  const rest = others.join('\n');
  // A picture's credit names its photographer, who is no part of the text: "(Photo: REUTERS/Jane Roe)", "© Jane Roe".
  const named = text.replace(PICTURE_CREDIT, ' ');
  return (named.match(/\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+/gu) ?? []).every((name) => {
    const last = (words(name).at(-1) ?? '').replace(/[’']s$|[.]$/u, '');
    return last.length < 3 || isEnglishWord(last) || rest.includes(last);
  });
}

/** The most words a site's notice runs to; a longer piece is left to the model. */
const NOTICE_WORDS = 60;
/** The most words of a promotion of another story ("Also on example.com …"): a headline's length. */
const PROMOTION_WORDS = 30;

/**
 * What a site tells its reader about the page, which no report says: to click a link, to sign up or subscribe, that
 * a medium will not play, that another story is "also on" its site ("Also on example.com …"), to receive its
 * headlines. Outside quotation marks, in a piece of sixty words or fewer. A general fact about web pages, written by
 * hand: the fitted model sees the words of such notices (`web`, `reader`, `appeal`) but too few of them to be sure.
 */
export function isSiteNotice(text: string): boolean {
  if (words(text).length > NOTICE_WORDS || /^["“«„]/u.test(text.trim())) return false;
  const unquoted = text.replace(/["“«„][^"”»“]*["”»“]/gu, ' ');
  // A promotion is a headline's length; a longer piece has the text run into it where a line break was lost.
  if (/^also\s+on\s/iu.test(text.trim())) return words(text).length <= PROMOTION_WORDS && SITE_NOTICE.test(unquoted);
  return SITE_NOTICE.test(unquoted);
}

const SITE_NOTICE =
  /\bclick\s+here\b|^(?:please\s+)?(?:sign\s+up|subscribe|register)\b|\bsign\s+up\s+(?:today|now|here|for\s+(?:our|the)\b)|\bif\s+you\s+are\s+(?:not\s+)?(?:a\s+)?(?:subscriber|registered|logged\s+in)\b|\b(?:this|the)\s+(?:media|video|audio|content)\s+is\s+not\s+(?:yet\s+)?available\b|^also\s+on\s+[\p{L}\p{N}-]+\.[\p{L}]{2,}\b|^receive\s+(?:our\s+|the\s+)?(?:daily\s+|weekly\s+)?(?:headlines|newsletter|news\s+alerts)\b/iu;

/**
 * Takes out of a body the pieces the model is sure are furniture, each recorded as a removal with its probability,
 * unless it gives a name the rest of the body does not (`namesKept`); a body is never emptied of its prose: when
 * every piece of prose would go, none goes.
 */
export function dropFurniture(body: KeptPiece[], lexicon: Lexicon): { body: KeptPiece[]; changes: Change[] } {
  // The tagger's features are read only where they could take a piece across the threshold, one way or the other:
  // the answer is the same as with every feature read.
  const weights = TAGGED.map((feature) => FITTED.weights[feature] ?? 0);
  const up = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  const down = weights.reduce((sum, weight) => sum + Math.min(0, weight), 0);
  const over = (score: number) => logistic(score) >= THRESHOLD;
  const worth = (cheap: FeatureVector) => over(logit(cheap) + up) && !over(logit(cheap) + down);
  const vectors = bodyFeatures(body, lexicon, worth);
  const chances = vectors.map((vector) => furnitureProbability(vector));
  const texts = body.map((piece) => piece.text);
  const notice = texts.map((text) => isSiteNotice(text));
  const drop = chances.map(
    (chance, index) =>
      notice[index] ||
      (chance >= THRESHOLD &&
        namesKept(
          texts[index] ?? '',
          texts.filter((_, at) => at !== index),
        )),
  );
  const proseLeft = body.some((piece, index) => !drop[index] && !piece.caption && isProse(piece.text));
  if (!proseLeft) return { body, changes: [] };
  const changes: Change[] = [];
  const kept = body.filter((piece, index) => {
    if (!drop[index]) return true;
    if (notice[index]) {
      changes.push({ kind: 'removed', line: piece.line, text: piece.text, reason: 'the site’s notice to its reader' });
      return false;
    }
    changes.push({
      kind: 'removed',
      line: piece.line,
      text: piece.text,
      reason: `page furniture by its features (the fitted furniture model gives ${Math.round((chances[index] ?? 0) * 100)}%)`,
    });
    return false;
  });
  return { body: kept, changes };
}
