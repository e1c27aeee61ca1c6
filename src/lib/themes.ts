import type { EntityRecord } from '../schemas/data.ts';
import { bySurname } from './people.ts';

/** A collection entry as these helpers need it: its id and its data. */
interface Entry<T> {
  id: string;
  data: T;
}

/** A person some of a theme's articles mention, and in how many of them. */
export interface Mentioned<T> {
  person: T;
  articles: number;
}

/** The people among `entities` that the articles `slugs` mention: those in most of the articles first, then by surname. */
export function peopleIn<T extends Entry<EntityRecord>>(entities: T[], slugs: ReadonlySet<string>): Mentioned<T>[] {
  return entities
    .filter((entity) => entity.data.kind === 'person')
    .map((person) => ({ person, articles: person.data.articles.filter((slug) => slugs.has(slug)).length }))
    .filter(({ articles }) => articles > 0)
    .sort((a, b) => b.articles - a.articles || bySurname(a.person.data.name, b.person.data.name));
}
