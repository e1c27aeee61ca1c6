import type { Published } from '../../src/schemas/article.ts';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import type { IngestedArticle } from '../ingest/pipeline.ts';
import type { PredictedEvent } from './events.ts';
import type { PredictedQuote } from './quotes.ts';

/** What the machine said about one article, in gold's terms: names where the frontmatter has ids. */
export interface Prediction {
  /** Canonical names of the people it mentions, sorted. */
  people: string[];
  /** Its quotations in order, each speaker by canonical name. */
  quotations: PredictedQuote[];
  /** Its publication date, if it has one. */
  published: Pick<Published, 'edtf' | 'provenance'> | undefined;
  /** Its theme ids, sorted. */
  themes: string[];
  /** The chronology events it found, in its order, each with its theme ids sorted. */
  events: PredictedEvent[];
}

/** An ingested event as read here; `themes` may be absent from an ingest that does not give events themes yet. */
type IngestedEvent = Pick<PredictedEvent, 'edtf' | 'title'> & { themes?: string[] };

/** Reads an ingested article as a prediction; an id found in neither the gazetteer nor `automatic` stands as its own name. */
export function predict(article: IngestedArticle, gazetteer: KindedEntry[]): Prediction {
  const entries = new Map([...article.automatic, ...gazetteer].map((entry) => [entry.id, entry]));
  const { mentions = [], quotations = [], themes = [], published } = article.frontmatter;
  return {
    people: mentions
      .flatMap(({ id }) => {
        const entry = entries.get(id);
        return entry?.kind === 'person' ? [entry.name] : [];
      })
      .sort(),
    quotations: quotations.map(({ text, speaker }) => ({
      text,
      speaker: speaker ? (entries.get(speaker)?.name ?? speaker) : null,
    })),
    published: published && { edtf: published.edtf, provenance: published.provenance },
    themes: themes.map(({ id }) => id).sort(),
    events: article.events.map(({ edtf, title, themes = [] }: IngestedEvent) => ({
      edtf,
      title,
      themes: [...themes].sort(),
    })),
  };
}
