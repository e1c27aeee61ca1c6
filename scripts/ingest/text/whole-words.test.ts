import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWords } from './whole-words.ts';

/** What the whole pattern finds by itself, as indices and texts. */
const native = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
const found = (finder: ReturnType<typeof wholeWords>, text: string) =>
  finder.matchAll(text).map((match) => [match.index, match[0]]);

// Pieces that begin alike, differ in case, fold together under Unicode case folding (ſ and s, K and the Kelvin sign,
// σ, ς and Σ, an old Cyrillic в and в) or do not (İ, ı and i), stand outside the Basic Multilingual Plane, or are one
// or two characters long.
const piece = fc.constantFrom(
  'Foreign Minister',
  'foreign minister',
  'Foreign',
  'For',
  'Fo',
  'F',
  'the Russian Foreign Ministry',
  'Russian',
  'Russia',
  'US',
  'U.S.',
  'ſecretary',
  'Secretary of State',
  'secretary',
  'KGB',
  '\u212AGB',
  'Σοφία',
  'σοφία',
  'ΣΟΦΊΑ',
  'Лавров',
  'ЛАВРОВ',
  '𝐀lpha',
  'Alpha',
  'İstanbul',
  'istanbul',
  'ıstanbul',
  'вы',
  '\u1C80ы',
  'ВЫ',
  '2+2',
  '(a)',
);
const glue = fc.constantFrom(' ', '', '-', ', ', '. ', '\n', '’s ', '1', 'x', 'é', '𝐀');

describe('wholeWords', () => {
  it('finds what the whole pattern finds, in case and without, on text made of the phrases and their neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.oneof(piece, fc.string({ maxLength: 4 })), glue), { maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom('\\p{L}', '\\p{L}\\p{N}'),
        (phrases, parts, ignoreCase, boundary) => {
          const ordered = [...new Set(phrases)].sort((a, b) => b.length - a.length);
          const finder = wholeWords(ordered, boundary, ignoreCase);
          const text = parts.map(([each, after]) => each + after).join('');
          expect(found(finder, text)).toEqual(native(finder.pattern, text));
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('finds a phrase that case folding alone matches, and none inside a word', () => {
    const finder = wholeWords(['secretary of state'], '\\p{L}', true);
    expect(found(finder, 'The ſecretary of State, the SECRETARY OF STATE and undersecretary of state')).toEqual([
      [4, 'ſecretary of State'],
      [28, 'SECRETARY OF STATE'],
    ]);
  });

  it('takes the first phrase listed that fits, and goes on after it', () => {
    const finder = wholeWords(['Foreign Minister', 'Foreign'], '\\p{L}\\p{N}');
    expect(found(finder, 'Foreign Minister Foreign Ministers')).toEqual([
      [0, 'Foreign Minister'],
      [17, 'Foreign'],
    ]);
  });

  it('finds nothing with no phrases', () => {
    expect(wholeWords([], '\\p{L}').matchAll('anything')).toEqual([]);
  });
});
