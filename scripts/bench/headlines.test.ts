import { describe, expect, it } from 'vitest';
import { headline, type Occasion } from './headlines.ts';
import { diplomats } from './people.ts';
import { createRandom } from './random.ts';

const random = createRandom(1);
const people = diplomats(random, 40);
const occasion = (more: Partial<Occasion>): Occasion => ({
  themes: ['syria'],
  year: 2013,
  witnesses: 1,
  person: () => random.pick(people),
  ...more,
});
const many = (more: Partial<Occasion>) => Array.from({ length: 500 }, () => headline(random, occasion(more)));

describe('headline', () => {
  it('names its people by surname in the title and by role and full name in the sentence', () => {
    const told = many({}).find(({ people }) => people.length === 2);
    const [a, b] = told?.people ?? [];
    expect(told?.title).toContain(`${a?.surname} and ${b?.surname}`);
    expect(told?.sentences[0]).toContain(`${a?.role} ${a?.name}`);
  });

  it('keeps titles within the length asked for, and under 80 characters by default', () => {
    expect(Math.max(...many({}).map(({ title }) => title.length))).toBeLessThan(80);
    expect(Math.max(...many({ max: 45 }).map(({ title }) => title.length))).toBeLessThanOrEqual(45);
  });

  it('writes one sentence per witness, each a full sentence with no slot left unfilled', () => {
    for (const { sentences } of many({ witnesses: 3 })) {
      expect(sentences).toHaveLength(3);
      for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z][^{}]+\.$/);
    }
  });

  it('joins the short names of two themes, and keeps to the topics of one', () => {
    expect(many({ themes: ['iraq', 'iran'] }).every(({ title }) => title.includes('Iraq and Iran'))).toBe(true);
    expect(many({ themes: ['reset'] }).some(({ title }) => /Syria|Iraq|Iran/.test(title))).toBe(false);
  });

  it('numbers UN resolutions as the Security Council did that year', () => {
    const numbers = many({ year: 2003 }).flatMap(({ title }) => title.match(/Resolution (\d+)/)?.[1] ?? []);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => Number(n) >= 1400 && Number(n) <= 1520)).toBe(true);
  });
});
