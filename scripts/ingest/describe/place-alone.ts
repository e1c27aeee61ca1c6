import nlp from 'compromise';
import { memoise } from '../text/memo.ts';
import { normal } from '../text/prose.ts';

/** Places and nothing else ("Moscow, Russia"), as compromise reads them; remembered by text. */
export const isPlaceAlone: (text: string) => boolean = memoise((text) => {
  if (!/^\p{Lu}[\p{L}.'’ ]+(?:,\s*\p{Lu}[\p{L}.'’ ]+)?$/u.test(text)) return false;
  const places = nlp(text).places().out('array') as string[];
  return places.length > 0 && normal(places.join(' ')) === normal(text);
});
