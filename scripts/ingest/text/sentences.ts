import nlp from 'compromise';

/**
 * A text's sentences, by compromise's sentence splitter, which knows abbreviations ("St. Petersburg",
 * "Mr. Smith", "U.S. Army") that a split at every full stop gets wrong.
 */
export function sentences(text: string): string[] {
  return nlp(text).sentences().out('array') as string[];
}
