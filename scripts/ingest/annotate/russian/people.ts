/**
 * People a Russian-language article names whom the gazetteer lacks: found by a known given name before a
 * surname ("Сергея Рябкова") or by an office before a name ("госсекретаря США Рекса Тиллерсона"), put back into
 * the nominative with lvovich, and named in Latin letters by iuliia's Wikipedia schema ("Sergey Ryabkov"), the
 * romanisation English-language reference works use, so that the archive's people pages, indexes and the
 * evaluation compare them with names written in English.
 */

import iuliia from 'iuliia';
import { inclineFirstname, inclineLastname } from 'lvovich';
import type { KindedEntry } from '../gazetteer.ts';
import { automaticId } from '../people-nlp.ts';
import { englishGivenName } from '../sound-alike.ts';
import type { Mention } from '../spans.ts';
import { englishGivenNameOf } from './english-given-names.ts';
import { CASES, fold, type Gender, isCyrillic, stem, type Word, wordsOf } from './forms.ts';
import { GIVEN_NAMES } from './given-names.ts';

type Case = (typeof CASES)[number];

/** A given name's forms: each inflected form, with the nominatives, gender and cases it can be. */
const GIVEN = new Map<string, { name: string; gender: Gender; form: Case }[]>();
for (const gender of ['male', 'female'] as const) {
  for (const name of GIVEN_NAMES[gender]) {
    for (const form of CASES) {
      const inflected = inclineFirstname(name, form, gender);
      GIVEN.set(inflected, [...(GIVEN.get(inflected) ?? []), { name, gender, form }]);
    }
  }
}

/**
 * Stems of the offices and roles that introduce a name in Russian news ("президент", "госсекретарь",
 * "замминистра", "глава", "посол", "пресс-секретарь"), compared by Snowball stem so that any case matches.
 */
const OFFICES = new Set(
  [
    'президент',
    'вице-президент',
    'премьер',
    'премьер-министр',
    'министр',
    'замминистра',
    'заместитель',
    'госсекретарь',
    'замгоссекретаря',
    'глава',
    'посол',
    'постпред',
    'канцлер',
    'генсек',
    'генсекретарь',
    'сенатор',
    'конгрессмен',
    'спикер',
    'председатель',
    'представитель',
    'спецпредставитель',
    'посланник',
    'спецпосланник',
    'пресс-секретарь',
    'советник',
    'помощник',
    'директор',
    'лидер',
    'король',
    'принц',
    'эмир',
    'шейх',
    'аятолла',
    'генерал',
    'адмирал',
    'дипломат',
    'журналист',
    'журналистка',
    'корреспондент',
    'корреспондентка',
    'репортер',
    'обозреватель',
    'колумнист',
    'публицист',
    'редактор',
  ].map(stem),
);

/**
 * Forms of offices whose stem loses a vowel in declension ("посол", "послом"): Snowball stems them apart, and the
 * oblique stem "посл" is also the preposition "после", so the forms are listed whole.
 */
const OFFICE_FORMS = new Set(['посла', 'послу', 'послом', 'послы', 'послов', 'послам', 'послами', 'послах']);

/**
 * Nouns for who a person is, which Russian news sets before a name as it sets an office ("американца Эвана Гершковича",
 * "чеченского беженца Зелимхана Хангошвили", "гражданина США Пола …"): nouns of people in «-ец», whose «е» drops in
 * every other case (Snowball stems "американец" and "американца" apart), and citizens. Nouns in «-ица» are places and
 * things ("столицу Саудовской Аравии"), not people.
 */
const PERSON_NOUN = /^\p{Ll}{3,}[^и](?:ец|ца|цу|цем|це|цы|цев|цам|цами|цах)$|^(?:гражданин|граждан|россиянин|россиян)/u;

/** Whether a word is a form of an office, or a noun for a person, that introduces a name. */
export function isOffice(word: string): boolean {
  return OFFICES.has(stem(word)) || OFFICE_FORMS.has(fold(word)) || PERSON_NOUN.test(word);
}

/** How many words may stand between an office and the name it introduces ("госсекретаря США Рекса ..."). */
const OFFICE_REACH = 5;

/** The people a Russian text names in full that no gazetteer mention covers, as automatic entries. */
export function russianPeople(blocks: string[], mentions: Mention[], gazetteer: KindedEntry[]): KindedEntry[] {
  const known = new Set(gazetteer.flatMap((entry) => [entry.name, ...entry.aliases]));
  const found = new Map<string, KindedEntry>();
  blocks.forEach((text, block) => {
    if (!isCyrillic(text)) return;
    const taken = mentions.filter((mention) => mention.block === block);
    const covered = (word: Word) => taken.some((mention) => mention.start < word.end && word.start < mention.end);
    for (const { name, seen, foreign } of namesIn(wordsOf(text), text, covered)) {
      if (known.has(name)) continue;
      const latin = romanised(name, foreign);
      // The forms seen are kept too: lvovich may guess another gender than the reading did ("Эммануэль").
      const aliases = [...new Set([name, ...(found.get(name)?.aliases ?? []), seen])];
      found.set(name, {
        id: automaticId(latin),
        name: latin,
        aliases,
        description: 'Named in the article; not yet in the gazetteer (found automatically).',
        roles: [],
        kind: 'person',
      });
    }
  });
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A Cyrillic word in capitals after a word and spaces: a surname Russian print sets in capitals ("Александр ВЕРШБОУ"). */
const CAPITALISED_AFTER = /([\p{L}-]+)( +)(\p{Lu}[\p{Lu}-]+)(?![\p{L}])/gu;

/**
 * A text with each surname that Russian print sets in capitals after a given name ("Николаю ЗЯТЬКОВУ", as interviews and
 * weeklies introduce people) in Title Case, so that names are read as everywhere else; the text keeps its length, so
 * what is found in it is found in the text as printed. A word in capitals after any other word is left: "ПОСОЛ США".
 */
export function surnamesInTitleCase(text: string): string {
  if (!isCyrillic(text)) return text;
  return text.replace(CAPITALISED_AFTER, (whole, given: string, gap: string, surname: string) =>
    GIVEN.has(given) && isCyrillic(surname) && surname.length > 1
      ? `${given}${gap}${surname.charAt(0)}${surname.slice(1).toLowerCase()}`
      : whole,
  );
}

/** A name found in Russian text, in the nominative, as printed, and whether its given name is no Russian one. */
interface Named {
  name: string;
  seen: string;
  foreign: boolean;
}

/**
 * A name in Latin letters: by iuliia's Wikipedia schema, and for a foreign given name, the English given name it was
 * transcribed from: the one a list of common names gives ("Джон" is John), else one that sounds like it ("Энтони" →
 * "Entoni" → "Antoni"), so that the archive names a foreign
 * person nearly as English does.
 */
function romanised(name: string, foreign: boolean): string {
  const [given = '', ...rest] = iuliia.translate(name, iuliia.WIKIPEDIA).split(' ');
  const surname = rest.at(-1);
  // No Russian surname ends in «-оу»: it is how Russian writes English "-ow" ("Вершбоу" is Vershbow, "Бристоу"
  // Bristow), which the romanisation would leave as "-ou".
  if (surname && /оу$/u.test(name)) rest[rest.length - 1] = surname.replace(/ou$/u, 'ow');
  // A common English given name is known by its Russian spelling (english-given-names.ts), in any case it is left in.
  const listed = foreign ? englishGivenNameOf(name.split(' ')[0] ?? '') : undefined;
  return [listed ?? ((foreign && englishGivenName(given)) || given), ...rest].join(' ');
}

/** The nominative names ("Сергей Рябков") of the two-word names in a text's words, with the words as printed. */
function namesIn(words: Word[], text: string, covered: (word: Word) => boolean): Named[] {
  const names: Named[] = [];
  const free = (word: Word | undefined): word is Word =>
    word !== undefined && /^\p{Lu}\p{Ll}/u.test(word.text) && isCyrillic(word.text) && !covered(word);
  const together = (a: Word, b: Word) => /^ +$/.test(text.slice(a.end, b.start));
  words.forEach((word, at) => {
    const next = words[at + 1];
    if (free(word) && free(next) && together(word, next) && GIVEN.has(word.text) && !GIVEN.has(next.text)) {
      const name = withGivenName(word.text, next.text);
      if (name) names.push({ name, seen: `${word.text} ${next.text}`, foreign: false });
      return;
    }
    if (!isOffice(word.text)) return;
    for (let i = at + 1; i <= at + OFFICE_REACH; i++) {
      const [first, last] = [words[i], words[i + 1]];
      if (!first || /[.!?;:]/.test(text.slice(word.end, first.start))) break;
      // Words between the office and the name: lowercase ("иностранных дел"), acronyms ("США") or names of places.
      if (/^\p{Ll}|^\p{Lu}+$/u.test(first.text) || covered(first)) continue;
      // A Russian surname in an oblique case names whose office it is ("помощник Путина Ушаков"): no given name.
      if (OBLIQUE_SURNAME.test(first.text)) continue;
      if (free(first) && free(last) && together(first, last) && !GIVEN.has(first.text)) {
        const name = withUnknownGivenName(first.text, last.text);
        if (name) names.push({ name, seen: `${first.text} ${last.text}`, foreign: true });
      }
      break;
    }
  });
  return names;
}

/**
 * A Russian surname in "-ов", "-ев", "-ин" or "-ын" in an oblique case ("Путина", "Лаврову", "Медведевым"), which no
 * given name is: Russian puts the holder of an office in the genitive after it ("помощник Путина").
 */
const OBLIQUE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е)$/u;

/** The nominative of a name whose given name the list knows, in the case its given name's form allows. */
function withGivenName(first: string, last: string): string | undefined {
  for (const { name, gender, form } of GIVEN.get(first) ?? []) {
    const surname = nominative(last, form, gender, inclineLastname);
    if (surname) return `${name} ${surname}`;
  }
  return undefined;
}

/**
 * The nominative of a name whose given name the list does not know (mostly foreign: "Рекса Тиллерсона"): the
 * first reading in which both words are forms of one oblique case and gender and the surname shows the case, else
 * the words as written. A surname that does not change ("Энтони Блинкен", "Кондолизы Райс") cannot tell an oblique
 * case, and reading one into the given name alone would turn "Энтони" into a made-up "Энтоня". Male readings
 * first: a Russian feminine surname in "-ова" comes with a given name the list knows.
 */
function withUnknownGivenName(first: string, last: string): string | undefined {
  for (const form of CASES.slice(1)) {
    for (const gender of ['male', 'female'] as const) {
      const given = nominative(first, form, gender, inclineFirstname, FOREIGN_GIVEN_ENDINGS);
      const surname = nominative(last, form, gender, inclineLastname, FOREIGN_ENDINGS);
      if (given && surname && surname !== last) return `${given} ${surname}`;
    }
  }
  return `${first} ${last}`;
}

/** Endings a nominative may have that its oblique forms replace ("Рябков" → "Рябковым", "Захарова" → "Захаровой"). */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'ий', 'ый', 'ой', 'ая', 'о'];
/**
 * A foreign name in Russian declines only when it ends in a consonant ("Тиллерсон", "Тиллерсона"), a soft sign
 * ("Эммануэль", "Эммануэля") or "-а" ("Обама", "Обамы"), and a given name also in "-й" ("Джей"); one in "-и" does
 * not ("Трейси" is never a form of a "Трейся").
 */
const FOREIGN_ENDINGS = ['', 'а', 'ь'];
const FOREIGN_GIVEN_ENDINGS = [...FOREIGN_ENDINGS, 'й'];

/**
 * The nominative whose `form` (in `gender`) is `word`, found by trying the word less up to three letters plus a
 * nominative ending and inflecting each candidate with lvovich: lvovich declines, it does not analyse, so the
 * analysis is this search over what it writes.
 */
function nominative(
  word: string,
  form: Case,
  gender: Gender,
  incline: (name: string, form: Case, gender: Gender) => string,
  endings: string[] = NOMINATIVE_ENDINGS,
): string | undefined {
  if (form === 'nominative') return word;
  const found: string[] = [];
  for (let cut = 0; cut <= 3 && cut < word.length - 1; cut++) {
    for (const ending of endings) {
      const candidate = word.slice(0, word.length - cut) + ending;
      if (candidate !== word && incline(candidate, form, gender) === word) found.push(candidate);
    }
  }
  // The shortest: "Антоновым" is "Антонов", not the adjective-like "Антоновый" lvovich would also decline so.
  const [shortest] = found.sort((a, b) => a.length - b.length);
  if (shortest) return shortest;
  // A name that does not decline ("Энтони", "Шойгу") is its own nominative in every case.
  return incline(word, 'genitive', gender) === word ? word : undefined;
}
