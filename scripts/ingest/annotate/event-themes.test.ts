import { describe, expect, it } from 'vitest';
import { themes } from '../../../test/ingest.ts';
import { eventThemes } from './event-themes.ts';
import type { FoundEvent } from './events.ts';

const event = (sentence: string): FoundEvent => ({
  edtf: '2009-03-06',
  title: sentence,
  sentence,
  block: 0,
  people: [],
  themes: [],
});
const only = (...ids: string[]) => themes.filter((theme) => ids.includes(theme.id));

describe('eventThemes', () => {
  it('gives an event the themes its sentence names, among its article’s', () => {
    const sentence = 'They discussed the uranium enrichment programme.';
    expect(eventThemes(event(sentence), { text: sentence, mentions: [] }, only('reset', 'iran'))).toEqual(['iran']);
  });

  it('falls back on the paragraph, then on the article’s single theme', () => {
    const sentence = 'They met on Friday.';
    const paragraph = `The reset was the subject. ${sentence}`;
    expect(eventThemes(event(sentence), { text: paragraph, mentions: [] }, only('reset', 'iran'))).toEqual(['reset']);
    expect(eventThemes(event(sentence), { text: sentence, mentions: [] }, only('iraq'))).toEqual(['iraq']);
  });

  it('gives none when an article has two themes and nothing points to either', () => {
    const sentence = 'They met on Friday.';
    expect(eventThemes(event(sentence), { text: sentence, mentions: [] }, only('reset', 'iran'))).toEqual([]);
  });
});
