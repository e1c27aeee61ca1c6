import { getCollection } from 'astro:content';
import { gatherQuotes, type Quotation } from './quotes.ts';

let cached: Promise<Quotation[]> | undefined;

/** The archive's quotations, each said once with all its witnesses (quotes.ts), gathered once per build. */
export function loadQuotes(): Promise<Quotation[]> {
  cached ??= (async () =>
    gatherQuotes(
      (await getCollection('quotes')).map((entry) => entry.data),
      (await getCollection('stories')).map((story) => ({ witnesses: story.data.witnesses.map((w) => w.slug) })),
    ))();
  return cached;
}
