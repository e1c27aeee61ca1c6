import type { Person } from './people.ts';
import type { Random } from './random.ts';
import type { Theme } from './timeline.ts';
import { PLACES, TEMPLATES, TOPICS, WHEN } from './vocabulary.ts';

/** What an event is called and how its witnesses tell it. */
export interface Headline {
  /** A short headline in the present tense, under `TITLE_MAX` characters. */
  title: string;
  /** The people it names, in the order it names them. */
  people: Person[];
  /** One sentence per witness, in the past tense, each a little different, as two outlets would write it. */
  sentences: string[];
}

/**
 * The longest title the generator writes, in characters: short headlines, as an editor writes them (the
 * archive's longest is 98, an article's title as its publication's, or a sentence cut at 14 words).
 */
export const TITLE_MAX = 79;

/** Fills a template's slots; `{A}` and the like take the person's role and full name. */
function fill(template: string, slots: Record<string, string>, people: Person[]): string {
  return template
    .replace(/\{([abc])\}/g, (_, slot: string) => people['abc'.indexOf(slot)]?.surname ?? '')
    .replace(/\{([ABC])\}/g, (_, slot: string) => {
      const person = people['ABC'.indexOf(slot)];
      return person ? `${person.role} ${person.name}` : '';
    })
    .replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? '');
}

/** Capitalises a sentence's first letter. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a headline is drawn for. */
export interface Occasion {
  /** The event's themes: none, one or two. */
  themes: Theme[];
  /** The year it happened, for the number of a UN resolution. */
  year: number;
  /** How many articles tell it: one sentence each. */
  witnesses: number;
  /** Someone in the news that year, the prominent more often. */
  person: () => Person;
  /** The longest the title may be, in characters; default `TITLE_MAX`. */
  max?: number;
}

/**
 * The number of a Security Council resolution of the year: about 61 a year, from 686 in March 1991 to about
 * 2,760 at the end of 2024 (https://www.un.org/securitycouncil/content/resolutions).
 */
const resolution = (random: Random, year: number) => String(686 + (year - 1991) * 61 + random.int(0, 60));

/** A headline for the occasion; a template that comes out longer than its `max` characters is drawn again. */
export function headline(random: Random, occasion: Occasion): Headline {
  const { themes, year, witnesses, person, max = TITLE_MAX } = occasion;
  const [first, second] = themes;
  for (;;) {
    const template = random.weighted(TEMPLATES.map((each) => [each, each.weight] as const));
    const topic = second
      ? `${TOPICS[first as Theme][0]} and ${TOPICS[second][0]}`
      : random.pick(TOPICS[first ?? 'none']);
    const people: Person[] = [];
    while (people.length < template.people) {
      const next = person();
      if (!people.includes(next)) people.push(next);
    }
    const slots = { topic, place: random.pick(PLACES), n: resolution(random, year) };
    const title = fill(template.title, slots, people);
    if (title.length > max) continue;
    const sentences = Array.from({ length: witnesses }, (_, i) => {
      const sentence = template.sentences[i % template.sentences.length] ?? '';
      return capitalised(fill(sentence, { ...slots, when: random.pick(WHEN) }, people));
    });
    return { title, people, sentences };
  }
}
