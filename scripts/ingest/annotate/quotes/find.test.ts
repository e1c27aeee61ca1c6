import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../test/paths.ts';
import { articleNumber } from '../../../eval/gold.ts';
import type { EntityKind, Mention } from '../spans.ts';
import { findQuotations } from './find.ts';

// The cases of text in, quotations and speakers out are fixtures: test/fixtures/quotations/, one folder a case
// (run by test/stages.test.ts). Here: the eval articles' score and properties that hold for any text.

/** Names to link: each name's entity id, and its kind when not a person. */
type Names = Record<string, string | [string, EntityKind]>;

/**
 * A stand-in for the entity linker, which gives the same shape: every whole-word occurrence of each name, longer
 * names first, so that "Sergei Lavrov" is one mention and not also "Lavrov".
 */
function link(blocks: string[], names: Names): Mention[] {
  const mentions: Mention[] = [];
  const longestFirst = Object.keys(names).sort((a, b) => b.length - a.length);
  blocks.forEach((text, block) => {
    for (const name of longestFirst) {
      const entry = names[name] ?? '';
      const [id, kind] = typeof entry === 'string' ? [entry, 'person' as const] : entry;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
        const start = match.index;
        const end = start + name.length;
        if (mentions.some((m) => m.block === block && m.start < end && m.end > start)) continue;
        mentions.push({ block, start, end, id, kind, by: 'name' });
      }
    }
  });
  return mentions;
}

const LAVROV: Names = { 'Sergei Lavrov': 'sergei-lavrov', Lavrov: 'sergei-lavrov' };

describe('the eval articles', () => {
  const EVAL = join(ROOT, 'test', 'eval');
  const ORGANISATIONS: Record<string, string[]> = {
    'Russian Foreign Ministry': ['Foreign Ministry'],
    'U.S. Embassy in Moscow': ['US Embassy in Moscow', 'U.S. embassy', 'US Embassy'],
    Reuters: ['Reuters'],
  };
  // Names the articles use that neither the full name nor the surname matches.
  const ALIASES: Record<string, string[]> = { 'Xi Jinping': ['Xi'], 'Bashar al-Assad': ['Assad'] };
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

  /** Links every gold speaker and person by full name, by alias, and by surname where no other person shares it. */
  function goldNames(people: string[], speakers: string[]): Names {
    const names: Names = {};
    const persons = [...new Set([...people, ...speakers.filter((name) => !(name in ORGANISATIONS))])];
    const surname = (name: string) => name.split(' ').at(-1) ?? name;
    for (const person of persons) {
      names[person] = slug(person);
      for (const alias of ALIASES[person] ?? []) names[alias] = slug(person);
      if (persons.filter((other) => surname(other) === surname(person)).length === 1)
        names[surname(person)] = slug(person);
    }
    for (const [organisation, forms] of Object.entries(ORGANISATIONS)) {
      if (!speakers.includes(organisation)) continue;
      for (const form of forms) names[form] = [slug(organisation), 'organisation'];
    }
    return names;
  }

  // The twenty articles these rules were first written on (01–20); `npm run eval` scores the rest against its targets.
  it('finds at least 85% of the gold quotations with the gold speaker in the first twenty', () => {
    const misses: string[] = [];
    let total = 0;
    for (const file of readdirSync(join(EVAL, 'gold')).filter((name) => articleNumber(name) <= 20)) {
      const gold = JSON.parse(readFileSync(join(EVAL, 'gold', file), 'utf8')) as {
        people: string[];
        quotes: { start: string; speaker: string | null }[];
      };
      const blocks = readFileSync(join(EVAL, 'articles', file.replace(/\.json$/, '.txt')), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const found = findQuotations(
        blocks,
        link(
          blocks,
          goldNames(
            gold.people,
            gold.quotes.map((q) => q.speaker ?? ''),
          ),
        ),
      );
      for (const quote of gold.quotes) {
        total++;
        const match = found.find((quotation) => {
          const [span] = quotation.spans;
          return span && (blocks[span.block] ?? '').slice(span.start + 1).startsWith(quote.start);
        });
        const expected = quote.speaker === null ? undefined : slug(quote.speaker);
        if (match?.speaker !== expected || !match) {
          misses.push(`${file}: "${quote.start}" wanted ${expected}, got ${match ? match.speaker : 'no quotation'}`);
        }
      }
    }
    const share = (total - misses.length) / total;
    console.log(
      `Gold quotations found with the right speaker: ${total - misses.length} of ${total} (${Math.round(share * 100)}%)`,
    );
    for (const miss of misses) console.log(`  missed ${miss}`);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
});

describe('any text', () => {
  it('gives ids 1, 2, 3... and spans inside their blocks, whatever the marks', () => {
    const text = fc.string({
      unit: fc.constantFrom('"', '“', '”', '«', '»', "'", ' ', 'a', 'Lavrov', ' said', '.', ','),
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (blocks) => {
        const found = findQuotations(blocks, link(blocks, LAVROV));
        expect(found.map((quotation) => quotation.id)).toEqual(found.map((_, index) => index + 1));
        for (const span of found.flatMap((quotation) => quotation.spans)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual((blocks[span.block] ?? '').length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
    );
  });
});

describe('a delayed identification', () => {
  const speakers = (blocks: string[]) =>
    findQuotations(blocks, link(blocks, { 'Igor Petrov': 'auto-igor-petrov', Petrov: 'auto-igor-petrov' })).map(
      (quotation) => quotation.speaker ?? '?',
    );

  it("gives a lead's indefinite role to the person the next paragraph names saying", () => {
    expect(
      speakers([
        'A Russian envoy said on Monday that the talks had been "useful" but slow.',
        'Deputy Foreign Minister Igor Petrov said both sides would meet again.',
      ]),
    ).toEqual(['auto-igor-petrov']);
  });

  it('leaves the role unnamed when the next paragraph names no one saying, or the role is not in the lead', () => {
    expect(
      speakers([
        'A Russian envoy said on Monday that the talks had been "useful" but slow.',
        'The next round is due in March.',
      ]),
    ).toEqual(['?']);
    expect(
      speakers([
        'Talks resumed in Vienna on Monday.',
        'A Russian envoy said the talks had been "useful" but slow.',
        'Deputy Foreign Minister Igor Petrov said both sides would meet again.',
      ]),
    ).toEqual(['?']);
  });
});
