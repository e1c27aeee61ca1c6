import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';

/**
 * The gazetteer as it stood before the evaluation set was written: people are kept only when a seed
 * article names them, places, organisations and agreements all. The gazetteer lists every person the
 * evaluation articles name, so scoring with it alone would not show how the ingest does on people
 * nobody has entered yet; scoring with this one does.
 */
export function heldOutGazetteer(gazetteer: KindedEntry[], namedBySeeds: Set<string>): KindedEntry[] {
  return gazetteer.filter((entry) => entry.kind !== 'person' || namedBySeeds.has(entry.id));
}
