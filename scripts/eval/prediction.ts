import type { Published } from '../../src/schemas/article.ts';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import type { IngestedArticle } from '../ingest/pipeline.ts';
import { type Block, blockText } from '../ingest/text/document.ts';
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
  /** The headline, or null when the text prints none and the archive supplied one. */
  headline: string | null;
  outlet: string | null;
  /** The agencies credited, as one list ("AFP, AP, Reuters"), or null for none. */
  agency: string | null;
  /** The place the dateline names. */
  dateline: string | null;
  byline: string | null;
  language: string;
  /** The body's paragraphs, as text. */
  paragraphs: string[];
  /** Everything the article's page shows of the text: headline, standfirst and body. */
  pageText: string;
  /** The same without the blocks the ingest set apart as photo captions. */
  textOutsideCaptions: string;
}

/** The headline, standfirst and the body's blocks that `shown` keeps, one per line. */
function pageText(article: IngestedArticle, shown: (block: Block) => boolean): string {
  const { title, standfirst = '' } = article.frontmatter;
  return [title, standfirst, ...article.blocks.filter(shown).map(blockText)].join('\n');
}

/** An ingested event as read here; `themes` may be absent from an ingest that does not give events themes yet. */
type IngestedEvent = Pick<PredictedEvent, 'edtf' | 'title'> & { themes?: string[] };

/** Reads an ingested article as a prediction; an id found in neither the gazetteer nor `automatic` stands as its own name. */
export function predict(article: IngestedArticle, gazetteer: KindedEntry[]): Prediction {
  const entries = new Map([...article.automatic, ...gazetteer].map((entry) => [entry.id, entry]));
  const { mentions = [], quotations = [], themes = [], published, agencies = [] } = article.frontmatter;
  const paragraphs = article.blocks.filter((block) => block.type === 'paragraph').map(blockText);
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
    headline: article.frontmatter.titleSupplied ? null : article.frontmatter.title,
    outlet: article.frontmatter.outlet?.value ?? null,
    agency: agencies.length > 0 ? agencies.join(', ') : null,
    dateline: article.frontmatter.dateline?.place ?? null,
    byline: article.frontmatter.byline ?? null,
    language: article.frontmatter.language,
    paragraphs,
    pageText: pageText(article, () => true),
    textOutsideCaptions: pageText(article, (block) => block.type !== 'caption'),
  };
}
