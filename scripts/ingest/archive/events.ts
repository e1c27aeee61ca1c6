import { chronology } from '../../../src/lib/chronology/order.ts';
import { jaccard, wordSet } from '../../../src/lib/words.ts';
import type { EventRecord, EventsEditorial, Evidence } from '../../../src/schemas/data.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { blockText } from '../text/document.ts';
import { textDigest } from '../text/ids.ts';
import { applyEventsEditorial } from './events-editorial.ts';

/** An article with the slug the archive gave it. */
export interface Slugged {
  slug: string;
  article: IngestedArticle;
}

/**
 * The chronology: each article's publication and the events its text dates, one event per happening (see
 * `mergeWitnesses`), with an editor's changes (see events-editorial.ts), by date then id.
 */
export function eventRecords(
  slugged: Slugged[],
  editorial: EventsEditorial,
): { records: EventRecord[]; warnings: string[] } {
  const machine = mergeWitnesses(slugged.flatMap(articleEvents));
  // Only the articles an editor's added events cite are searched for their evidence: the others' text is not needed.
  const cited = new Set(editorial.add.flatMap(({ evidence }) => evidence.map(({ article }) => article)));
  const paragraphs = paragraphsBySlug(slugged.filter(({ slug }) => cited.has(slug)));
  const { records, warnings } = applyEventsEditorial(machine, editorial, paragraphs);
  return { records: chronology(records), warnings };
}

/** An EDTF date as the start of an id: `[2003-08-07..2003-08-08]` → `2003-08-07-2003-08-08`, `XXXX-04-02` → `xxxx-04-02`. */
export function dateKey(edtf: string): string {
  return edtf
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One article's events, each with its own id (see `EventRecordSchema.id`). */
function articleEvents({ slug, article }: Slugged): EventRecord[] {
  const { title, published, themes = [], mentions = [], paragraphs = [] } = article.frontmatter;
  const people = mentions.map((mention) => mention.id).filter((id) => article.personIds.has(id));
  const own: EventRecord[] = published
    ? [
        {
          id: `published-${slug}`,
          aliases: [],
          edtf: published.edtf,
          title: `Published: ${title}`,
          kind: 'publication',
          themes: themes.map((theme) => theme.id),
          people,
          evidence: [{ article: slug }],
        },
      ]
    : [];
  return [
    ...own,
    ...article.events.map((event) => ({
      id: `${dateKey(event.edtf)}-${textDigest(event.sentence)}`,
      aliases: [],
      edtf: event.edtf,
      title: event.title,
      kind: 'mentioned' as const,
      themes: event.themes,
      people: event.people,
      evidence: [
        {
          article: slug,
          ...(paragraphs[event.block] ? { paragraph: paragraphs[event.block] } : {}),
          sentence: event.sentence,
        },
      ],
    })),
  ];
}

/**
 * The share of words two evidence sentences of the same date must have in common (Jaccard similarity of their
 * lower-cased word sets) to be one happening told by two witnesses. Measured on the seeds and the twenty
 * evaluation articles (every pair of events of one date from two articles): the two outlets' sentences for the
 * Putin–Obama meeting and the Baghdad centre score 0.69 and 0.92 ("centre"/"center", "said"/"quoted … as
 * saying"); the four pairs of different happenings on one date score 0.07–0.15. Half sits well between.
 */
export const SAME_HAPPENING = 0.5;

/**
 * Events of different articles on the same date whose sentences tell the same thing become one event, with
 * every witness's evidence, the union of their themes and people, and the smallest id; the others are kept as
 * aliases. Publications are never merged: each article is published once.
 */
export function mergeWitnesses(events: EventRecord[]): EventRecord[] {
  const merged: EventRecord[] = [];
  // Only events of one date can merge: each is compared with those kept before it of its date, in the same order.
  const byDate = new Map<string, EventRecord[]>();
  const similarity = sentenceSimilarity();
  for (const event of [...events].sort((a, b) => a.id.localeCompare(b.id))) {
    const same = (byDate.get(event.edtf) ?? []).find(
      (other) =>
        event.kind === 'mentioned' &&
        other.kind === 'mentioned' &&
        !other.evidence.some((evidence) => event.evidence.some(({ article }) => article === evidence.article)) &&
        similarity(other.evidence[0]?.sentence, event.evidence[0]?.sentence) >= SAME_HAPPENING,
    );
    if (!same) {
      const kept = { ...event };
      merged.push(kept);
      const sameDay = byDate.get(event.edtf);
      if (sameDay) sameDay.push(kept);
      else byDate.set(event.edtf, [kept]);
      continue;
    }
    same.aliases = [...same.aliases, event.id, ...event.aliases].sort();
    same.themes = [...new Set([...same.themes, ...event.themes])];
    same.people = [...new Set([...same.people, ...event.people])];
    same.evidence = [...same.evidence, ...event.evidence].sort(byArticle);
  }
  return merged;
}

/**
 * Jaccard similarity of two sentences' lower-cased word sets, 0 when either is missing, each sentence's words found
 * once: a kept event is compared with every later one of its date, and finding them again for each comparison took
 * half the events' time at 5,000 generated articles.
 */
function sentenceSimilarity(): (a: string | undefined, b: string | undefined) => number {
  const words = new Map<string, Set<string>>();
  const wordsOf = (sentence: string) => {
    let set = words.get(sentence);
    if (!set) {
      set = wordSet(sentence);
      words.set(sentence, set);
    }
    return set;
  };
  return (a, b) => (a && b ? jaccard(wordsOf(a), wordsOf(b)) : 0);
}

function byArticle(a: Evidence, b: Evidence): number {
  return a.article.localeCompare(b.article);
}

/** Each article's paragraphs, by slug: their ids and texts, for an editor's evidence to be found in. */
function paragraphsBySlug(slugged: Slugged[]): Map<string, { id: string; text: string }[]> {
  return new Map(
    slugged.map(({ slug, article }) => [
      slug,
      article.blocks.map((block, i) => ({ id: article.frontmatter.paragraphs?.[i] ?? '', text: blockText(block) })),
    ]),
  );
}
