/**
 * English given names as Russian prints them, by the Russian practical transcription of English names that news
 * agencies and reference works follow ("Джон" is John, "Майкл" Michael, "Уильям" William). Romanising the Russian
 * spelling gives back a guess ("Dzhon", "Maykl"), which the sound of the name narrows but cannot settle ("Jon" or
 * "John"); this list settles it for the common names. Written out by hand, and checked name by name, because no npm
 * package ships such a list (transliteration packages map letters, not names).
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['Адам', 'Adam'],
  ['Алан', 'Alan'],
  ['Артур', 'Arthur'],
  ['Барак', 'Barack'],
  ['Бенджамин', 'Benjamin'],
  ['Билл', 'Bill'],
  ['Боб', 'Bob'],
  ['Брайан', 'Brian'],
  ['Бриттни', 'Brittney'],
  ['Брюс', 'Bruce'],
  ['Венди', 'Wendy'],
  ['Винсент', 'Vincent'],
  ['Гарри', 'Harry'],
  ['Генри', 'Henry'],
  ['Гленн', 'Glenn'],
  ['Говард', 'Howard'],
  ['Грегори', 'Gregory'],
  ['Дэвид', 'David'],
  ['Дэниел', 'Daniel'],
  ['Дженнифер', 'Jennifer'],
  ['Джеймс', 'James'],
  ['Джейк', 'Jake'],
  ['Джейн', 'Jane'],
  ['Джейсон', 'Jason'],
  ['Джеральд', 'Gerald'],
  ['Джефф', 'Jeff'],
  ['Джеффри', 'Jeffrey'],
  ['Джимми', 'Jimmy'],
  ['Джо', 'Joe'],
  ['Джоан', 'Joan'],
  ['Джозеф', 'Joseph'],
  ['Джон', 'John'],
  ['Джонатан', 'Jonathan'],
  ['Джордж', 'George'],
  ['Джессика', 'Jessica'],
  ['Джули', 'Julie'],
  ['Джулиан', 'Julian'],
  ['Дональд', 'Donald'],
  ['Кевин', 'Kevin'],
  ['Келли', 'Kelly'],
  ['Кимберли', 'Kimberly'],
  ['Кит', 'Keith'],
  ['Кондолиза', 'Condoleezza'],
  ['Крейг', 'Craig'],
  ['Крис', 'Chris'],
  ['Кристофер', 'Christopher'],
  ['Кэрол', 'Carol'],
  ['Кэтрин', 'Catherine'],
  ['Ларри', 'Larry'],
  ['Леонард', 'Leonard'],
  ['Линда', 'Linda'],
  ['Лора', 'Laura'],
  ['Мадлен', 'Madeleine'],
  ['Майк', 'Mike'],
  ['Майкл', 'Michael'],
  ['Маргарет', 'Margaret'],
  ['Мишель', 'Michelle'],
  ['Мэри', 'Mary'],
  ['Мэттью', 'Matthew'],
  ['Мэтт', 'Matt'],
  ['Нед', 'Ned'],
  ['Нэнси', 'Nancy'],
  ['Николь', 'Nicole'],
  ['Норман', 'Norman'],
  ['Патрик', 'Patrick'],
  ['Пит', 'Pete'],
  ['Питер', 'Peter'],
  ['Пол', 'Paul'],
  ['Райан', 'Ryan'],
  ['Рекс', 'Rex'],
  ['Ричард', 'Richard'],
  ['Роберт', 'Robert'],
  ['Роджер', 'Roger'],
  ['Рональд', 'Ronald'],
  ['Рэймонд', 'Raymond'],
  ['Рэйчел', 'Rachel'],
  ['Саманта', 'Samantha'],
  ['Сара', 'Sarah'],
  ['Скотт', 'Scott'],
  ['Стив', 'Steve'],
  ['Стивен', 'Steven'],
  ['Сьюзан', 'Susan'],
  ['Сэмюэл', 'Samuel'],
  ['Тимоти', 'Timothy'],
  ['Тодд', 'Todd'],
  ['Томас', 'Thomas'],
  ['Тони', 'Tony'],
  ['Тревор', 'Trevor'],
  ['Уильям', 'William'],
  ['Уэнди', 'Wendy'],
  ['Фрэнк', 'Frank'],
  ['Хизер', 'Heather'],
  ['Хиллари', 'Hillary'],
  ['Чарльз', 'Charles'],
  ['Шон', 'Sean'],
  ['Эван', 'Evan'],
  ['Эдвард', 'Edward'],
  ['Эми', 'Amy'],
  ['Эндрю', 'Andrew'],
  ['Энн', 'Ann'],
  ['Эрик', 'Eric'],
  ['Эшли', 'Ashley'],
];

const ENGLISH = new Map(PAIRS);

/** Case endings a foreign given name takes in Russian ("Джона", "Джону", "Джоном", "Джоне"; "Сары", "Саре", "Сарой"). */
const ENDINGS = /(?:ом|ой|ем|а|у|е|ы|и|ю)$/u;

/**
 * The English given name a Russian spelling transcribes, in the nominative or an oblique case ("Майкле" is Michael),
 * or undefined when the list does not know it.
 */
export function englishGivenNameOf(russian: string): string | undefined {
  const found = ENGLISH.get(russian);
  if (found) return found;
  const stem = russian.replace(ENDINGS, '');
  if (stem === russian || stem.length < 2) return undefined;
  return ENGLISH.get(stem) ?? ENGLISH.get(`${stem}а`);
}
