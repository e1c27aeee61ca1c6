import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paragraphsOf } from '../../../src/lib/stories.ts';
import { ROOT, SEEDS } from '../../../test/paths.ts';
import {
  groupStories,
  type KnownLinks,
  SAME_STORY,
  type Story,
  shingles,
  signature,
  signatureDigest,
  similarity,
  textSignature,
} from './stories.ts';

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

describe('groupStories, with the links of an earlier run', () => {
  /**
   * An archive of made-up stories: each told by one to four witnesses, windows of its words with some words changed,
   * so that pairs fall on both sides of `SAME_STORY` and average linkage both joins and keeps apart.
   */
  const archive = Array.from({ length: 30 }, (_, story) =>
    Array.from({ length: 1 + (story % 4) }, (_, witness) => {
      const start = witness * 12;
      const length = 70 + ((story * 7 + witness * 13) % 50);
      const words = Array.from({ length }, (_, i) =>
        (start + i) % (17 + 3 * witness) === witness ? `x${story}v${witness}n${i}` : `s${story}w${start + i}`,
      );
      return { slug: `story-${story}-${witness}`, text: words.join(' ') };
    }),
  ).flat();
  const linkSet = (links: KnownLinks) =>
    links.links
      .map(([x, y, same]) => [links.signatures[x], links.signatures[y]].sort().concat(String(same)).join(' '))
      .sort();

  it('gives the same stories as a run without them, after articles are edited, added, removed and renamed', () => {
    let kept: KnownLinks | undefined;
    const first = groupStories(archive, { code: 'c', found: (links) => (kept = links) });
    expect(JSON.stringify(first)).toBe(JSON.stringify(groupStories(archive)));
    expect(first.length).toBeGreaterThan(10);
    expect(kept?.links.length).toBeGreaterThan(20);
    const edited = archive
      .filter(({ slug }) => slug !== 'story-3-2')
      .map((article) =>
        article.slug === 'story-7-1'
          ? { ...article, text: `${archive.find(({ slug }) => slug === 'story-11-0')?.text} and more` }
          : article.slug === 'story-5-0'
            ? { slug: 'story-5-renamed', text: article.text }
            : article,
      )
      .concat({ slug: 'story-2-copy', text: archive.find(({ slug }) => slug === 'story-2-1')?.text ?? '' });
    let again: KnownLinks | undefined;
    const cached = groupStories(edited, {
      code: 'c',
      ...(kept ? { known: kept } : {}),
      found: (links) => (again = links),
    });
    let fresh: KnownLinks | undefined;
    const uncached = groupStories(edited, { code: 'c', found: (links) => (fresh = links) });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(uncached));
    // The edited article joined another story, and the copy its original's.
    expect(cached.find(({ witnesses }) => witnesses.some(({ slug }) => slug === 'story-7-1'))?.id).toBe('story-11-0');
    const copied = cached.find(({ witnesses }) => witnesses.some(({ slug }) => slug === 'story-2-copy'));
    expect(copied?.witnesses.map(({ slug }) => slug)).toContain('story-2-1');
    // The links kept for the next run are the same as a run without the earlier ones finds.
    expect(again && linkSet(again)).toEqual(fresh && linkSet(fresh));
  });

  it("takes the earlier links of unchanged articles as they were, and finds a changed article's again", () => {
    let kept: KnownLinks | undefined;
    groupStories(archive, { code: 'c', found: (links) => (kept = links) });
    if (!kept) throw new Error('no links kept');
    // A link the earlier run never found, between two stories' first witnesses, is taken as it is, which shows that
    // the links of unchanged articles are not scored again…
    const digest = (slug: string) => signatureDigest(textSignature(archive.find((a) => a.slug === slug)?.text ?? ''));
    const pair = [digest('story-8-0'), digest('story-9-0')].sort().join(' ');
    const forged: KnownLinks = {
      ...kept,
      links: [
        ...kept.links,
        [kept.signatures.indexOf(digest('story-8-0')), kept.signatures.indexOf(digest('story-9-0')), 256],
      ],
    };
    const foundWith = (articles: typeof archive, code: string) => {
      let found: KnownLinks | undefined;
      const stories = groupStories(articles, { code, known: forged, found: (links) => (found = links) });
      expect(JSON.stringify(stories)).toBe(JSON.stringify(groupStories(articles)));
      return found ? linkSet(found) : [];
    };
    expect(foundWith(archive, 'c')).toContain(`${pair} 256`);
    // …but not when the code that found it was another, nor once one of the two articles changed.
    expect(foundWith(archive, 'd').some((link) => link.startsWith(pair))).toBe(false);
    const changed = archive.map((a) => (a.slug === 'story-9-0' ? { ...a, text: `${a.text} with a new sentence` } : a));
    expect(foundWith(changed, 'c').some((link) => link.startsWith(`${digest('story-8-0')} `))).toBe(false);
  });

  const keep = (articles: typeof archive) => {
    let kept: KnownLinks | undefined;
    groupStories(articles, { code: 'c', found: (links) => (kept = links) });
    if (!kept?.verdicts) throw new Error('no verdicts kept');
    return { ...kept, verdicts: kept.verdicts };
  };

  it('keeps both verdicts: groups joined and groups kept apart', () => {
    const { verdicts } = keep(archive);
    expect(verdicts.joined.length).toBeGreaterThan(10);
    expect(verdicts.apart.length).toBeGreaterThan(0);
  });

  it('takes a verdict on two groups whose articles are unchanged, and never on groups of a changed article', () => {
    const kept = keep(archive);
    // Every pair of groups told to join, as no run would find it: taken, the stories are not the true ones…
    const forged: KnownLinks = {
      ...kept,
      verdicts: { joined: [...kept.verdicts.joined, ...kept.verdicts.apart], apart: [] },
    };
    const truth = JSON.stringify(groupStories(archive));
    expect(JSON.stringify(groupStories(archive, { code: 'c', known: forged }))).not.toBe(truth);
    // …but once each article changed, no group is one the verdicts name, and every pair is summed again.
    const edited = archive.map((article) => ({ ...article, text: `${article.text} and more` }));
    expect(JSON.stringify(groupStories(edited, { code: 'c', known: forged }))).toBe(
      JSON.stringify(groupStories(edited)),
    );
    // Nor are they taken under other code.
    expect(JSON.stringify(groupStories(archive, { code: 'd', known: forged }))).toBe(truth);
  });
});

describe('groupStories, against average linkage done the long way', () => {
  /** Every candidate pair scored, and every pair across two groups summed again at each link: the definition. */
  function reference(articles: { slug: string; text: string }[]): string[][] {
    const sorted = articles.toSorted((a, b) => (a.slug < b.slug ? -1 : 1));
    const signatures = sorted.map(({ text }) => textSignature(text));
    const links: { a: number; b: number; score: number }[] = [];
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length; b++) {
        const [x, y] = [signatures[a], signatures[b]];
        const band = Array.from({ length: 128 }, (_, i) => i * 2).some(
          (i) => x?.[i] === y?.[i] && x?.[i + 1] === y?.[i + 1],
        );
        const score = similarity(x, y);
        if (band && score >= SAME_STORY) links.push({ a, b, score });
      }
    }
    links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const groupOf = sorted.map((_, i) => i);
    for (const { a, b } of links) {
      const [x, y] = [groupOf[a], groupOf[b]];
      if (x === y) continue;
      const first = groupOf.flatMap((g, i) => (g === x ? [i] : []));
      const second = groupOf.flatMap((g, i) => (g === y ? [i] : []));
      let sum = 0;
      for (const i of first) for (const j of second) sum += similarity(signatures[i], signatures[j]);
      if (sum / (first.length * second.length) < SAME_STORY) continue;
      for (const i of second) groupOf[i] = x ?? 0;
    }
    const groups = [...new Set(groupOf)].map((g) =>
      groupOf.flatMap((h, i) => (h === g ? [sorted[i]?.slug ?? ''] : [])),
    );
    const first = (group: string[]) => group[0] ?? '';
    return groups.filter((group) => group.length > 1).sort((m, n) => (first(m) < first(n) ? -1 : 1));
  }

  it('gives the same stories on three templates told by forty outlets each, with words of their own', () => {
    // Large groups that grow one article at a time and meet other large groups: what the kept sums are for.
    const articles = Array.from({ length: 120 }, (_, n) => {
      const [template, outlet] = [n % 3, Math.floor(n / 3)];
      const words = Array.from({ length: 90 }, (_, i) =>
        (i * 7 + outlet) % (6 + (outlet % 5)) === 0
          ? `o${outlet}t${template}w${i}`
          : `t${template}w${i + (outlet % 4) * 3}`,
      );
      return { slug: `a${String(n).padStart(3, '0')}`, text: words.join(' ') };
    });
    let kept: KnownLinks | undefined;
    const slugs = (stories: Story[]) => stories.map(({ witnesses }) => witnesses.map(({ slug }) => slug));
    const stories = slugs(groupStories(articles, { code: 'c', found: (links) => (kept = links) }));
    expect(stories.length).toBeGreaterThan(2);
    expect(Math.max(...stories.map((story) => story.length))).toBeGreaterThan(10);
    expect(stories).toEqual(reference(articles));
    // A rebuild after one outlet's copy of each template changed, with the earlier run's links and verdicts.
    const edited = articles.map((article, n) =>
      n >= 30 && n < 33 ? { ...article, text: article.text.replace(/ \S+ \S+$/, ' words of its own') } : article,
    );
    expect(slugs(groupStories(edited, { code: 'c', ...(kept ? { known: kept } : {}) }))).toEqual(reference(edited));
  });
});
