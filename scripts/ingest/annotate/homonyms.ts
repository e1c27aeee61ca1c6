import { earliest } from '../../../src/lib/dates.ts';
import type { KindedEntry } from './gazetteer.ts';

type Role = KindedEntry['roles'][number];

/** What the text around a surname tells about whom it means. */
export interface SurnameContext {
  /** The ids of the people the article names in full. */
  named: Set<string>;
  /** The article's date, as the earliest instant of its EDTF; undefined when it has none. */
  when: number | undefined;
  /** The people the article names in full, whose times in office date an article that has no date of its own. */
  contemporaries: KindedEntry[];
  /** The office the text gives the surname ("President" in "President Clinton" or "the Clinton administration"). */
  title: string | undefined;
}

/**
 * The one person a surname means here, of the people who have it: only those who ever held the office the text gives
 * the surname, when it gives one (a person the gazetteer knows no office of is not ruled out), and none the article
 * predates (`beforeTheirTime`) unless it names them in full; then the one the article names in full; else the one in
 * office on its date; else, when the article has no date, the one whose time in office meets that of the most people
 * it names in full (Boris Yeltsin makes a "Bush" the elder).
 */
export function pickPerson(entries: KindedEntry[], context: SurnameContext): KindedEntry | undefined {
  const { title, named, when, contemporaries } = context;
  const timely = entries.filter((entry) => named.has(entry.id) || !beforeTheirTime(entry, when));
  const titled = title ? timely.filter((entry) => entry.roles.length === 0 || heldTitle(entry, title)) : timely;
  if (titled.length <= 1) return titled[0];
  const inText = titled.filter((entry) => named.has(entry.id));
  if (inText.length === 1) return inText[0];
  const pool = inText.length > 1 ? inText : titled;
  if (when !== undefined) {
    const inOffice = pool.filter((entry) => entry.roles.some((role) => holds(role, when)));
    return inOffice.length === 1 ? inOffice[0] : undefined;
  }
  return bestContemporary(pool, contemporaries);
}

/**
 * How many years before their first office the news already calls a person by surname alone: a campaign, a
 * nomination, a term in a lower office the gazetteer does not list. A presidential term, set beforehand, not fitted.
 */
export const YEARS_BEFORE_OFFICE = 4;

const YEAR = 365.25 * 24 * 3600 * 1000;

/**
 * Whether an article dated `when` comes more than {@link YEARS_BEFORE_OFFICE} years before every office a person held:
 * a surname alone there names someone else, a parent or a namesake ("President Bush" in 1989 is not the Bush who took
 * office in 2001, "Clinton" in 1993 not the Clinton whose first office was in 2009). Nobody predates a person whose
 * offices are unknown.
 */
export function beforeTheirTime(entry: KindedEntry, when: number | undefined): boolean {
  if (when === undefined || entry.roles.length === 0) return false;
  const first = Math.min(...entry.roles.map((role) => term(role)[0]));
  return when < first - YEARS_BEFORE_OFFICE * YEAR;
}

/** The offices a surname may follow, and the one the word "administration" after it stands for. */
const TITLES = ['Vice President', 'President', 'Prime Minister', 'Secretary', 'Senator', 'Ambassador', 'Chancellor'];
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${TITLES.join('|')})\\s+$`, 'u');
const ADMINISTRATION_AFTER = /^['’]?s?\s+[Aa]dministration\b/;

/** The office the text gives the surname at `start`–`end`: the title before it, or "President" for "X administration". */
export function titleAround(text: string, start: number, end: number): string | undefined {
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (before?.[1]) return before[1];
  return ADMINISTRATION_AFTER.test(text.slice(end)) ? 'President' : undefined;
}

/** Whether a person ever held an office whose title, a country before it aside, begins with `title`. */
export function heldTitle(entry: KindedEntry, title: string): boolean {
  const wanted = title.toLowerCase();
  return entry.roles.some((role) =>
    role.title
      .replace(/^(?:United States|US|U\.S\.|Russian|American)\s+/, '')
      .toLowerCase()
      .startsWith(wanted),
  );
}

/** The one person whose offices overlap those of the most contemporaries other than themselves; none on a tie or at nought. */
function bestContemporary(pool: KindedEntry[], contemporaries: KindedEntry[]): KindedEntry | undefined {
  const scored = pool.map((entry) => ({
    entry,
    met: contemporaries.filter((other) => other.id !== entry.id && overlaps(entry, other)).length,
  }));
  const most = Math.max(0, ...scored.map(({ met }) => met));
  const best = scored.filter(({ met }) => met === most);
  return most > 0 && best.length === 1 ? best[0]?.entry : undefined;
}

/** Whether two people held offices at some same time. */
function overlaps(a: KindedEntry, b: KindedEntry): boolean {
  return a.roles.some((one) => {
    const [from, to] = term(one);
    return b.roles.some((other) => {
      const [otherFrom, otherTo] = term(other);
      return from <= otherTo && otherFrom <= to;
    });
  });
}

/** Each office's first and last instant, read once: every article asks of every office in the gazetteer. */
const terms = new WeakMap<Role, [number, number]>();

function term(role: Role): [number, number] {
  let known = terms.get(role);
  if (!known) {
    const from = earliest(role.from) ?? Number.NEGATIVE_INFINITY;
    const to = role.to ? (earliest(role.to) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
    known = [from, to];
    terms.set(role, known);
  }
  return known;
}

/** Whether a person held an office at an instant. */
export function holds(role: Role, when: number): boolean {
  const [from, to] = term(role);
  return from <= when && when <= to;
}
