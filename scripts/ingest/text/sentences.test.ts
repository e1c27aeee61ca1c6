import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../../bench/seeds.ts';
import { sentences } from './sentences.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('sentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    expect(sentences('Mr. Smith went to St. Petersburg. The U.S. Army did not. Why?')).toEqual([
      'Mr. Smith went to St. Petersburg.',
      'The U.S. Army did not.',
      'Why?',
    ]);
  });

  it('splits as compromise does after tagging every word, on the seeds and on generated articles', () => {
    const texts = [
      ...readdirSync(SEEDS).map((file) => readFileSync(join(SEEDS, file), 'utf8')),
      ...generateSeeds(20, 3).map((seed) => seed.text),
    ];
    const paragraphs = texts.flatMap((text) => text.split(/\n+/)).filter((paragraph) => paragraph.trim() !== '');
    expect(paragraphs.length).toBeGreaterThan(300);
    for (const paragraph of paragraphs) {
      expect(sentences(paragraph)).toEqual(nlp(paragraph).sentences().out('array'));
    }
  });
});
