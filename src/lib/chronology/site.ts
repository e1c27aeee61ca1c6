import { getCollection, getEntry } from 'astro:content';
import type { ChronologyFile } from '../../schemas/chronology.ts';
import type { EventRecord } from '../../schemas/data.ts';
import { RECORDS_ENTRY, recordsOf } from '../record-files.ts';
import { href } from '../url.ts';
import { rowPathsOf, TABLE_LIMIT } from './decades.ts';
import { publishChronology } from './publish.ts';

let cached: Promise<ChronologyFile> | undefined;

/** The published chronology, built once per build from the content collections (see publish.ts). */
export function loadChronology(): Promise<ChronologyFile> {
  cached ??= (async () => {
    const themes = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
    return publishChronology({
      events: recordsOf<EventRecord>(await getEntry('events', RECORDS_ENTRY)),
      articles: await getCollection('articles'),
      themes: themes.map((theme) => ({ id: theme.id, title: theme.data.title })),
      entities: (await getCollection('entities')).map((entry) => entry.data),
    });
  })();
  return cached;
}

let evidenced: Promise<Map<string, ChronologyFile['events']>> | undefined;

/**
 * The chronology's events each article is evidence for, by the article's slug, in the chronology's order; made once per
 * build. Every article page names its events (ArticleHead.astro), and looking through every event's evidence for each
 * page took 1.2 s of a clean build at 1,000 generated articles, growing with the square of the archive.
 */
export function eventsEvidencedBy(): Promise<Map<string, ChronologyFile['events']>> {
  evidenced ??= (async () => {
    const bySlug = new Map<string, ChronologyFile['events']>();
    for (const event of (await loadChronology()).events) {
      for (const slug of new Set(event.evidence.map((witness) => witness.article))) {
        const events = bySlug.get(slug);
        if (events) events.push(event);
        else bySlug.set(slug, [event]);
      }
    }
    return bySlug;
  })();
  return evidenced;
}

let rows: Promise<{ split: boolean; path: (id: string) => string }> | undefined;

/**
 * Whether the chronology's table has left /chronology/ for pages of its own (see decades.ts), and where each row is,
 * as a link of this site (base path included).
 */
export function rowPaths(): Promise<{ split: boolean; path: (id: string) => string }> {
  // Made once per build, as the chronology is: every article page asks, and placing every row walks every event.
  rows ??= (async () => {
    const data = await loadChronology();
    const paths = rowPathsOf(data.events);
    return { split: data.events.length > TABLE_LIMIT, path: (id: string) => href(paths.get(id) ?? '/chronology/') };
  })();
  return rows;
}
