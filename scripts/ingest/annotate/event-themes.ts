import type { Theme } from '../../../src/schemas/theme.ts';
import type { FoundEvent } from './events.ts';
import type { Mention } from './spans.ts';
import { weigh } from './themes.ts';

/** Text and the mentions in it, as evidence for an event's themes. */
interface Passage {
  text: string;
  mentions: Mention[];
}

/**
 * The themes an event belongs to, among its article's: those its own sentence gives any evidence for (a
 * signal of the theme, see `weigh`); failing that, those its paragraph gives evidence for; failing that, the
 * article's theme when it has only one, since a one-subject article's events share its subject. An article on
 * two themes gives an event neither unless its words point to one: START I signed in 1991, in a report on the
 * reset and Iran, is the reset's (its sentence names the treaty), not Iran's.
 */
export function eventThemes(event: FoundEvent, paragraph: Passage, themes: Theme[]): string[] {
  if (themes.length === 0) return [];
  const sentenceStart = paragraph.text.indexOf(event.sentence);
  const sentence: Passage = {
    text: event.sentence,
    mentions: paragraph.mentions.filter(
      (m) => sentenceStart >= 0 && m.start >= sentenceStart && m.end <= sentenceStart + event.sentence.length,
    ),
  };
  for (const passage of [sentence, paragraph]) {
    const found = supported(passage, themes);
    if (found.length > 0) return found;
  }
  return themes.length === 1 && themes[0] ? [themes[0].id] : [];
}

/** The themes with any evidence in a passage, in the order given. */
function supported(passage: Passage, themes: Theme[]): string[] {
  const counts = new Map<string, number>();
  for (const { id } of passage.mentions) counts.set(id, (counts.get(id) ?? 0) + 1);
  return themes
    .filter((theme) => weigh({ text: passage.text, mentions: counts }, theme).mass > 0)
    .map((theme) => theme.id);
}
