import type { EntityRecord } from '../../../src/schemas/data.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import type { Slugged } from './events.ts';

/** Every entity some article mentions: its gazetteer entry, or the automatic one, and the articles. */
export function entityRecords(slugged: Slugged[], gazetteer: KindedEntry[]): EntityRecord[] {
  const known = new Map<string, KindedEntry>(gazetteer.map((entry) => [entry.id, entry]));
  const inGazetteer = new Set(known.keys());
  for (const { article } of slugged) {
    for (const entry of article.automatic) if (!known.has(entry.id)) known.set(entry.id, entry);
  }
  const where = new Map<string, string[]>();
  for (const { slug, article } of slugged) {
    for (const { id } of article.frontmatter.mentions ?? []) where.set(id, [...(where.get(id) ?? []), slug]);
  }
  return [...where]
    .flatMap(([id, slugs]) => {
      const entry = known.get(id);
      return entry ? [{ ...entry, automatic: !inGazetteer.has(id), articles: slugs }] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
