import { describe, expect, it } from 'vitest';
import type { ChronologyFile } from '../schemas/chronology.ts';
import { tablePages } from './chronology/decades.ts';
import {
  type ArticleKeyInputs,
  articleKeys,
  chronologyDigests,
  digestOf,
  type KeyedArticle,
  listedArticle,
  listingKeys,
  pageKey,
  pageShape,
  periodKeys,
} from './page-keys.ts';

/** What the articles loader keeps of a body: its digest, and the entities its annotations name. */
const text = (body: string): Pick<KeyedArticle, 'digest' | 'named'> => ({
  digest: pageKey(body),
  named: [...body.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] ?? ''),
});

/** Two articles of one story, and a third alone; Tehran mentioned by the first, Lavrov by all. */
function archive(): ArticleKeyInputs<KeyedArticle> {
  const article = (id: string, mentions: string[], body: string): KeyedArticle => ({
    id,
    data: { title: `Title ${id}`, outlet: { value: 'Outlet' }, mentions: mentions.map((m) => ({ id: m })), themes: [] },
    ...text(body),
  });
  return {
    articles: [
      article('a', ['sergei-lavrov', 'tehran'], 'Lavrov went to <Place id="tehran">Tehran</Place>.'),
      article('b', ['sergei-lavrov'], 'Lavrov spoke.'),
      article('c', ['sergei-lavrov'], 'Lavrov wrote.'),
    ],
    entities: [
      { id: 'sergei-lavrov', data: { name: 'Sergei Lavrov', description: 'Minister.', articles: ['a', 'b', 'c'] } },
      { id: 'tehran', data: { name: 'Tehran', description: 'Capital of Iran.', articles: ['a'] } },
    ],
    themes: [],
    stories: [{ id: 's', data: { witnesses: [{ slug: 'a' }, { slug: 'b' }] } }],
    events: [{ id: 'e1', evidence: [{ article: 'c' }] }],
    rowPath: (id) => `/chronology/#${id}`,
  };
}

/** The articles whose keys differ between two archives. */
function changed(before: ArticleKeyInputs<KeyedArticle>, after: ArticleKeyInputs<KeyedArticle>): string[] {
  const [old, now] = [articleKeys(before), articleKeys(after)];
  return [...now.keys()].filter((id) => old.get(id) !== now.get(id));
}

describe('article page keys', () => {
  it("change for one article alone when its body changes, and the entities' lists of articles with it", () => {
    const after = archive();
    after.articles[2] = { ...(after.articles[2] as KeyedArticle), ...text('Lavrov wrote twice.') };
    after.entities[0] = {
      id: 'sergei-lavrov',
      data: { name: 'Sergei Lavrov', description: 'Minister.', articles: [] },
    };
    expect(changed(archive(), after)).toEqual(['c']);
  });

  it("change for the pages that show an entity when the entity's description changes", () => {
    const after = archive();
    after.entities[1] = {
      id: 'tehran',
      data: { name: 'Tehran', description: 'Capital city of Iran.', articles: ['a'] },
    };
    expect(changed(archive(), after)).toEqual(['a']);
  });

  it("change for a story's witnesses when its similarity changes as the page states it, a whole percentage, and only then", () => {
    const withSimilarity = (similarity: number) => {
      const inputs = archive();
      inputs.stories = [{ id: 's', data: { witnesses: [{ slug: 'a' }, { slug: 'b' }], similarity } }];
      return inputs;
    };
    expect(changed(withSimilarity(0.431), withSimilarity(0.433))).toEqual([]);
    expect(changed(withSimilarity(0.431), withSimilarity(0.452))).toEqual(['a', 'b']);
  });

  it("change for the other witnesses of a story when one's headline changes", () => {
    const after = archive();
    const first = after.articles[0] as KeyedArticle;
    after.articles[0] = { ...first, data: { ...first.data, title: 'A new title' } };
    expect(changed(archive(), after)).toEqual(['a', 'b']);
  });

  it("change for an event's evidence when the event or the address of its row changes", () => {
    const moved = archive();
    moved.rowPath = (id) => `/chronology/2009/#${id}`;
    expect(changed(archive(), moved)).toEqual(['c']);
    const retitled = archive();
    retitled.events = [
      { id: 'e1', evidence: [{ article: 'c' }], title: 'New' } as ArticleKeyInputs<KeyedArticle>['events'][number],
    ];
    expect(changed(archive(), retitled)).toEqual(['c']);
  });

  it('count an entity the body names though the frontmatter does not list it', () => {
    const before = archive();
    (before.articles[0] as KeyedArticle).data.mentions = [];
    const after = archive();
    (after.articles[0] as KeyedArticle).data.mentions = [];
    after.entities[1] = {
      id: 'tehran',
      data: { name: 'Tehran', description: 'Capital city of Iran.', articles: ['a'] },
    };
    expect(changed(before, after)).toEqual(['a']);
  });
});

describe('listing page keys', () => {
  const inputs = () => ({
    articles: [
      { id: 'a', data: { title: 'A', themes: [] }, digest: '1' },
      { id: 'b', data: { title: 'B', themes: [] }, digest: '2' },
    ],
    stories: [{ id: 's', data: { witnesses: [{ slug: 'a' }, { slug: 'b' }] } }],
    themes: [{ id: 'iran', data: { title: 'Iran' } }],
    entities: [{ id: 'lavrov', data: { name: 'Sergei Lavrov', articles: ['a'] } }],
  });

  it('change with the frontmatter of an article listed, and not with one that is not', () => {
    const old = listingKeys(inputs());
    const changed = inputs();
    changed.articles[1] = { id: 'b', data: { title: 'B, retitled', themes: [] }, digest: '3' };
    const now = listingKeys(changed);
    expect(now(['page'], { articles: ['a'] })).toBe(old(['page'], { articles: ['a'] }));
    expect(now(['page'], { articles: ['b'] })).not.toBe(old(['page'], { articles: ['b'] }));
  });

  it('take an article listed as a list shows it: a new seed digest leaves it, a new headline or theme does not', () => {
    const full = (title: string, sha256: string, themes: string[]) => ({
      title,
      titleSupplied: false,
      published: { edtf: '2009-03-06', provenance: 'stated' as const },
      outlet: { value: 'Outlet', provenance: 'stated' as const },
      agencies: [],
      themes: themes.map((id) => ({ id, by: 'machine' as const })),
      seed: { file: 'a.txt', sha256 },
    });
    const keys = (data: ReturnType<typeof full>) =>
      listingKeys({ ...inputs(), articles: [{ id: 'a', data, digest: data.seed.sha256 }] });
    const old = keys(full('A', '1', ['iran']));
    const edited = keys(full('A', '2', ['iran']));
    expect(edited(['p'], { listed: ['a'] })).toBe(old(['p'], { listed: ['a'] }));
    expect(edited(['p'], { articles: ['a'] })).not.toBe(old(['p'], { articles: ['a'] }));
    for (const other of [full('A, retitled', '1', ['iran']), full('A', '1', ['iran', 'syria'])])
      expect(keys(other)(['p'], { listed: ['a'] })).not.toBe(old(['p'], { listed: ['a'] }));
    expect(listedArticle(full('A', '1', ['iran'])).themes).toEqual(['iran']);
  });

  it("take the story of an article listed only where the list holds another of the story's witnesses", () => {
    const old = listingKeys(inputs());
    const renamed = inputs();
    renamed.stories[0] = { id: 's2', data: { witnesses: [{ slug: 'a' }, { slug: 'b' }] } };
    const now = listingKeys(renamed);
    expect(now(['p'], { listed: ['a'] })).toBe(old(['p'], { listed: ['a'] }));
    expect(now(['p'], { listed: ['a', 'b'] })).not.toBe(old(['p'], { listed: ['a', 'b'] }));
    expect(now(['p'], { articles: ['a'] })).not.toBe(old(['p'], { articles: ['a'] }));
  });

  it('change with the text of an article compared, which its frontmatter may not show', () => {
    const old = listingKeys(inputs());
    const changed = inputs();
    changed.articles[0] = { id: 'a', data: { title: 'A', themes: [] }, digest: 'new text' };
    const now = listingKeys(changed);
    expect(now(['story'], { articles: ['a'] })).toBe(old(['story'], { articles: ['a'] }));
    expect(now(['story'], { texts: ['a'] })).not.toBe(old(['story'], { texts: ['a'] }));
  });

  it('change with an entity shown, a theme, or the page data', () => {
    const old = listingKeys(inputs());
    const entity = inputs();
    entity.entities[0] = { id: 'lavrov', data: { name: 'Sergei Lavrov', articles: ['a', 'b'] } };
    expect(listingKeys(entity)(['p'], { entities: ['lavrov'] })).not.toBe(old(['p'], { entities: ['lavrov'] }));
    const theme = inputs();
    theme.themes[0] = { id: 'iran', data: { title: 'Iran and the bomb' } };
    expect(listingKeys(theme)(['p'], {})).not.toBe(old(['p'], {}));
    expect(old(['p', 1], {})).not.toBe(old(['p', 2], {}));
  });

  it('take a part that is undefined, as a list with no dates has no span', () => {
    expect(pageKey('a', undefined)).not.toBe(pageKey('a', null));
  });

  it("give a page of a list by its place and its items' ids", () => {
    expect(pageShape({ data: [{ id: 'a', body: 'long' }, 'x'], currentPage: 2, url: { prev: '/q/1/' } })).toEqual([
      { currentPage: 2, url: { prev: '/q/1/' } },
      ['a', 'x'],
    ]);
  });
});

describe("keys of the chronology's pages of periods", () => {
  /** 250 events a decade in the 1990s and 2000s (so each decade is split into years), and two without a year. */
  function chronology(): ChronologyFile {
    const event = (id: string, start?: string) => ({
      id,
      aliases: [],
      edtf: start ?? 'XXXX-03-07',
      when: start ?? '7 March',
      ...(start ? { start, end: start } : {}),
      title: `Event ${id}`,
      kind: 'mentioned',
      themes: ['iran'],
      people: ['sergei-lavrov'],
      evidence: [{ article: 'a', headline: 'Talks', path: '/articles/a/', sentence: `Sentence ${id}.` }],
    });
    const dated = Array.from({ length: 500 }, (_, i) => {
      const year = 1990 + Math.floor(i / 25);
      return event(`e${i}`, `${year}-0${1 + (i % 9)}-1${i % 10}`);
    });
    return {
      themes: [{ id: 'iran', title: 'Iran' }],
      people: [{ id: 'sergei-lavrov', name: 'Sergei Lavrov' }],
      events: [...dated, event('u1'), event('u2')],
    } as unknown as ChronologyFile;
  }
  const keys = (data: ChronologyFile) => {
    const pages = tablePages(data.events);
    const list = periodKeys(data, pages);
    return new Map(pages.map(({ period }, i) => [period.id, list[i]]));
  };
  const changedPeriods = (before: ChronologyFile, after: ChronologyFile) => {
    const [old, now] = [keys(before), keys(after)];
    return [...now.keys()].filter((id) => old.get(id) !== now.get(id));
  };
  const edit = (data: ChronologyFile, id: string) => ({
    ...data,
    events: data.events.map((event) =>
      event.id === id
        ? { ...event, evidence: event.evidence.map((w) => ({ ...w, sentence: 'An edited sentence.' })) }
        : event,
    ),
  });

  it('change for the period whose table lists an edited event, and no other', () => {
    const before = chronology();
    expect(keys(before).size).toBeGreaterThan(10);
    // e30 is of 1991, a year of its own since the decade holds more than a page of events.
    expect(changedPeriods(before, edit(before, 'e30'))).toEqual(['1991']);
  });

  it('change for every period with a chart when an undated event changes, since every chart draws it', () => {
    const before = chronology();
    const changed = changedPeriods(before, edit(before, 'u1'));
    expect(changed).toEqual([...keys(before).keys()]);
  });

  it("change for every period when a theme's title or a person's name changes", () => {
    const before = chronology();
    const after = { ...before, people: [{ id: 'sergei-lavrov', name: 'S. Lavrov' }] };
    expect(changedPeriods(before, after)).toEqual([...keys(before).keys()]);
  });
});

describe("keys of the pages that show the whole chronology (data files, drawings, the embed's frame)", () => {
  const event = (id: string, title: string, sentence: string, path: string) => ({
    id,
    aliases: [],
    edtf: '2009-03-06',
    when: '6 March 2009',
    start: '2009-03-06',
    end: '2009-03-06',
    title,
    kind: 'mentioned',
    themes: ['reset'],
    people: [],
    evidence: [{ article: 'a', headline: 'Talks', path, sentence }],
  });
  const data = (title: string, sentence: string, path = '/articles/a/#p-1') =>
    ({
      themes: [{ id: 'reset', title: 'Reset' }],
      people: [],
      events: [event('e1', title, sentence, path)],
    }) as unknown as ChronologyFile;
  const base = chronologyDigests(data('Talks open', 'The talks opened.'));

  it('changes every key with the event itself', () => {
    const after = chronologyDigests(data('Talks begin', 'The talks opened.'));
    expect([after.whole !== base.whole, after.view !== base.view, after.drawn !== base.drawn]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("changes the data files' keys, not the drawings', with the evidence's sentence or address", () => {
    const sentence = chronologyDigests(data('Talks open', 'The talks have opened.'));
    expect([sentence.whole !== base.whole, sentence.view !== base.view, sentence.drawn]).toEqual([
      true,
      false,
      base.drawn,
    ]);
    const moved = chronologyDigests(data('Talks open', 'The talks opened.', '/articles/a/#p-2'));
    expect([moved.whole !== base.whole, moved.view !== base.view, moved.drawn]).toEqual([true, true, base.drawn]);
  });
});

describe('digestOf', () => {
  it('digests an object once per form, however many keys take it', () => {
    let made = 0;
    const form = {
      name: 'without evidence',
      of: (value: object) => {
        made += 1;
        const { evidence: _evidence, ...rest } = value as { evidence: unknown };
        return rest;
      },
    };
    const event = { id: 'e1', title: 'Talks', evidence: [{ article: 'a' }] };
    expect(digestOf(event)).toBe(pageKey(event));
    expect(digestOf(event, form)).toBe(pageKey({ id: 'e1', title: 'Talks' }));
    expect(digestOf(event, form)).toBe(digestOf(event, form));
    expect(made).toBe(1);
  });

  it('gives another digest for another object with other content, and the same for the same content', () => {
    const event = { id: 'e1', title: 'Talks' };
    expect(digestOf({ ...event, title: 'Other talks' })).not.toBe(digestOf(event));
    expect(digestOf({ ...event })).toBe(digestOf(event));
  });
});
