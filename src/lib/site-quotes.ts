import { getCollection, getEntry } from 'astro:content';
import type { QuoteRecord } from '../schemas/data.ts';
import { gatherQuotes, type Quotation } from './quotes.ts';
import { RECORDS_ENTRY, recordsOf } from './record-files.ts';

let cached: Promise<Quotation[]> | undefined;

/** The archive's quotations, each said once with all its witnesses (quotes.ts), gathered once per build. */
export function loadQuotes(): Promise<Quotation[]> {
  cached ??= (async () =>
    gatherQuotes(
      recordsOf<QuoteRecord>(await getEntry('quotes', RECORDS_ENTRY)),
      (await getCollection('stories')).map((story) => ({ witnesses: story.data.witnesses.map((w) => w.slug) })),
    ))();
  return cached;
}
