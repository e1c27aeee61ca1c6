/**
 * A pure function of a string, remembered: the same argument gives the stored answer instead of running the function
 * again. For the ingest's costly text steps (compromise's tagger above all) that articles ask of the same string
 * more than once. At `limit` answers the store is emptied, so a long run's memory stays bounded; the answers never
 * depend on what is stored. Written here since a Map does all of it.
 */
export function memoise<T>(run: (text: string) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = run(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}

/**
 * Answers made from an object the ingest never changes once loaded (the gazetteer), remembered by that object and a
 * key: a table built from the whole gazetteer is built once a run instead of once an article. The answers are kept
 * as long as the object lives (a WeakMap), and each object's at most `limit` keys, emptied when full like `memoise`.
 */
export function memoiseOn<T>(limit = 1_000): (owner: object, key: string, make: () => T) => T {
  const stores = new WeakMap<object, Map<string, T>>();
  return (owner, key, make) => {
    let answers = stores.get(owner);
    if (!answers) {
      answers = new Map();
      stores.set(owner, answers);
    }
    if (answers.has(key)) return answers.get(key) as T;
    const answer = make();
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
