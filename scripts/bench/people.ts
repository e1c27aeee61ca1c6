import { surname } from '../../src/lib/people.ts';
import { slugFor } from '../../src/lib/slug.ts';
import type { Random } from './random.ts';

/** A person the generated events name. */
export interface Person {
  /** Entity id: the slug of the name, as the gazetteer's (`sergei-lavrov`). */
  id: string;
  /** The full name, as a sentence gives it. */
  name: string;
  /** The word a headline uses (`Lavrov`, `Assad`), by the site's own rule (src/lib/people.ts). */
  surname: string;
  /** How a sentence introduces them: `Russian Foreign Minister`. */
  role: string;
  /** The first and last year they are in the news. */
  years: [number, number];
}

const words = (list: string) => list.split(' ').filter(Boolean);

/**
 * The people who carry the archive's stories (content/gazetteer/people.yaml), with the role its articles give
 * them and the years they were in the news between Moscow and Washington.
 */
const PRINCIPALS: [string, string, number, number][] = [
  ['Sergei Lavrov', 'Russian Foreign Minister', 1994, 2024],
  ['Vladimir Putin', 'Russian President', 1999, 2024],
  ['John Kerry', 'US Secretary of State', 2009, 2017],
  ['Barack Obama', 'US President', 2008, 2016],
  ['Dmitry Medvedev', 'Russian President', 2005, 2020],
  ['Hillary Clinton', 'US Secretary of State', 2009, 2016],
  ['Igor Ivanov', 'Russian Foreign Minister', 1998, 2007],
  ['Colin Powell', 'US Secretary of State', 2001, 2005],
  ['George W. Bush', 'US President', 2000, 2008],
  ['Condoleezza Rice', 'US Secretary of State', 2001, 2009],
  ['Sergei Ryabkov', 'Russian Deputy Foreign Minister', 2008, 2024],
  ['William Burns', 'US Under Secretary of State', 1998, 2024],
  ['Yevgeny Primakov', 'Russian Prime Minister', 1991, 2000],
  ['Bill Clinton', 'US President', 1992, 2001],
  ['Boris Yeltsin', 'Russian President', 1991, 1999],
  ['Madeleine Albright', 'US Secretary of State', 1993, 2001],
  ['Andrei Kozyrev', 'Russian Foreign Minister', 1991, 1996],
  ['Vitaly Churkin', 'Russian Ambassador to the UN', 1992, 2017],
  ['Bashar al-Assad', 'Syrian President', 2000, 2024],
  ['Donald Trump', 'US President', 2016, 2021],
  ['Joe Biden', 'US President', 2009, 2024],
  ['Antony Blinken', 'US Secretary of State', 2013, 2024],
  ['Rex Tillerson', 'US Secretary of State', 2017, 2018],
  ['Michael McFaul', 'US Ambassador', 2009, 2014],
  ['Yuri Fedotov', 'Russian Deputy Foreign Minister', 1999, 2010],
  ['Sergey Kislyak', 'Russian Ambassador', 2003, 2017],
  ['Kofi Annan', 'UN Secretary-General', 1997, 2012],
  ['Mohammad Javad Zarif', 'Iranian Foreign Minister', 2002, 2021],
  ['Maria Zakharova', 'Foreign Ministry spokeswoman', 2015, 2024],
  ['Victoria Nuland', 'US Assistant Secretary of State', 2005, 2024],
];

/** Given names and surnames typical of each side's diplomats, the roles its officials hold, and its share. */
const SIDES = [
  {
    given:
      'Alexander Alexei Andrei Anatoly Boris Dmitry Gennady Georgy Grigory Igor Ivan Konstantin Leonid Mikhail Nikolai Oleg Pavel Pyotr Roman Sergei Stanislav Valery Vasily Viktor Vladimir Vyacheslav Yevgeny Yuri',
    feminine: 'Anna Elena Irina Maria Natalia Olga Svetlana Tatiana Valentina Yekaterina',
    surnames:
      'Antonov Belousov Bogdanov Borodavkin Chizhov Denisov Fedorov Gatilov Grushko Karasin Kosachev Kuznetsov Lavrentiev Lukin Mamedov Morozov Nebenzya Orlov Pankin Polyansky Rudenko Savelyev Sokolov Titov Ushakov Vershinin Volkov Yakovenko Zhukov Zubkov',
    roles: ['Russian Deputy Foreign Minister', 'Russian Ambassador', 'Kremlin aide', 'Russian envoy', 'Duma deputy'],
    share: 45,
  },
  {
    given:
      'Christopher Daniel David Elizabeth James Jeffrey Jennifer John Karen Laura Mark Mary Michael Nancy Patricia Philip Richard Robert Rose Sarah Stephen Susan Thomas Wendy William',
    feminine: '',
    surnames:
      'Anderson Baker Beyrle Brooks Carter Collins Donilon Fried Gottemoeller Hadley Harris Huntsman Jackson Kennedy Miller Mitchell Nelson Parker Pickering Rademaker Ross Sherman Sullivan Taylor Tefft Thompson Walker Wright',
    roles: [
      'US Under Secretary of State',
      'US Ambassador',
      'US envoy',
      'White House adviser',
      'State Department spokesman',
    ],
    share: 40,
  },
  {
    given: 'Ahmad Ali Faisal Hassan Hussein Khalid Mahmoud Mohammad Nabil Walid',
    feminine: '',
    surnames: 'al-Moallem Allawi Araghchi Brahimi Jaafari Larijani Salehi Velayati Zebari',
    roles: ['Foreign Minister', 'UN envoy', 'Ambassador', 'nuclear negotiator'],
    share: 8,
  },
  {
    given: 'Carl Catherine Federica Frank Guido Javier Laurent Sigmar William',
    feminine: '',
    surnames: 'Ashton Bildt Fabius Gabriel Hague Mogherini Solana Steinmeier Westerwelle',
    roles: ['Foreign Minister', 'EU foreign policy chief', 'Ambassador'],
    share: 7,
  },
];

/** How many people `diplomats` can name: the principals and every made-up combination. */
const MOST_DIPLOMATS =
  PRINCIPALS.length +
  SIDES.reduce(
    (sum, side) => sum + (words(side.given).length + words(side.feminine).length) * words(side.surnames).length,
    0,
  );

/** A Russian surname as a woman bears it: Lavrov → Lavrova, Polyansky → Polyanskaya; Rudenko stays. */
function feminine(name: string): string {
  if (/(?:ov|ev|in)$/.test(name)) return `${name}a`;
  return name.replace(/sky$/, 'skaya');
}

function person(name: string, role: string, years: [number, number]): Person {
  return { id: slugFor(name), name, surname: surname(name), role, years };
}

/**
 * One made-up official of a side: a given name, a surname of that side (in the feminine when it has one), in
 * the news for 6 to 18 years from some year in 1991–2020.
 */
function official(random: Random, side: (typeof SIDES)[number]): Person {
  const woman = side.feminine !== '' && random.chance(0.25);
  const given = random.pick(words(woman ? side.feminine : side.given));
  const family = random.pick(words(side.surnames));
  const from = random.int(1991, 2020);
  const years: [number, number] = [from, Math.min(2024, from + random.int(6, 18))];
  return person(`${given} ${woman ? feminine(family) : family}`, random.pick(side.roles), years);
}

/**
 * `size` people (default 400, at most `MOST_DIPLOMATS`), most prominent first: the archive's principals, then
 * made-up officials (see `SIDES` for their shares), each id unique.
 */
export function diplomats(random: Random, size = 400): Person[] {
  if (size > MOST_DIPLOMATS) {
    throw new RangeError(
      `diplomats: ${size} people asked for, but only ${MOST_DIPLOMATS} names can be made; ask fewer.`,
    );
  }
  const people = PRINCIPALS.slice(0, size).map(([name, role, from, to]) => person(name, role, [from, to]));
  const taken = new Set(people.map(({ id }) => id));
  const sides = SIDES.map((side): [(typeof SIDES)[number], number] => [side, side.share]);
  while (people.length < size) {
    const candidate = official(random, random.weighted(sides));
    if (taken.has(candidate.id)) continue;
    taken.add(candidate.id);
    people.push(candidate);
  }
  return people;
}

/**
 * Who each year's events name, 1991–2024: the people in the news that year, the one at `rank` in `people`
 * weighted 1/(rank + 5) (a Zipf–Mandelbrot law), so a few carry most stories. Measured on 5,000 events: Lavrov
 * in 14%, Putin in 10%, the next in about 4%, the median person in 8 events; with 1/rank Lavrov was in 34%.
 */
export function castByYear(people: Person[]): Map<number, [Person, number][]> {
  const years = Array.from({ length: 2024 - 1991 + 1 }, (_, i) => 1991 + i);
  const weighted = people.map((each, rank): [Person, number] => [each, 1 / (rank + 5)]);
  const inNews = (person: Person, year: number) => person.years[0] <= year && year <= person.years[1];
  return new Map(years.map((year) => [year, weighted.filter(([person]) => inNews(person, year))]));
}
