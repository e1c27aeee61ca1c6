import type { Theme } from './timeline.ts';

/** What a theme's events are about; the first is short enough to share a title with another theme's. */
export const TOPICS: Record<Theme | 'none', string[]> = {
  iraq: ['Iraq', 'weapons inspections in Iraq', 'post-war Iraq', 'the oil-for-food programme', "Iraq's debts"],
  syria: ['Syria', "Syria's chemical weapons", 'a ceasefire in Syria', 'humanitarian access in Syria'],
  reset: ['arms control', 'the reset', 'New START', 'strategic arms cuts', 'missile defence'],
  iran: ['Iran', "Iran's nuclear programme", 'sanctions on Iran', 'the Bushehr reactor', 'uranium enrichment'],
  none: ['Afghanistan', 'North Korea', 'Kosovo', 'Georgia', 'Ukraine', 'visas', 'trade', 'counter-terrorism'],
};

/** Where diplomats meet. */
export const PLACES = [
  ...['Geneva', 'Moscow', 'Washington', 'New York', 'Vienna', 'Helsinki', 'Brussels', 'Paris', 'London'],
  ...['Berlin', 'Munich', 'Istanbul', 'Sochi', 'Prague', 'Lausanne', 'Baghdad', 'Tehran', 'Damascus'],
];

/** When, as a news sentence says it. */
export const WHEN =
  'on Monday, on Tuesday, on Wednesday, on Thursday, on Friday, at the weekend, earlier this week'.split(', ');

/**
 * Headline templates by how many people they name, each with the sentences that tell it. Slots: `{a}` a
 * surname, `{A}` role and full name, `{place}`, `{topic}`, `{when}`, `{n}` a resolution number.
 */
export const TEMPLATES: { people: number; weight: number; title: string; sentences: string[] }[] = [
  {
    people: 0,
    weight: 6,
    title: 'Russia votes against UN resolution on {topic}',
    sentences: [
      'Russia voted {when} against a draft Security Council resolution on {topic}.',
      'Moscow {when} blocked a UN resolution on {topic} drafted by Washington.',
    ],
  },
  {
    people: 0,
    weight: 5,
    title: 'UN Security Council adopts Resolution {n} on {topic}',
    sentences: [
      'The Security Council {when} unanimously adopted Resolution {n} on {topic}.',
      'Resolution {n} on {topic} was adopted {when} with Russian and US support.',
    ],
  },
  {
    people: 0,
    weight: 5,
    title: 'Russia and the US sign an accord on {topic}',
    sentences: [
      'Russia and the United States signed an agreement on {topic} in {place} {when}.',
      'An accord on {topic} was signed in {place} {when}.',
    ],
  },
  {
    people: 0,
    weight: 5,
    title: 'Moscow hosts talks on {topic}',
    sentences: [
      'Talks on {topic} opened in Moscow {when} with a US delegation taking part.',
      'Moscow hosted a round of talks on {topic} {when}.',
    ],
  },
  {
    people: 0,
    weight: 5,
    title: 'Russian and US experts meet in {place} on {topic}',
    sentences: ['Russian and American experts met in {place} {when} to discuss {topic}.'],
  },
  {
    people: 1,
    weight: 8,
    title: '{a} calls for talks on {topic}',
    sentences: [
      '{A} {when} called for international talks on {topic}.',
      '{A} said {when} that only talks could settle {topic}.',
    ],
  },
  {
    people: 1,
    weight: 8,
    title: '{a} arrives in {place} for talks on {topic}',
    sentences: [
      '{A} arrived in {place} {when} for talks on {topic}.',
      '{A}, who arrived in {place} {when}, is to hold talks on {topic}.',
    ],
  },
  {
    people: 1,
    weight: 8,
    title: '{a} warns against unilateral steps on {topic}',
    sentences: ['{A} warned {when} against any unilateral steps on {topic}.'],
  },
  {
    people: 1,
    weight: 8,
    title: '{a} proposes a conference on {topic}',
    sentences: [
      '{A} {when} proposed an international conference on {topic}.',
      'A conference on {topic} was proposed by {A} {when}.',
    ],
  },
  {
    people: 2,
    weight: 8,
    title: '{a} and {b} meet in {place} on {topic}',
    sentences: [
      '{A} and {B} met in {place} {when} to discuss {topic}.',
      '{A} held talks with {B} in {place} {when}, with {topic} high on the agenda.',
    ],
  },
  {
    people: 2,
    weight: 6,
    title: '{a} and {b} discuss {topic} by phone',
    sentences: [
      '{A} spoke by telephone with {B} {when} about {topic}.',
      '{A} and {B} discussed {topic} in a telephone conversation {when}.',
    ],
  },
  {
    people: 2,
    weight: 6,
    title: '{a} and {b} fail to agree on {topic}',
    sentences: ['{A} and {B} failed to narrow their differences on {topic} at talks in {place} {when}.'],
  },
  {
    people: 3,
    weight: 4,
    title: '{a}, {b} and {c} meet in {place} on {topic}',
    sentences: ['{A}, {B} and {C} met in {place} {when} for talks on {topic}.'],
  },
];
