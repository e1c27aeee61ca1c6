/** The reporter's words around quotations: tokens with offsets, sentence starts, and the vocabulary of attribution. */

/** A word, or a comma, colon, semicolon, bracket or dash that breaks a clause, with its offsets in the block. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()–—]|(?<=\s)-(?=\s)/gu;

/** The tokens of `text` between two offsets; a word's final full stop is dropped unless it abbreviates ("U.S."). */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const found: Token[] = [];
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    let word = match[0];
    if (word.endsWith('.') && word.indexOf('.') === word.length - 1) word = word.slice(0, -1);
    const start = from + match.index;
    found.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
  }
  return found;
}

/** Whether a token is a word rather than punctuation. */
export function isWord(token: Token): boolean {
  return /^[\p{L}\p{N}]/u.test(token.text);
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'no',
  'prof',
  'jr',
]);

/**
 * Where each sentence of a masked block starts; a stop after an initial or an abbreviation ("U.S.", "Mr.") ends
 * none, and one glued to the next sentence by a lost space ("asylum.Speaking") ends one.
 */
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  for (const match of masked.matchAll(
    /[.!?…]+["”“»)]*(?=\s+["“«„(]|\s+\p{Lu}|\s*$)|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu,
  )) {
    const word = /(\S+)$/.exec(masked.slice(0, match.index))?.[1] ?? '';
    if (/^\p{Lu}$|\./u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    const next = masked.slice(match.index + match[0].length).search(/\S/);
    if (next >= 0) starts.push(match.index + match[0].length + next);
  }
  return starts;
}

/** Verbs of saying in their finite forms (the list from the brief, and the reporting verbs the eval articles use). */
export const SAYING = new Set(
  (
    'said says say told tells added adds stressed stresses noted notes stated declared declares announced announces ' +
    'warned warns urged urges insisted insists asked asks replied replies explained explains recalled recalls ' +
    'quoted reported reports called acknowledged acknowledges admitted admits commented emphasised emphasized ' +
    'argued claimed wrote writes confirmed affirmed affirms described describes remarked observed responded answered ' +
    'cautioned complained conceded reiterated underlined underscored ' +
    // How a reporter tells the tone of what was said: "Gorbachev interrupted, "…"", "Reagan implored him to …".
    'exclaimed interrupted implored retorted countered quipped joked shouted pleaded vowed vows asserted asserts ' +
    'contended protested exulted exults ' +
    // Speech that foretells, orders or claims: "predicted "difficult" talks", "instructed … to prepare a "…"".
    'predicted predicts instructed demanded demands ' +
    // What a person writes where the public reads it, and an agency's "was cited as saying".
    'tweeted tweets posted cited ' +
    // Verbs that judge in words: "dismissed as "nonsense"", "branded it "a provocation"".
    'dismissed denounced condemned branded labelled labeled hailed criticised criticized slammed ' +
    // What a document says: "…," the statement reads.
    'reads'
  ).split(' '),
);

/** Verbs of saying as participles, whose speaker is the subject of the clause they hang from ("X agreed, saying"). */
export const SAYING_PARTICIPLES = new Set(
  (
    'saying adding stressing noting stating declaring announcing warning urging insisting asking replying ' +
    'explaining recalling telling acknowledging admitting emphasising emphasizing arguing describing affirming ' +
    'reiterating'
  ).split(' '),
);

/** Nouns for a person by office; with "the" they point back at someone named earlier ("the minister"). */
export const PERSON_ROLES = new Set(
  (
    'minister secretary president premier chancellor ambassador envoy negotiator diplomat official head chief leader ' +
    'counterpart senator director adviser advisor aide governor spokesman spokeswoman spokesperson representative source'
  ).split(' '),
);

/** People who speak for an organisation named beside them ("a U.S. embassy spokesman"). */
export const SPOKESPEOPLE = new Set('spokesman spokeswoman spokesperson representative official source'.split(' '));

/** Documents that speak for whoever issued them ("the statement said"). */
export const DOCUMENTS = new Set(
  'statement report communique communiqué declaration release message letter'.split(' '),
);

/** What a person says, named by its owner ("Trump's remarks", "Lavrov's opening statement"): a sentence with one introduces its words. */
export const SPEECHES =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:remarks|speech|statement|address|comments|words|message|letter|interview|briefing|testimony|response|reply|answer)\b/u;

/** Bodies that speak as one ("the ministry said"): with "the" they point back at an organisation named earlier. */
export const INSTITUTIONS = new Set(
  'ministry embassy department office council committee commission government administration agency service mission court'.split(
    ' ',
  ),
);

/** Words that may stand between a subject and its verb: auxiliaries, and adverbs of time or manner. */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  (
    'has have had was were is are also then again later earlier reportedly further repeatedly publicly today ' +
    'yesterday previously once already recently too on monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Words that open a clause, so a subject never reaches back past them. */
export const CLAUSE_OPENERS = new Set(
  (
    'that which who whom whose what where when while though although because if and but or as after before since ' +
    'until during so whereas whether than how why'
  ).split(' '),
);

/** Words that may come before a person's name as part of a title ("Russian Foreign Minister", "Secretary of State"). */
const TITLE_WORDS = new Set([...PERSON_ROLES, 'of', 'to', 'foreign', 'state', 'affairs', 'deputy', 'prime', 'vice']);

/** Whether a word can be part of a person's title: capitalised, or one of the office words. */
export function isTitleWord(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || TITLE_WORDS.has(token.lower);
}

const NO_STEM = new Set(['the', 'of', 'to', 'a', 'an', 'in', 'his', 'her', 'its', 'turn']);

/**
 * A word reduced for comparing titles: lowercase, no dots or possessive, six letters ("Russia's" and "Russian" meet).
 */
export function stem(word: string): string | undefined {
  const bare = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replaceAll('.', '');
  return NO_STEM.has(bare) ? undefined : bare.slice(0, 6);
}
