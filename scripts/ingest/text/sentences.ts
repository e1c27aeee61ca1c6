import nlp from 'compromise';

/**
 * A text's sentences, by compromise's sentence splitter, which knows abbreviations ("St. Petersburg",
 * "Mr. Smith", "U.S. Army") that a split at every full stop gets wrong. The split is the tokenizer's: tagging
 * every word, which `nlp(text)` does, changes no sentence and took eight times as long (sentences.test.ts
 * holds the two to the same answer).
 */
export function sentences(text: string): string[] {
  return nlp.tokenize(text).sentences().out('array') as string[];
}
