import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../test/paths.ts';
import { loadGazetteer } from '../content/gazetteer.ts';
import { datelinePlaceName, datelinePlaces } from './gazetteer.ts';

describe('datelinePlaces', () => {
  const gazetteer = loadGazetteer(CONTENT);
  it('puts a dateline in its city and the city’s country, whatever the case', () => {
    expect([...datelinePlaces('MOSCOW', gazetteer)]).toEqual(['moscow', 'russia']);
    expect([...datelinePlaces('Washington', gazetteer)]).toEqual(['washington-d-c', 'united-states']);
  });
  it('puts an article nowhere without a dateline or with a place the gazetteer lacks', () => {
    expect(datelinePlaces(undefined, gazetteer).size).toBe(0);
    expect(datelinePlaces('Ulan Bator', gazetteer).size).toBe(0);
  });
});

describe('datelinePlaceName', () => {
  const gazetteer = loadGazetteer(CONTENT);
  it("names a place printed in another script by the gazetteer's name, and keeps a Latin one as printed", () => {
    expect(datelinePlaceName('Москва', gazetteer)).toBe('Moscow');
    expect(datelinePlaceName('Женева', gazetteer)).toBe('Geneva');
    expect(datelinePlaceName('Washington', gazetteer)).toBe('Washington');
  });

  it('gives a place in another script that the gazetteer lacks in Latin letters', () => {
    expect(datelinePlaceName('Урюпинск', gazetteer)).toBe('Uryupinsk');
    expect(datelinePlaceName('Хабаровск', gazetteer)).toBe('Khabarovsk');
  });
});
