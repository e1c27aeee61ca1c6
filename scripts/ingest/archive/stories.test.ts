import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paragraphsOf } from '../../../src/lib/stories.ts';
import { ROOT, SEEDS } from '../../../test/paths.ts';
import { groupStories, SAME_STORY, shingles, signature, similarity, textSignature } from './stories.ts';

/** The raw files, page furniture included: the harder case, since the clean stage only raises the similarity. */
const seeds = readdirSync(SEEDS).map((name) => ({ slug: name, text: readFileSync(join(SEEDS, name), 'utf8') }));
const evalDir = join(ROOT, 'test', 'eval', 'articles');
const evaluation = readdirSync(evalDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ slug: name, text: readFileSync(join(evalDir, name), 'utf8') }));

const text = (slug: string): string => seeds.find((seed) => seed.slug === slug)?.text ?? '';
const syriaXinhua = text('002_28f635b30a3f27c3.txt');
const syriaIans = text('001_173a5491ff2380e5.txt');
const estimate = (a: string, b: string): number => similarity(signature(shingles(a)), signature(shingles(b)));

/** A committed article's body text, paragraph by paragraph, as the ingest passes it to `groupStories`. */
function body(slug: string): string {
  const source = readFileSync(join(ROOT, 'content', 'articles', `${slug}.mdx`), 'utf8');
  const [, frontmatter = '', mdx = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return paragraphsOf(mdx, parse(frontmatter).paragraphs)
    .map((paragraph) => paragraph.text)
    .join('\n');
}

describe('groupStories', () => {
  it('makes seeds 001 and 002, one Xinhua wire story, one story, and pairs no other seeds', () => {
    expect(groupStories(seeds)).toEqual([
      {
        id: '001_173a5491ff2380e5.txt',
        witnesses: [{ slug: '001_173a5491ff2380e5.txt' }, { slug: '002_28f635b30a3f27c3.txt' }],
        similarity: 0.227,
      },
    ]);
  });

  it('finds no other story among the seeds and the evaluation articles', () => {
    expect(evaluation.length).toBeGreaterThanOrEqual(42);
    expect(groupStories([...seeds, ...evaluation]).map(({ id }) => id)).toEqual(['001_173a5491ff2380e5.txt']);
  });

  it('gives the same stories, byte for byte, for the same articles in any order', () => {
    const once = JSON.stringify(groupStories([...seeds, ...evaluation]));
    // Signatures kept from an earlier run (the ingest's cache) give the same stories as the texts.
    const kept = [...seeds, ...evaluation].map((article) => ({ ...article, signature: textSignature(article.text) }));
    expect(JSON.stringify(groupStories(kept))).toBe(once);
    expect(JSON.stringify(groupStories([...seeds, ...evaluation]))).toBe(once);
    expect(JSON.stringify(groupStories([...evaluation, ...seeds].reverse()))).toBe(once);
  });

  it('names a story after its smallest slug and lists its witnesses by slug', () => {
    const stories = groupStories([
      { slug: 'b-xinhua', text: syriaXinhua },
      { slug: 'c-other', text: text('000_930bb7c079e392ac.txt') },
      { slug: 'a-ians', text: syriaIans },
    ]);
    expect(stories.map(({ id, witnesses }) => [id, witnesses.map(({ slug }) => slug)])).toEqual([
      ['a-ians', ['a-ians', 'b-xinhua']],
    ]);
  });

  it('joins a copy cut to its first half to the story, on body text as the ingest passes it', () => {
    // Raw, the half copy shares 0.10 with the other outlet's page and stays apart: page furniture dilutes it.
    const [ians, xinhua] = [
      body('russia-us-agree-to-cooperate-in-solving-syria-crisis'),
      body('russia-us-agree-to-cooperate-in-solving-syria-crisis-russian'),
    ];
    const half = ians.slice(0, ians.length / 2);
    const [story] = groupStories([
      { slug: 'ians', text: ians },
      { slug: 'xinhua', text: xinhua },
      { slug: 'ians-cut', text: half },
    ]);
    expect(story?.witnesses).toHaveLength(3);
    expect(story?.similarity).toBe(Math.round(estimate(half, xinhua) * 1000) / 1000);
    expect(story?.similarity).toBeLessThan(estimate(half, ians));
  });

  it('never groups articles without words, however many there are', () => {
    expect(
      groupStories([
        { slug: 'a', text: '' },
        { slug: 'b', text: ' — ' },
        { slug: 'c', text: '' },
      ]),
    ).toEqual([]);
  });

  it('keeps apart two articles that share one long quotation but tell different stories', () => {
    const quotation = ' "We did not agree on any specific steps, but on continuing our cooperation," Lavrov said. ';
    const a = text('000_930bb7c079e392ac.txt') + quotation;
    const b = text('004_a608fb363b637e8a.txt') + quotation;
    expect(estimate(a, b)).toBeLessThan(SAME_STORY);
    expect(
      groupStories([
        { slug: 'a', text: a },
        { slug: 'b', text: b },
      ]),
    ).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 1 for the same text and 0 for texts with no run of five words in common', () => {
    expect(estimate(syriaIans, syriaIans)).toBe(1);
    expect(estimate('Lavrov met Clinton in Geneva on Friday', 'Putin met Obama in New York on Monday')).toBe(0);
  });
  it('ignores case and punctuation: "Russia, US agree" is "russia us agree"', () => {
    expect(estimate('Russia, US agree to cooperate in Syria.', 'russia us agree to cooperate in syria')).toBe(1);
  });
});

describe('groupStories, on chains', () => {
  it('does not chain A to C through B when A and C share nothing', () => {
    const words = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');
    const stories = groupStories([
      { slug: 'a', text: words(1, 100) },
      { slug: 'b', text: words(60, 160) },
      { slug: 'c', text: words(120, 220) },
    ]);
    expect(stories.flatMap((story) => story.witnesses.map((w) => w.slug)).sort()).not.toEqual(['a', 'b', 'c']);
    expect(stories.every((story) => story.witnesses.length === 2)).toBe(true);
  });
});
