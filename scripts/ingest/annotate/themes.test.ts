import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/schemas/theme.ts';
import { CONTENT, ROOT, SEEDS } from '../../../test/paths.ts';
import { articleNumber } from '../../eval/gold.ts';
import { loadGazetteer } from '../content/gazetteer.ts';
import { loadThemes } from '../content/themes.ts';
import { assignThemes, countTerm, LEAD_PARAGRAPHS, leadParagraphs } from './themes.ts';

const gazetteer = loadGazetteer(CONTENT);
const themes = loadThemes(CONTENT, gazetteer);
const surfaces = gazetteer
  .flatMap((entry) => [entry.name, ...entry.aliases].map((surface) => ({ surface, id: entry.id })))
  .sort((a, b) => b.surface.length - a.surface.length)
  .map(({ surface, id }) => {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu') };
  });

/** A stand-in for the entity linker: every whole-word name or alias of the gazetteer, longer ones first, one id per mention. */
function mentionIds(text: string): string[] {
  const ids: string[] = [];
  let rest = text;
  for (const { id, pattern } of surfaces) {
    rest = rest.replace(pattern, (found) => {
      ids.push(id);
      return ' '.repeat(found.length);
    });
  }
  return ids;
}

/** The ids of the themes assigned to a text, best first. */
function themesOf(text: string, list: Theme[] = themes): string[] {
  return assignThemes(text, mentionIds(text), list).map(({ id }) => id);
}

/** A theme made of terms only, for tests that need no gazetteer. */
function theme(id: string, terms: string[], threshold = 2): Theme {
  return {
    id,
    title: id,
    summary: `Articles about ${id}.`,
    order: 1,
    threshold,
    sources: [],
    signals: { entities: [], terms: terms.map((term) => ({ term, weight: 1 })) },
  };
}

describe('assignThemes on the seeds (raw text, page furniture included)', () => {
  const expected: Record<string, string[]> = {
    '000_930bb7c079e392ac.txt': ['iraq'],
    '001_173a5491ff2380e5.txt': ['syria'],
    '002_28f635b30a3f27c3.txt': ['syria'],
    '003_53c4489924289c88.txt': ['reset', 'iran'],
    '004_a608fb363b637e8a.txt': ['iran'],
  };
  it.each(Object.entries(expected))('gives %s the themes %j', (file, ids) => {
    expect(themesOf(readFileSync(join(SEEDS, file), 'utf8'))).toEqual(ids);
  });
});

/**
 * The twenty evaluation articles the theme weights were measured on (01–20), each with its gold themes. The articles
 * added since are scored by `npm run eval` against its targets, not held here one by one (test/eval/README.md).
 */
/**
 * Articles whose gold the ingest departs from on purpose, with what it gives. 11, a 2011 report of New START's
 * ratification that names Obama, Medvedev and Clinton, has no theme in its gold, yet the reset's theme file lists it
 * among its sources and defines the reset as including that treaty; the fallback of `FOCUSED_SHARE` gives it the reset
 * (see the constant for the cost and the cross-validation).
 */
const DISPUTED: Record<string, string[]> = { '11-start-treaty-finalized-voa.txt': ['reset'] };

describe('assignThemes on the first twenty evaluation articles', () => {
  const dir = join(ROOT, 'test', 'eval');
  const cases = readdirSync(join(dir, 'articles'))
    .filter((name) => name.endsWith('.txt') && articleNumber(name) <= 20)
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold', name.replace(/\.txt$/, '.json')), 'utf8'));
      return [name, (DISPUTED[name] ?? (gold.themes as string[])).toSorted()] as const;
    });
  it('finds all twenty articles', () => expect(cases).toHaveLength(20));
  it.each(cases)('gives %s its gold themes %j', (name, gold) => {
    expect(themesOf(readFileSync(join(dir, 'articles', name), 'utf8')).toSorted()).toEqual(gold);
  });
});

describe('assignThemes', () => {
  const talks = theme('talks', ['talks', 'summit']);
  const war = theme('war', ['war', 'strike*']);
  it('returns no theme when nothing reaches its threshold', () => {
    expect(themesOf('The talks went on.', [talks, war])).toEqual([]);
  });
  it('ranks the themes it keeps by score, highest first', () => {
    const text = 'Talks, talks, a summit. The war, the strikes, a strike, the war again, war and talks.';
    expect(assignThemes(text, [], [talks, war]).map(({ id }) => id)).toEqual(['war', 'talks']);
  });
  it('counts a word said again less than a new kind of evidence', () => {
    const [repeated] = assignThemes('talks talks talks', [], [talks]);
    const varied = assignThemes('talks summit summit', [], [talks]);
    expect(repeated?.score).toBe(2);
    expect(varied[0]?.score).toBeGreaterThan(2);
  });
  it('keeps the one theme all the evidence points to on a little less than its threshold, not one of several', () => {
    const [strict, other] = [theme('talks', ['talks'], 3), theme('war', ['war'], 3)];
    const talks3 = 'talks '.repeat(3);
    expect(assignThemes(talks3, [], [strict, other]).map(({ id }) => id)).toEqual(['talks']);
    expect(assignThemes('talks '.repeat(2), [], [strict, other])).toEqual([]);
    expect(assignThemes(`${talks3} ${'war '.repeat(3)}`, [], [strict, other])).toEqual([]);
  });
  it('keeps a theme under its threshold only when the lead or the headline names it, not from further down', () => {
    const [strict, other] = [theme('talks', ['talks'], 3), theme('war', ['war'], 3)];
    const text = `The ministers met. They spoke of trade. ${'talks '.repeat(3)}`;
    const lead = (words: string) => ({ text: words, mentionIds: [] });
    expect(assignThemes(text, [], [strict, other], undefined, lead('The ministers met.'))).toEqual([]);
    expect(assignThemes(text, [], [strict, other], lead('Ministers resume talks'), lead('The ministers met.'))).toEqual(
      [expect.objectContaining({ id: 'talks' })],
    );
    expect(assignThemes(text, [], [strict, other], undefined, lead('The talks began.'))).toEqual([
      expect.objectContaining({ id: 'talks' }),
    ]);
  });

  it('drops a theme whose evidence is a small share of the best theme’s', () => {
    const text = `${'War broke out; the strikes went on. '.repeat(4)}Talks at a summit were cancelled.`;
    expect(themesOf(text, [talks, war])).toEqual(['war']);
  });
  it('counts a signal in the headline as much as two in the body', () => {
    expect(assignThemes('The talks went on.', [], [talks])).toEqual([]);
    const headline = { text: 'Summit talks', mentionIds: [] };
    expect(assignThemes('The talks went on.', [], [talks], headline)).toEqual([{ id: 'talks', score: 3.585 }]);
    const iran = themes.find(({ id }) => id === 'iran');
    if (!iran) throw new Error('content/themes/iran.mdx is missing');
    expect(assignThemes('', ['iran'], [iran], { text: 'Iran', mentionIds: ['iran'] })).toEqual([
      { id: 'iran', score: expect.any(Number) },
    ]);
  });
  it('counts entity mentions from the ids it is given, repeats included', () => {
    const iran = themes.find(({ id }) => id === 'iran');
    if (!iran) throw new Error('content/themes/iran.mdx is missing');
    expect(assignThemes('', ['iran', 'iran', 'iran', 'tehran'], [iran])).toEqual([{ id: 'iran', score: 3.6 }]);
    expect(assignThemes('', ['tehran', 'tehran'], [iran])).toEqual([]);
  });
});

describe('countTerm', () => {
  it('counts "Iraq" in "Iraq, Iraq’s" but not in "Iraqthat" or "Iraqi"', () => {
    expect(countTerm('Iraq, Iraq’s, Iraqthat, Iraqi', 'Iraq')).toBe(2);
  });
  it('matches a phrase across a line break, whatever the case', () => {
    expect(countTerm('the Strained\nrelations of 2003', 'strained relations')).toBe(1);
  });
  it('lets a final * match any word ending: "restart*" finds "restarting"', () => {
    expect(countTerm('restarting the button; a restart', 'restart*')).toBe(2);
  });
  it('lets every word of a Russian phrase run on: "ядерн* программ*" finds its inflected forms', () => {
    expect(countTerm('ядерной программы Ирана; по ядерной программе; ядерный арсенал', 'ядерн* программ*')).toBe(2);
    expect(countTerm('нажали кнопку перезагрузки; Перезагрузка', 'перезагрузк*')).toBe(2);
  });
  it('reads terms with punctuation literally: "5+1" is not a pattern', () => {
    expect(countTerm('the 5+1 group, not 55551', '5+1')).toBe(1);
  });
});

describe('loadThemes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function contentWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'themes-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'themes'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'themes', name), text);
    return dir;
  }
  const front = (yaml: string): string => `---\n${yaml}\n---\n\nAn introduction.\n`;
  const valid =
    'title: Arms control\nsummary: Treaties on strategic arms.\norder: 5\nsignals:\n  terms:\n    - { term: warheads, weight: 1 }';

  it('loads the four themes of content/themes in their order', () => {
    expect(themes.map(({ id }) => id)).toEqual(['iraq', 'syria', 'reset', 'iran']);
  });
  it('takes a fifth theme from one more file, with the default threshold', () => {
    const [loaded] = loadThemes(contentWith({ 'arms-control.mdx': front(valid) }), gazetteer);
    expect(loaded).toMatchObject({ id: 'arms-control', threshold: 3 });
    expect(themesOf('warheads warheads warheads warheads warheads warheads warheads', [loaded as Theme])).toEqual([
      'arms-control',
    ]);
  });
  it('names the file and the field when the frontmatter does not fit the schema', () => {
    const dir = contentWith({ 'bad.mdx': front(`${valid}\nthreshold: high`) });
    expect(() => loadThemes(dir, gazetteer)).toThrow(/bad\.mdx: does not match the theme schema: threshold/);
  });
  it('names the file and the id when an entity is not in the gazetteer', () => {
    const dir = contentWith({ 'ghost.mdx': front(`${valid}\n  entities:\n    - { id: atlantis, weight: 1 }`) });
    expect(() => loadThemes(dir, gazetteer)).toThrow(/ghost\.mdx: names entities the gazetteer lacks: atlantis/);
  });
  it('names the file when it has no frontmatter', () => {
    expect(() => loadThemes(contentWith({ 'plain.mdx': 'Just text.\n' }), gazetteer)).toThrow(
      /plain\.mdx: has no frontmatter/,
    );
  });
});

describe('leadParagraphs', () => {
  it('does not count a paragraph the next one opens with again', () => {
    const texts = [
      'The two ministers began talks in Geneva.',
      'The two ministers began talks in Geneva. The consulate announced it.',
      '"The two ministers began talks in Geneva," the consulate wrote.',
      'The war in Syria is expected to top the agenda.',
      'Talks are due to last two days.',
    ];
    expect(leadParagraphs(texts, [0, 1, 2, 3, 4])).toEqual([1, 2, 3]);
  });

  it('takes the first paragraphs as they come when none is printed again', () => {
    const texts = ['One.', 'Two.', 'Three.', 'Four.'];
    expect(leadParagraphs(texts, [0, 1, 2, 3])).toEqual([0, 1, 2].slice(0, LEAD_PARAGRAPHS));
  });
});
