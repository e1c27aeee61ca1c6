import { describe, expect, it } from 'vitest';
import { OUTLETS } from './seed-outlets.ts';
import { generateSeeds } from './seeds.ts';

const seeds = generateSeeds(200, 1);
const furniture = new Set(OUTLETS.flatMap((outlet) => outlet.header));
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
/** Lines of prose: eight words or more, ending a sentence. */
const paragraphs = (text: string) => lines(text).filter((line) => line.split(' ').length >= 8 && /[.!?"]$/.test(line));

describe('generateSeeds', () => {
  it('gives the same seeds for the same seed, and others for another', () => {
    expect(generateSeeds(20, 1)).toEqual(seeds.slice(0, 20));
    expect(generateSeeds(20, 2)).not.toEqual(seeds.slice(0, 20));
  });

  it('gives as many seeds as asked, none for zero', () => {
    expect(seeds).toHaveLength(200);
    expect(generateSeeds(0)).toEqual([]);
  });

  it('names every seed like the archive\'s, "0042_<16 hex>.txt", each name once', () => {
    for (const { file } of seeds) expect(file).toMatch(/^\d{4}_[0-9a-f]{16}\.txt$/);
    expect(new Set(seeds.map(({ file }) => file)).size).toBe(seeds.length);
  });

  it('opens every text, after its masthead, with a short headline that is not a sentence', () => {
    for (const { text } of seeds) {
      const first = lines(text).find((line) => !furniture.has(line)) ?? '';
      expect(first.length).toBeLessThan(100);
      expect(first).toMatch(/^[A-Z].*[^.]$/);
    }
  });

  it('gives every text at least 5 paragraphs of prose', () => {
    for (const { text } of seeds) expect(paragraphs(text).length).toBeGreaterThanOrEqual(5);
  });

  it("runs as long as the archive's texts: most of 150–450 words, a few long reports of 700 or more", () => {
    const words = seeds.map(({ text }) => text.split(/\s+/).length).sort((a, b) => a - b);
    const median = words[words.length / 2] ?? 0;
    expect(median).toBeGreaterThan(240);
    expect(median).toBeLessThan(340);
    expect(words.filter((count) => count >= 150 && count <= 450).length).toBeGreaterThan(170);
    const long = words.filter((count) => count >= 700).length;
    expect(long).toBeGreaterThanOrEqual(2);
    expect(long).toBeLessThanOrEqual(25);
  });

  it('quotes people directly, attributing the words to them', () => {
    const quoted = seeds.filter(({ text }) => /," [A-Z][\w-]+ (?:said|was quoted|told)/.test(text));
    expect(quoted.length).toBeGreaterThan(150);
  });

  it('draws on ten outlets or more in 200 seeds', () => {
    const used = OUTLETS.filter((outlet) => seeds.some(({ text }) => outlet.header.every((l) => text.includes(l))));
    expect(used.length).toBeGreaterThanOrEqual(10);
  });

  it('prints every date style in 200 seeds, and some seeds with no date at all', () => {
    const styles = {
      stamp: /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/m,
      updated: /^Updated: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m,
      agency: /^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \([\w ]+\) - /m,
      long: /^(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2})$/m,
    };
    for (const pattern of Object.values(styles)) expect(seeds.some(({ text }) => pattern.test(text))).toBe(true);
    const undated = seeds.filter(({ text }) => Object.values(styles).every((pattern) => !pattern.test(text)));
    expect(undated.length).toBeGreaterThan(5);
  });

  it('speaks of the themes: Iraq, Syria, the reset and Iran', () => {
    for (const word of ['Iraq', 'Syria', 'reset', 'Iran']) {
      expect(seeds.filter(({ text }) => text.includes(word)).length).toBeGreaterThan(10);
    }
  });

  it("says which seeds print their day with its year, the day being the story's", () => {
    const printed = /^(?:\d{2}\/\d{2}\/\d{4}|Updated: \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/m;
    for (const { text, dated, day } of seeds) {
      expect(printed.test(text)).toBe(dated);
      if (dated) expect(text).toContain(day.slice(0, 4));
    }
    expect(seeds.filter(({ dated }) => !dated).length).toBeGreaterThan(20);
  });
});
