import nlp from 'compromise';
import iuliia from 'iuliia';
import { lastName, NAME_PARTICLES, PARTICLE_SOURCE, surname } from '../../../src/lib/people.ts';
import { slugFor } from '../../../src/lib/slug.ts';
import { isCommonWord, isEnglishWord, isFunctionWord } from '../text/english.ts';
import type { KindedEntry } from './gazetteer.ts';
import { isGivenName, isPersonNoun, isPlaceName, isSurname } from './name-words.ts';
import { GIVEN_NAMES } from './russian/given-names.ts';
import { isEnglishGivenName } from './sound-alike.ts';
import type { Mention } from './spans.ts';
import type { Label } from './speaker-labels.ts';

/** Titles compromise includes in a person's name ("Minister Igor Ivanov", "Mr. Powell"). */
const TITLE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Lt|Adm)\.?|President|Prime|Minister|Secretary|Foreign|Deputy|Defence|Defense|Ambassador|Envoy|Chancellor|King|Queen|Prince|Sheikh|Ayatollah|Premier|Spokesman|Spokeswoman|Spokesperson|Vice|General|Senator|Chief|Executive)$/;

/** Whether a word is a title, in any case: a transcript's label writes "MR. McCLELLAN" as prose writes "Mr.". */
function isTitle(word: string): boolean {
  return TITLE.test(word) || TITLE.test(word.charAt(0) + word.slice(1).toLowerCase());
}

/**
 * People the gazetteer lacks, for names given in full (two to four capitalised words once titles are
 * dropped) that no gazetteer mention already covers. Two sources: compromise's person tagger, which knows
 * common given names and surnames; and the way news introduces people it has not tagged, with an office
 * before the name ("Secretary of State Condoleezza Rice", "Secretary-General Ban Ki-moon") or a country's
 * possessive ("China's Xi Jinping"). A tagged name ending in a common English word ("Powell Mideast
 * Mission") is taken for a headline, not a person; an introduced one may end in one ("Rice"), the office
 * vouching for it.
 */
export function automaticPeople(
  blocks: string[],
  mentions: Mention[],
  gazetteer: KindedEntry[],
  labels: (Label | undefined)[] = [],
): KindedEntry[] {
  const people = gazetteer.filter((entry) => entry.kind === 'person');
  const known = new Set(gazetteer.flatMap((entry) => [entry.name, ...entry.aliases]));
  const found = new Map<string, KindedEntry>();
  const single = new Set<string>();
  const byBlock = blocks.map((): Mention[] => []);
  for (const mention of mentions) byBlock[mention.block]?.push(mention);
  const named = new Set(mentions.map(({ id }) => id));
  // A name cannot begin with the surname of someone the article names: "Christopher Urges Russians" is a headline.
  const begun = new Set(people.filter(({ id }) => named.has(id)).map(({ name }) => lastName(name)));
  blocks.forEach((text, block) => {
    const taken = byBlock[block] ?? [];
    const label = labels[block];
    const candidates = [
      ...taggedNames(text, taken)
        .map((candidate) => fromGivenName(text, candidate))
        .filter((candidate) => isFullName(candidate.name) && !insideRun(text, candidate)),
      ...introducedNames(text, taken),
      ...initialledNames(text),
      ...listedGivenNames(text),
      ...(label && !label.credit && isLabelName(label.name) ? [label] : []),
    ]
      .map(withoutStrayToken)
      .map(withoutNounBefore);
    const free = ({ name, start }: Candidate) =>
      !known.has(name) &&
      !isByline(text, start) &&
      !isCredit(text, start, name) &&
      !begun.has(name.split(' ')[0] ?? '') &&
      !taken.some((m) => m.start < start + name.length && start < m.end);
    for (const { name } of candidates.filter(free)) found.set(name, automaticEntry(name));
    for (const { name } of titledSurnames(text).filter(free)) single.add(name);
  });
  // Nor with the surname of another name found in full.
  const foundSurnames = new Set([...found.keys()].map(lastName));
  for (const name of [...found.keys()]) if (foundSurnames.has(name.split(' ')[0] ?? '')) found.delete(name);
  for (const broken of brokenAcrossBlocks(blocks)) {
    if (!known.has(broken.name) && !found.has(broken.name)) found.set(broken.name, broken);
  }
  for (const relative of relatives(blocks, [...begun, ...[...found.keys()].map(lastName)])) {
    if (!known.has(relative.name)) found.set(relative.name, relative);
  }
  // A surname alone is someone of its own only when no name the article or the gazetteer gives in full ends in it.
  const full = [...people.flatMap((entry) => [entry.name, ...entry.aliases]), ...found.keys()];
  const surnames = new Set([...full.map(lastName), ...full.map(surname)]);
  for (const name of single) if (!surnames.has(name)) found.set(name, automaticEntry(name));
  // A given name and a patronymic ("Dear Anatoly Ivanovich") is how Russian addresses someone, not a name in full.
  for (const name of [...found.keys()]) if (isAddressByPatronymic(name)) found.delete(name);
  // A transcript's reporter is a credit, as a byline is, not a person of the story.
  for (const label of labels) if (label?.credit) found.delete(label.name);
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Russian given names in Latin letters, by iuliia's Wikipedia schema as the Russian reading names people. */
const RUSSIAN_GIVEN = [...GIVEN_NAMES.male, ...GIVEN_NAMES.female].map((name) =>
  iuliia.translate(name, iuliia.WIKIPEDIA),
);

/** A patronymic's ending, after the stem of the father's given name ("Ivan-ovich", "Sergey-evich", "Ilyin-ichna"). */
const PATRONYMIC = /^(\p{Lu}\p{Ll}{2,}?)(?:yevich|evich|ovich|ich|yevna|evna|ovna|ichna)$/u;

/**
 * Whether a name is a Russian given name and a patronymic made on another ("Anatoly Ivanovich", "Mariya Sergeyevna"):
 * the polite form of address, which names no surname. The patronymic's stem must begin a Russian given name, its last
 * letter aside ("Dmitri-yevich" on Dmitry), so that a surname in "-ovich" ("Roman Abramovich") is left alone unless it
 * is made on a given name the list has.
 */
export function isAddressByPatronymic(name: string): boolean {
  const [given = '', second = '', ...rest] = name.split(' ');
  const stem = PATRONYMIC.exec(second)?.[1];
  if (rest.length > 0 || !stem || !RUSSIAN_GIVEN.includes(given)) return false;
  const start = stem.slice(0, -1);
  return RUSSIAN_GIVEN.some((each) => each.startsWith(start) && Math.abs(each.length - stem.length) <= 2);
}

function automaticEntry(name: string): KindedEntry {
  return {
    id: automaticId(name),
    name,
    aliases: [],
    description: 'Named in the article; not yet in the gazetteer (found automatically).',
    roles: [],
    kind: 'person',
  };
}

/** Kin that news names by a given name after a person's surname: "Griner's wife Cherelle", "Navalny's daughter Dasha". */
const RELATIVE =
  /(?<![\p{L}])(\p{Lu}[\p{L}-]+)['’]s\s+(?:wife|husband|widow|son|daughter|brother|sister|mother|father)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * People introduced as kin of someone the article names, by a given name alone: named with the surname they are
 * introduced by ("Cherelle Griner"), as family members in the news mostly share it, and called by the given name.
 */
function relatives(blocks: string[], surnames: string[]): KindedEntry[] {
  const known = new Set(surnames);
  return blocks.flatMap((text) =>
    [...text.matchAll(RELATIVE), ...pronounRelatives(text, known)].flatMap(([, surname = '', given = '']) =>
      known.has(surname) && !isCommonWord(given)
        ? [{ ...automaticEntry(`${given} ${surname}`), aliases: [given] }]
        : [],
    ),
  );
}

/**
 * Kin after "his" or "her" in a sentence (`PRONOUN_RELATIVE`), as [whole, surname, given name]: the surname is the
 * last word before the possessive, in the same sentence, that is the surname of someone the article names.
 */
function pronounRelatives(text: string, known: Set<string>): string[][] {
  const out: string[][] = [];
  for (const match of text.matchAll(PRONOUN_RELATIVE_SIMPLE)) {
    const before = match[1] ?? '';
    const words = [...before.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu)].map(([word]) => word);
    const surname = words.reverse().find((word) => known.has(word));
    if (surname) out.push([match[0], surname, match[2] ?? '']);
  }
  return out;
}

/** A sentence's words up to "his" or "her" and a word for kin, and the given name after it. */
const PRONOUN_RELATIVE_SIMPLE =
  /([^.!?]*?)\b(?:his|her)\s+(?:wife|husband|widow|son|daughter|brother|sister|mother|father)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;

/** A block that ends in a capitalised word, with no stop after it: a given name, maybe, that the break cut off. */
const ENDS_IN_WORD = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+)\s*$/u;
/** A block that opens on a capitalised word the sentence runs on after, in lower case: the rest of the cut name. */
const OPENS_ON_WORD = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:['’]s)?[,;]?\s+\p{Ll}/u;

/**
 * People whose name a paragraph break cuts in two, as pages that lost or gained line breaks do ("… including the
 * Russian Anna" / "Chapman, were exchanged …"): a given name of the lists ends one block, with no stop after it, and
 * a word that is no common English word opens the next, the sentence running on. The person is named in full and
 * called by the given name, which the text prints alone.
 */
function brokenAcrossBlocks(blocks: string[]): KindedEntry[] {
  return blocks.slice(1).flatMap((next, i) => {
    const given = ENDS_IN_WORD.exec(blocks[i] ?? '')?.[1] ?? '';
    const family = OPENS_ON_WORD.exec(next)?.[1] ?? '';
    if (!given || !family || isCommonWord(given) || isCommonWord(family) || isFunctionWord(family)) return [];
    if (!(isGivenName(given) || isEnglishGivenName(given)) || isGivenName(family) || isPlaceName(family)) return [];
    if (NOT_A_SURNAME.test(family)) return [];
    return [{ ...automaticEntry(`${given} ${family}`), aliases: [given] }];
  });
}

interface Candidate {
  name: string;
  /** Where the name starts in the block's text. */
  start: number;
}

/**
 * The people compromise tags in a block, titles dropped. Only chunks where a new full name could be are tagged
 * (`mayName`): tagging is the costliest step of the ingest, and most chunks name no one the gazetteer lacks.
 */
function taggedNames(text: string, taken: Mention[]): Candidate[] {
  const masked = maskMentions(text, taken);
  return chunks(text).flatMap(({ at, chunk }) =>
    !mayName(masked.slice(at, at + chunk.length))
      ? []
      : (nlp(chunk).people().json({ offset: true }) as PersonTerm[]).flatMap((term) => {
          const name = cleanName(term.text);
          return name ? [{ name, start: text.indexOf(name, at + term.offset.start) }] : [];
        }),
  );
}

/**
 * A block with each mention's characters replaced by `x`: a word that is no part of a name (it has no capital and
 * no particle), so that a name next to a mention does not run into the words beyond it.
 */
export function maskMentions(text: string, mentions: Mention[]): string {
  let masked = text;
  for (const { start, end } of mentions) masked = masked.slice(0, start) + 'x'.repeat(end - start) + masked.slice(end);
  return masked;
}

/** A word (as `cleanName` cuts them) that could be, or end with, a word of a full name (`isFullName`). */
const NAME_WORD = /\p{Lu}|(?:^|[-'’.])(?:al|el|bin|ibn|de|van|von|der|da)/u;

/**
 * Whether a chunk, mentions masked, has two name words in a row, as every full name the tagger could add has. A
 * name overlapping a mention is dropped, and `isFullName` wants two to four words, each capitalised or a particle;
 * the test is looser than that (a word counts if it holds a capital anywhere, since compromise cuts hyphenated
 * words into terms), so it passes every chunk that could give a new name and spares the tagger the rest.
 */
export function mayName(chunk: string): boolean {
  const words = chunk
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\s.'’-]/gu, ' ')
    .split(/\s+/);
  return words.some((word, i) => i > 0 && NAME_WORD.test(word) && NAME_WORD.test(words[i - 1] ?? ''));
}

/** Offices and forms of address that introduce a name in news English, most specific first. */
const OFFICE = String.raw`(?:Chief Executive|chief executive|Vice[- ]President|President|Prime Minister|Premier|Foreign Minister|Minister|Secretary[- ]General|Secretary [Oo]f State|Secretary [Oo]f Defen[cs]e|Secretary|Under[- ]Secretary|Ambassador|ambassador|Envoy|envoy|Senator|Sen\.|Rep\.|Congressman|Congresswoman|Chancellor|King|Queen|Prince|Emir|Sheikh|Ayatollah|Chairman|chairman|Director|director|Spokesman|spokesman|Spokeswoman|spokeswoman|spokesperson|Adviser|adviser|Advisor|advisor|aide|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Commander|Governor|Gov\.|Mayor|Patriarch|Pope|Justice|Judge|Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|counterpart|leader|diplomat|official|negotiator)`;

const OFFICE_AT_END = new RegExp(String.raw`(?<![\p{L}])${OFFICE}\s+$`, 'u');

/** Whether a text ends with an office, as it does before the name of the one who holds it ("President "). */
export function endsWithOffice(text: string): boolean {
  return OFFICE_AT_END.test(text);
}

/** A name: capitalised words, initials ("George W. Bush") and particles ("Bashar al-Assad"), two to four. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|${PARTICLE_SOURCE}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+)){1,3}`;

/** Titles that a surname alone follows in news English ("President Biden", "Chancellor Merkel", "Mr. Kerry"). */
const TITLE_BEFORE_SURNAME = String.raw`(?:Vice[- ]President|President|Prime Minister|Premier|Foreign Minister|Minister|Secretary|Ambassador|Senator|Sen\.|Chancellor|King|Queen|Prince|Emir|Sheikh|Ayatollah|Chairman|General|Gen\.|Admiral|Governor|Mayor|Patriarch|Pope|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)`;
/** A name particle however it is joined to what follows: "al-Muallem", "al Muallem". */
const ANY_PARTICLE = `(?:${[...NAME_PARTICLES.hyphenated, ...NAME_PARTICLES.spaced].join('|')})[\\s'’-]`;
/** A title and one capitalised word that no capitalised word or particle follows: the surname is the whole name. */
const TITLED_SURNAME = new RegExp(
  String.raw`(?<![\p{L}])${TITLE_BEFORE_SURNAME}\s+(\p{Lu}[\p{Ll}-]+)(?![\p{L}-]|\s+\p{Lu}|\s+${ANY_PARTICLE})`,
  'gu',
);

const AFTER_OFFICE = new RegExp(String.raw`(?<![\p{L}])${OFFICE}\s+(${NAME})`, 'gu');
/** A name after a lowercase noun, which introduces it when compromise knows the noun for a person's ("player"). */
const AFTER_NOUN = new RegExp(String.raw`(?<![\p{L}])(\p{Ll}+)\s+(${NAME})`, 'gu');
/**
 * A name a relative clause about a person follows: "Konstantin Yaroshenko, who is serving a sentence"; kept when
 * compromise knows its first word for a given name or its last for a surname, so "Jabhat al-Nusra, who" is no one.
 */
const BEFORE_WHO = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME}),\s+who(?:se|m)?\b`, 'gu');
const PARTICLE = new RegExp(`^${PARTICLE_SOURCE}`);
/**
 * A name set off by commas after the office it holds: "China's new president, Hu Jintao, and …", "the foreign
 * minister, Sergei Lavrov, said". The office is written in either case; the name ends at a comma, a full stop or a
 * verb of saying.
 */
const APPOSITIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:${OFFICE}|president|minister|secretary|premier|chancellor)\s*,\s+(${NAME})(?=\s*[,.;)]|\s+(?:said|says|told|who)\b)`,
  'gu',
);
/**
 * A name that the office its holder has follows, set off by a comma: "said Oleg Petrov, head of the rights group …",
 * "Anna Kovacs, spokeswoman for the ministry". The office names what it is held in ("of", "for", "at"), so that a
 * list of names and nouns ("Smith, director") is not read as one.
 */
const BEFORE_OFFICE = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${NAME}),\s+(?:the\s+)?(?:head|chief|leader|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|founder|secretary|president|minister|ambassador|envoy|adviser|advisor)\s+(?:of|for|at|to)\b`,
  'gu',
);
/**
 * A name that a body's spokesperson follows, set off by a comma: "said Jen Smith, White House press secretary,",
 * "Tom Reed, State Department spokesman.". The office is one a body gives a person who speaks for it, the body named
 * in capitals before it.
 */
const BEFORE_BODY_OFFICE = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${NAME}),\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:press\s+secretary|spokesman|spokeswoman|spokesperson)(?=\s*[,.;)])`,
  'gu',
);
const AFTER_POSSESSIVE = new RegExp(String.raw`^['’]s\s+(${NAME})`, 'u');
/**
 * An office and the preposition of its complement, just before the place or body it is held for: "Ambassador to",
 * "Minister of Defence of", "envoy for". News English puts the complement between an office and the name
 * ("Estonia's Ambassador to NATO Kadri Tamm", "the Minister of Foreign Affairs of Chile Ana Ruiz").
 */
const OFFICE_OF = new RegExp(
  String.raw`(?<![\p{L}])${OFFICE}(?:\s+(?:of|for)\s+\p{Lu}\p{L}+)?\s+(?:to|of|for|at)\s+(?:the\s+)?$`,
  'u',
);
/** A complement no gazetteer entry names, written as an acronym: "Ambassador to the OSCE", "envoy to the IAEA". */
const OFFICE_ACRONYM = new RegExp(
  String.raw`(?<![\p{L}])${OFFICE}\s+(?:to|of|for|at)\s+(?:the\s+)?\p{Lu}{2,6}\s+(${NAME})`,
  'gu',
);
const AFTER_COMPLEMENT = new RegExp(String.raw`^\s+(${NAME})`, 'u');

/**
 * Words that end a capitalised run without being a surname: institutions named after a person ("the
 * Obama Administration"), days and months. Written out because no word list marks them.
 */
export const NOT_A_SURNAME =
  /^(?:Administration|Government|Cabinet|Ministry|Department|Office|Council|Committee|Commission|Party|Agency|Embassy|Foundation|Institute|Group|Plan|Doctrine|Era|Team|Camp|Campaign|Summit|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Surnames a title introduces with no given name ("President Xi", "Chancellor Scholz"); not a common English word
 * ("President Obama's Administration" aside, "Secretary General" is no one), not a given name ("Mr. Sergei").
 */
function titledSurnames(text: string): Candidate[] {
  return [...text.matchAll(TITLED_SURNAME)].flatMap((match) => {
    const name = match[1] ?? '';
    const end = match.index + match[0].length;
    if (NOT_A_SURNAME.test(name) || isGivenName(name) || TITLE.test(name)) return [];
    const addressed = PERSONAL_TITLE.test(match[0]) && RUNNING_ON.test(text.slice(end)) && !isAddress(name);
    if (isCommonWord(name) && !addressed) return [];
    return [{ name, start: end - name.length }];
  });
}

/**
 * Titles a surname that is also an English word follows in running prose ("President Trump is", "Secretary Rice
 * said"): they name a person, where "General" or "Prime" may begin an institution's name ("General Assembly").
 */
const PERSONAL_TITLE =
  /^(?:Vice[- ]President|President|Secretary|Senator|Sen\.|Ambassador|Chancellor|Governor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s/;
/** A word for what a person is, which a title may precede without a name: "Mr. Speaker", "Madam Chairman". */
function isAddress(word: string): boolean {
  return /^(?:Speaker|Chair|Madam|Sir)$/.test(word) || isPersonNoun(word.toLowerCase());
}

/** Running prose after a word: a lowercase word or a comma, not the end of a Title Case line. */
const RUNNING_ON = /^(?:\s+\p{Ll}|[,;])/u;

/**
 * Names introduced by an office ("Secretary of State John Kerry"), by a noun for what a person does ("basketball
 * player Brittney Griner", "press secretary Dmitry Peskov"), by a relative clause ("Konstantin Yaroshenko, who") or an
 * office after a comma ("Oleg Petrov, head of the group"),
 * or by a place's possessive ("China's Xi Jinping"; the place is a mention the gazetteer found). Words inside the name may not be common English
 * words, which turns away Title Case headlines ("President Putin Will Attend"); after a possessive none
 * may be, so "Russia's Foreign Ministry" is no one.
 */
function introducedNames(text: string, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const keep = (whole: string, at: number, strict: boolean): void => {
    // A possessive ends a name: "President George Bush’s U-turn" names George Bush.
    const raw = whole.replace(/['’]s(?:\s.*)?$/su, '');
    const words = raw.split(/\s+/);
    // A title the pattern took for a name's first word ("President Obama, who") is no part of the name.
    let start = at;
    let rest = raw;
    while (words.length > 1 && isTitle(words[0] ?? '')) {
      const skip = (words.shift() ?? '').length;
      const gap = rest.slice(skip).search(/\S/);
      start += skip + gap;
      rest = rest.slice(skip + gap);
    }
    while (NOT_A_SURNAME.test(words.at(-1) ?? '')) words.pop();
    // A surname no dictionary has ("Ban Ki-Moon") marks a name even after a common word.
    const inner = strict ? words : isEnglishWord(words.at(-1) ?? '') ? words.slice(0, -1) : [];
    if (words.length < 2 || words.some(isFunctionWord)) return;
    // A given name that is also a word ("Mike", "Will", "Grant") is a name after an office, which vouches for it.
    const given = (word: string, i: number) => i === 0 && !strict && isGivenName(word);
    if (inner.some((word, i) => !/\.$/.test(word) && !given(word, i) && isCommonWord(word.replace(PARTICLE, ''))))
      return;
    out.push({ name: words.join(' '), start });
  };
  for (const match of text.matchAll(AFTER_OFFICE)) {
    const name = match[1] ?? '';
    keep(name, match.index + match[0].length - name.length, false);
  }
  for (const match of text.matchAll(AFTER_NOUN)) {
    const name = match[2] ?? '';
    if (isPersonNoun(match[1] ?? '')) keep(name, match.index + match[0].length - name.length, false);
  }
  for (const match of text.matchAll(APPOSITIVE)) {
    const name = match[1] ?? '';
    keep(name, match.index + match[0].length - name.length, true);
  }
  for (const match of text.matchAll(BEFORE_OFFICE)) keep(match[1] ?? '', match.index, true);
  for (const match of text.matchAll(BEFORE_BODY_OFFICE)) keep(match[1] ?? '', match.index, true);
  for (const match of text.matchAll(BEFORE_WHO)) {
    const words = (match[1] ?? '').split(/\s+/);
    if (isGivenName(words[0] ?? '') || isSurname(words.at(-1) ?? '')) keep(match[1] ?? '', match.index, false);
  }
  for (const place of mentions.filter((m) => m.kind === 'place')) {
    const match = AFTER_POSSESSIVE.exec(text.slice(place.end));
    if (match?.[1]) keep(match[1], place.end + match[0].length - match[1].length, true);
  }
  // The office's complement is a place or a body the gazetteer names; the name follows it.
  for (const body of mentions.filter((m) => m.kind === 'place' || m.kind === 'organisation')) {
    if (!OFFICE_OF.test(text.slice(Math.max(0, body.start - 80), body.start))) continue;
    const match = AFTER_COMPLEMENT.exec(text.slice(body.end));
    if (match?.[1]) keep(match[1], body.end + match[0].length - match[1].length, false);
  }
  for (const match of text.matchAll(OFFICE_ACRONYM)) {
    const name = match[1] ?? '';
    keep(name, match.index + match[0].length - name.length, false);
  }
  return out;
}

/**
 * A surname after one or two initials, as official and Soviet usage names people ("L. I. Brezhnev", "A.M. Aleksandrov")
 * and as letters are signed ("N. Khrushchev"). The surname is no common English word ("U. S. Army" is no one), and no
 * capitalised word or initial comes before the initials ("Jacob D. Beam", "George H. W. Bush" are found whole) nor
 * after the surname.
 */
const INITIALLED =
  /(?<![\p{L}\p{N}.'’-])(?:\p{Lu}\.\s?){1,2}(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]|\.?\s+\p{Lu}\p{Ll})/gu;

/** Whether a line is a signature: initials and a surname alone ("N. Khrushchev"), as a letter is signed. */
export function isSignature(line: string): boolean {
  return /^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(line.trim());
}

/** Names written as initials and a surname (`INITIALLED`). */
function initialledNames(text: string): Candidate[] {
  return [...text.matchAll(INITIALLED)].flatMap((match) => {
    const surname = match[1] ?? '';
    const before = text.slice(0, match.index);
    if (/(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)\s*$/u.test(before)) return [];
    if (isCommonWord(surname) || NOT_A_SURNAME.test(surname) || isPlaceName(surname)) return [];
    return [{ name: match[0], start: match.index }];
  });
}

/**
 * A given name and one capitalised word after it that no English dictionary has, and no capitalised word after that:
 * "Misha Saakashvili", "Zara Kowalczyk", with a particle between if the surname has one ("Hans von Sponeck"). The
 * given name is one of the English first-name lists (`@stdlib`, the Moby project's), which know many that compromise's
 * lexicon lacks, among them common foreign ones and short forms, or a Russian given name as English prints it; it is
 * no common English word ("Will", "May" begin other things), and the surname is no English word, no place compromise
 * knows and no word that ends a body's name ("Administration").
 */
const GIVEN_AND_SURNAME =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+)\s+((?:(?:de|van|von|der|da)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|\s+\p{Lu}|\s+(?:al|el|bin|ibn|de|van|von|der|da)\b)/gu;

/** Russian given names as English prints them ("Gennady", "Yegor"), which the English first-name lists mostly lack. */
const RUSSIAN_GIVEN_NAMES = new Set(RUSSIAN_GIVEN);

function isRussianGivenName(word: string): boolean {
  return RUSSIAN_GIVEN_NAMES.has(word);
}

/** Names of a listed given name and a surname no dictionary has (`GIVEN_AND_SURNAME`). */
function listedGivenNames(text: string): Candidate[] {
  return [...text.matchAll(GIVEN_AND_SURNAME)].flatMap((match) => {
    const [whole, given = '', spelt = ''] = match;
    // A particle ("Hans von Sponeck") is part of the surname; the word after it is what must be no English word.
    const family = spelt.replace(/^\p{Ll}+\s+/u, '');
    if (isCommonWord(given) || !(isEnglishGivenName(given) || isRussianGivenName(given))) return [];
    if (isEnglishWord(family.replace(/-.*$/, '')) || NOT_A_SURNAME.test(family) || isPlaceName(family)) return [];
    return [{ name: whole.replace(/\s+/g, ' '), start: match.index }];
  });
}

/**
 * What comes before a photographer's name in a credit: "Photo:", "Photograph by", and the agencies in capitals a
 * slash or a comma joins to it ("(AP Photo/CTK, Anna Roth)").
 */
const CREDIT_BEFORE =
  /\b(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage)s?(?:\s+by)?\s*[:/]?\s*(?:[\p{Lu}&.-]+\s*[/,]\s*)*$/u;

/**
 * Whether a name is a photo credit's: joined by a slash to an agency ("Denis Balibouse/Reuters", "REUTERS/Anna Roth")
 * or after "Photo:", "Photograph by", "AP Photo/CTK," (`CREDIT_BEFORE`). The photographer is no person of the story, as a byline's writer is not.
 */
function isCredit(text: string, start: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.charAt(start + name.length);
  return after === '/' || /\/\s*$/.test(before) || CREDIT_BEFORE.test(before);
}

/**
 * A name less a stray word of one or two letters before a given name: what OCR leaves of a title ("Mi Christian
 * Herter" for "Mr Christian Herter", "Hr", "Mt"), or a page's debris. Such a word is no initial (it has no full stop)
 * and, before a given name, no family name put first: those come before a given name of their own language ("Xi
 * Jinping", two words, is left alone).
 */
function withoutStrayToken(candidate: Candidate): Candidate {
  const [stray = '', given = '', ...rest] = candidate.name.split(' ');
  if (rest.length === 0 || !/^\p{Lu}\p{Ll}?$/u.test(stray)) return candidate;
  if (!isGivenName(given) && !isEnglishGivenName(given)) return candidate;
  const at = candidate.start < 0 ? candidate.start : candidate.start + candidate.name.indexOf(given, stray.length);
  return { name: [given, ...rest].join(' '), start: at };
}

/** Whether a word is a given name by any list the module has: compromise's, the English lists, the Russian one. */
function isAnyGivenName(word: string): boolean {
  return isGivenName(word) || isEnglishGivenName(word) || isRussianGivenName(word);
}

/**
 * A name of three words or more less its first word when that word is no name and a given name follows it: a noun
 * that the tagger took in with the name, as news puts one before it with no article ("jailed Briton Vladimir
 * Kara-Murza", "Frenchman Jean Dupont"). The word is no given name, no surname compromise knows, no initial and no
 * particle, so "Martin Luther King" and "Kim Jong Un" are left whole.
 */
function withoutNounBefore(candidate: Candidate): Candidate {
  const [first = '', given = '', ...rest] = candidate.name.split(' ');
  if (rest.length === 0 || !isAnyGivenName(given)) return candidate;
  if (isAnyGivenName(first) || isSurname(first) || /\.$/.test(first) || PARTICLE.test(first)) return candidate;
  const at = candidate.start < 0 ? candidate.start : candidate.start + candidate.name.indexOf(given, first.length);
  return { name: [given, ...rest].join(' '), start: at };
}

/**
 * A tagged name that the tagger ran on from a capitalised office or body before it ("… for Nonproliferation Controls
 * John Barker", `insideRun`), cut to start at its first given name after the first word, if two words or more remain.
 */
function fromGivenName(text: string, candidate: Candidate): Candidate {
  if (!insideRun(text, candidate)) return candidate;
  const words = candidate.name.split(' ');
  const i = words.findIndex((word, j) => j > 0 && isAnyGivenName(word));
  if (i < 0 || words.length - i < 2) return candidate;
  const name = words.slice(i).join(' ');
  const offset = candidate.name.indexOf(words[i] ?? '', words.slice(0, i).join(' ').length);
  return { name, start: candidate.start < 0 ? candidate.start : candidate.start + offset };
}

/** A byline's "By" just before `start`, at the block's start: the name after it is a credit, not a person of the text. */
function isByline(text: string, start: number): boolean {
  return /^\s*By\s+$/i.test(text.slice(0, start));
}

/**
 * A text in pieces of at most 1,000 characters, cut after a sentence end where there is one, else at a
 * space: compromise's tagger grows much faster than the text on one long run without full stops.
 */
function chunks(text: string): { at: number; chunk: string }[] {
  const out: { at: number; chunk: string }[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + 1000);
    if (end < text.length) {
      const window = text.slice(at, end);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' '));
      if (cut > 0) end = at + cut + 1;
    }
    out.push({ at, chunk: text.slice(at, end) });
    at = end;
  }
  return out;
}

interface PersonTerm {
  text: string;
  offset: { start: number; length: number };
}

function cleanName(text: string): string {
  const words = text
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\s.'’-]/gu, ' ')
    .trim()
    .split(/\s+/);
  // compromise may take in the title before a name, capitalised or not ('"interim president" Juan Guaido'): a name
  // starts with a capital or a particle.
  while (words[0] && (isTitle(words[0]) || (/^\p{Ll}/u.test(words[0]) && !PARTICLE.test(words[0])))) words.shift();
  return words.join(' ').replace(/\.$/, '');
}

/**
 * A tagged name of two to four words, none a function word, whose last word is no common English word unless its
 * first is a given name compromise knows: "Trevor Reed" and "Viktor Bout" are people, "Powell Mideast Mission" is a
 * headline.
 */
function isFullName(name: string): boolean {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // An acronym before capitalised words names a body ("MIA Rossiya Segodnya", "RIA Novosti"), not a person.
    !(/^\p{Lu}{2,}$/u.test(words[0] ?? '') && words.some((word) => /^\p{Lu}\p{Ll}/u.test(word))) &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|de|van|von|der|da)-?/.test(word)) &&
    !words.some(isFunctionWord) &&
    !opensWithAdverb(words[0] ?? '') &&
    (!isCommonWord(last) || (!NOT_A_SURNAME.test(last) && isGivenName(words[0] ?? '')))
  );
}

/**
 * Whether a tagged name opens on a common word that is no given name right after another capitalised word: the tagger
 * cut it out of a longer name of a place or body ("Joint Base Andrews Air Force Base" is no "Base Andrews"). A title
 * before it is no such word ("Defense Secretary Ash Carter").
 */
function insideRun(text: string, { name, start }: Candidate): boolean {
  const first = name.split(' ')[0] ?? '';
  const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(0, start))?.[1];
  return before !== undefined && !isTitle(before) && isCommonWord(first) && !isGivenName(first);
}

/** A sentence's first word, an adverb, before a surname ("Again Reagan began", "Finally Putin said"): no given name. */
function opensWithAdverb(word: string): boolean {
  return isCommonWord(word) && !isGivenName(word) && nlp(word.toLowerCase()).has('#Adverb');
}

const AUTOMATIC = 'auto-';

/** An automatic entry's id: the slug of the name, marked so it can never take a gazetteer id. */
export function automaticId(name: string): string {
  return `${AUTOMATIC}${slugFor(name)}`;
}

/**
 * Whether a transcript label is a person's full name: two to four words, each capitalised or a particle, none a title
 * or a common English word ("Secretary Kerry" and "Unidentified Man" are not).
 */
function isLabelName(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word)) &&
    !words.some((word) => isTitle(word) || isCommonWord(word.replace(PARTICLE, '')))
  );
}

/** Whether an id is an automatic entry's. */
export function isAutomaticId(id: string): boolean {
  return id.startsWith(AUTOMATIC);
}
