import { describe, expect, it } from 'vitest';
import { EntityRecordSchema } from '../schemas/data.ts';
import { peopleIn } from './themes.ts';

function entity(id: string, name: string, kind: 'person' | 'place', articles: string[]) {
  return {
    id,
    data: EntityRecordSchema.parse({
      id,
      name,
      description: `${name}, for the tests`,
      kind,
      automatic: false,
      articles,
    }),
  };
}

describe('peopleIn', () => {
  const entities = [
    entity('sergei-lavrov', 'Sergei Lavrov', 'person', ['a', 'b', 'x']),
    entity('bashar-al-assad', 'Bashar al-Assad', 'person', ['b']),
    entity('igor-ivanov', 'Igor Ivanov', 'person', ['a']),
    entity('colin-powell', 'Colin Powell', 'person', ['x']),
    entity('iraq', 'Iraq', 'place', ['a', 'b']),
  ];

  it('lists the people the articles mention, in most articles first, then by surname, and counts only those articles', () => {
    expect(peopleIn(entities, new Set(['a', 'b'])).map(({ person, articles }) => [person.id, articles])).toEqual([
      ['sergei-lavrov', 2],
      ['bashar-al-assad', 1],
      ['igor-ivanov', 1],
    ]);
  });

  it('lists nobody for no articles', () => {
    expect(peopleIn(entities, new Set())).toEqual([]);
  });
});
