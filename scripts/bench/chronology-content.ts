import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../src/schemas/article.ts';
import { type EntityRecord, type EventRecord, EventsFileSchema } from '../../src/schemas/data.ts';
import type { Block } from '../ingest/text/document.ts';
import { writeMdx } from '../ingest/write/mdx.ts';
import { diplomats } from './people.ts';
import { createRandom } from './random.ts';

/** What the benchmark writes to a throwaway project's `content/`, besides the themes it copies. */
export interface BenchContent {
  /** `content/data/events.json`. */
  events: EventRecord[];
  /** `content/data/entities.json`: every person the events name. */
  entities: EntityRecord[];
  /** `content/articles/<slug>.mdx`, one stub for every article the evidence names, by slug, with its raw seed. */
  articles: { slug: string; mdx: string; seed: string }[];
}

/** Outlets the stubs rotate through, so that the evidence's outlets weigh on the pages as the archive's do. */
const OUTLETS = ['Global News Network 9', 'Xinhua', 'RIA Novosti', 'The Moscow Times'];

/** The body of a stub whose article evidences only its own publication. */
const FILLER = 'A stub article written by the chronology benchmark; only its frontmatter matters.';

/**
 * The content a site needs to publish `events` (from `generateEvents(count, seed)`): the events, validated; a name
 * for every person they name; and a stub article for every slug their evidence names, since the chronology stops
 * the build at evidence that leads nowhere (src/lib/chronology/publish.ts).
 */
export function benchContent(events: EventRecord[], seed: number): BenchContent {
  return {
    events: EventsFileSchema.parse(events),
    entities: benchPeople(events, seed),
    articles: [...witnesses(events)].map(([slug, witness], i) => ({
      slug,
      mdx: writeMdx(stubFrontmatter(slug, witness, OUTLETS[i % OUTLETS.length] ?? ''), stubBlocks(witness)),
      seed: stubSeed(witness),
    })),
  };
}

/** What the events say of one article: its publication event, and each paragraph they cite with its sentence. */
export interface Witness {
  publication?: EventRecord;
  paragraphs: Map<string, string>;
}

/** Every article the evidence names, by slug, with what the events say of it. */
function witnesses(events: EventRecord[]): Map<string, Witness> {
  const bySlug = new Map<string, Witness>();
  for (const event of events) {
    for (const { article, paragraph, sentence } of event.evidence) {
      const witness: Witness = bySlug.get(article) ?? { paragraphs: new Map() };
      bySlug.set(article, witness);
      if (event.kind === 'publication') witness.publication = event;
      if (paragraph) witness.paragraphs.set(paragraph, sentence ?? FILLER);
    }
  }
  return new Map([...bySlug].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A stub's frontmatter: the headline its publication event gives (`Published: <headline>`, as the ingest titles
 * them), the date and themes of that event, and one paragraph id per paragraph the evidence cites, so that every
 * evidence link lands on its paragraph.
 */
export function stubFrontmatter(slug: string, witness: Witness, outlet: string): ArticleInput {
  const { publication, paragraphs } = witness;
  return {
    title: publication?.title.replace(/^Published: /, '') ?? slug.replaceAll('-', ' '),
    language: 'en',
    ...(publication ? { published: { edtf: publication.edtf, provenance: 'stated' as const } } : {}),
    outlet: { value: outlet, provenance: 'stated' },
    paragraphs: [...paragraphs.keys()],
    seed: {
      file: `${slug}.txt`,
      sha256: createHash('sha256').update(stubSeed(witness)).digest('hex'),
      encoding: 'UTF-8',
    },
    themes: (publication?.themes ?? []).map((id) => ({ id, by: 'editorial' as const })),
  };
}

/** A stub's raw seed, which its source view shows: its paragraphs, a blank line between them. */
export function stubSeed({ paragraphs }: Witness): string {
  return `${(paragraphs.size > 0 ? [...paragraphs.values()] : [FILLER]).join('\n\n')}\n`;
}

/** A stub's body: each cited paragraph as its evidence sentence, in the order of its ids; else one filler paragraph. */
function stubBlocks({ paragraphs }: Witness): Block[] {
  const texts = paragraphs.size > 0 ? [...paragraphs.values()] : [FILLER];
  return texts.map((value, i) => ({ type: 'paragraph', line: i + 1, children: [{ type: 'text', value }] }));
}

/**
 * A person entity for every id the events name, with the name and role of the generated diplomat, and the articles
 * whose evidence names them. generateEvents draws its cast of diplomats first from its seed, so the same seed gives
 * the same cast here.
 */
export function benchPeople(events: EventRecord[], seed: number): EntityRecord[] {
  const cast = new Map(diplomats(createRandom(seed)).map((person) => [person.id, person]));
  const articles = new Map<string, Set<string>>();
  for (const event of events) {
    for (const id of event.people) {
      const slugs = articles.get(id) ?? new Set();
      articles.set(id, slugs);
      for (const { article } of event.evidence) slugs.add(article);
    }
  }
  return [...articles.keys()].sort().map((id) => {
    const person = cast.get(id);
    if (!person) {
      throw new Error(
        `benchPeople: the events name "${id}", whom diplomats() does not give for seed ${seed}; generateEvents must draw its cast first (scripts/bench/events.ts).`,
      );
    }
    return {
      id,
      name: person.name,
      aliases: [],
      description: `${person.role}, in the news ${person.years[0]}–${person.years[1]} (made up for the benchmark).`,
      roles: [],
      kind: 'person',
      automatic: true,
      articles: [...(articles.get(id) ?? [])].sort(),
    };
  });
}
