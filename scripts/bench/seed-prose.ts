import type { Person } from './people.ts';
import type { Random } from './random.ts';
import type { Theme } from './timeline.ts';
import { PLACES, WHEN } from './vocabulary.ts';

/** When, as a sentence says it relative to the publication day: the weekdays of `WHEN` and a few looser ones. */
const PAST = [...WHEN, 'last week', 'last month', 'earlier this month'];

/** When something is to happen, relative to the publication day. */
const FUTURE = ['next week', 'next month', 'later this month', 'on Friday', 'by the end of the year'];

/** What diplomats say, with `{topic}` for what the article is about. */
const SAYINGS = [
  'We are ready to continue our dialogue on {topic}',
  'There is no alternative to a political settlement',
  'Our positions on {topic} remain far apart, but we will keep talking',
  'We expect our partners to honour what was agreed',
  'This was a frank and constructive discussion',
  'Any unilateral steps on {topic} would be counterproductive',
  'We have agreed to keep working together on {topic}',
  'The ball is now in the other side’s court',
  'Nobody gains from a new confrontation between Moscow and Washington',
  'We need concrete steps, not declarations',
  'I would not call it a breakthrough, but it is a step forward',
  'The Security Council must remain at the centre of these efforts',
];

/** What each theme's articles recall, as background. */
const BACKGROUND: Record<Theme | 'none', string[]> = {
  iraq: [
    'Russia strongly opposed the US-led war in Iraq and has called for a greater role for the United Nations.',
    'Russian oil companies hold contracts in Iraq signed before the war.',
  ],
  syria: [
    'Moscow is a long-standing ally of the government in Damascus, while Washington backs the opposition.',
    'The conflict in Syria has driven millions of people from their homes.',
  ],
  reset: [
    'The reset in relations between Moscow and Washington was meant to end years of mistrust.',
    'Both sides say strategic arms cuts remain the cornerstone of their relationship.',
  ],
  iran: [
    'Western powers suspect Iran of seeking nuclear weapons, a charge Tehran denies.',
    'Russia is building the Bushehr nuclear power plant in Iran.',
  ],
  none: [
    'Relations between Moscow and Washington have been strained over a range of issues.',
    'Both countries are permanent members of the UN Security Council.',
  ],
};

/** Sentences that fit any article, with `{topic}`, `{place}` and `{when}`. */
const GENERAL = [
  'Diplomats said a further round of talks on {topic} could take place in {place} {next}.',
  'The two sides last discussed {topic} in {place} {when}.',
  'Officials in Washington said {when} that no decision had yet been taken.',
  'The Kremlin said {when} that it was studying the American proposals carefully.',
  'Analysts in Moscow said the meeting showed that both sides wanted to avoid a new crisis.',
  'The State Department declined to comment on the details of the talks.',
];

const fill = (text: string, slots: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? '');

/** Draws from a shuffled copy of `items`, starting over when it runs out, so an article rarely says a thing twice. */
function deck<T>(random: Random, items: readonly T[]): () => T {
  let left: T[] = [];
  return () => {
    if (left.length === 0) left = random.shuffle(items);
    return left.pop() as T;
  };
}

/** One article's writer: paragraphs of quotation and background, each saying drawn from a deck of its own. */
export function writer(random: Random, themes: Theme[], topic: string, agency: string) {
  const saying = deck(random, SAYINGS);
  const general = deck(random, GENERAL);
  const recalled = deck(
    random,
    [...themes, 'none' as const].flatMap((theme) => BACKGROUND[theme]),
  );
  return {
    quotation: (speaker: Person) => quotation(random, speaker, fill(saying(), { topic }), agency),
    background: () => {
      const slots = { topic, place: random.pick(PLACES), when: random.pick(PAST), next: random.pick(FUTURE) };
      const second = fill(general(), slots);
      return random.chance(0.5) ? `${recalled()} ${second}` : second;
    },
  };
}

/** A paragraph quoting someone directly, attributed as the press does: `"…," Lavrov said on Tuesday.` */
function quotation(random: Random, speaker: Person, said: string, agency: string): string {
  const when = random.pick(PAST);
  return random.pick([
    `"${said}," ${speaker.surname} said ${when}.`,
    `"${said}," ${speaker.role} ${speaker.name} told reporters ${when}.`,
    `"${said}," ${speaker.surname} was quoted as saying by ${agency}.`,
    `${speaker.surname} said ${when} that the talks had been "useful". "${said}," ${speaker.surname} added.`,
  ]);
}
