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
