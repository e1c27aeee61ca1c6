import type { RedirectRecord } from '../../../src/schemas/data.ts';
import type { Slugged } from './events.ts';

/** What was published before this ingest: each seed's slug, and the redirects already kept. */
export interface Published {
  slugs: Map<string, string>;
  redirects: RedirectRecord[];
}

/**
 * Every former address of a current article: the redirects kept before, pointed at where their seed's article is
 * now, and the slug each seed had before this ingest if it changed. An address in use by a current article, or
 * whose seed is gone, redirects nowhere.
 */
export function redirectRecords(slugged: Slugged[], published: Published): RedirectRecord[] {
  const current = new Map(slugged.map(({ slug, article }) => [article.file, slug]));
  const live = new Set(current.values());
  const formers = [...published.redirects, ...[...published.slugs].map(([seed, from]) => ({ from, seed }))];
  const kept = new Map<string, RedirectRecord>();
  for (const { from, seed } of formers) {
    const to = current.get(seed);
    if (to && !live.has(from)) kept.set(from, { from, to, seed });
  }
  return [...kept.values()].sort((a, b) => a.from.localeCompare(b.from));
}
