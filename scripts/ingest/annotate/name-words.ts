/**
 * What compromise's lexicon says about one word, for finding names: a noun for a person by what they do, a given
 * name, a surname. Each word is asked once: a word repeats through an article, and compromise need only read it once.
 */
import nlp from 'compromise';

/** A question to compromise about one word, its answers kept. */
function asked(tag: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      known = nlp(word).has(tag);
      answers.set(word, known);
    }
    return known;
  };
}

/** Whether a lowercase noun is one for a person by what they do ("citizen", "columnist", "prisoner"). */
export const isPersonNoun = asked('#Actor');

/** Whether a capitalised word is a given name ("Trevor", "Viktor"). */
export const isGivenName = asked('#FirstName');

/** Whether a capitalised word alone reads as a surname ("Yaroshenko", by its ending). */
export const isSurname = asked('#LastName');

/** Whether a capitalised word alone is a place compromise knows ("Berlin", "Georgia"), and so no surname alone. */
export const isPlaceName = asked('#Place');
