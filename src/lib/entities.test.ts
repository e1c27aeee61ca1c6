import { describe, expect, it } from 'vitest';
import { entityPath, groupPlaces } from './entities.ts';

const place = (name: string, country?: string) => ({ data: { name, ...(country ? { country } : {}) } });

describe('entityPath', () => {
  it('puts each kind under its own index', () => {
    expect(entityPath('place', 'geneva')).toBe('/places/geneva/');
    expect(entityPath('organisation', 'united-nations')).toBe('/organisations/united-nations/');
    expect(entityPath('agreement', 'new-start')).toBe('/agreements/new-start/');
    expect(entityPath('person', 'sergei-lavrov')).toBe('/people/sergei-lavrov/');
  });
});

describe('groupPlaces', () => {
  it('sets countries and regions apart from the cities within them, each A–Z', () => {
    const groups = groupPlaces([
      place('Moscow', 'russia'),
      place('Russia'),
      place('Geneva', 'switzerland'),
      place('Iraq'),
    ]);
    expect(groups.countries.map((each) => each.data.name)).toEqual(['Iraq', 'Russia']);
    expect(groups.within.map((each) => each.data.name)).toEqual(['Geneva', 'Moscow']);
  });
});
