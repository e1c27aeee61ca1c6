import { describe, expect, it } from 'vitest';
import { chronologyFixture } from '../../../test/chronology-fixture.ts';
import { byDecade, decadeOf, eventRowPath } from './decades.ts';

const { events } = chronologyFixture();
const event = (id: string) => {
  const found = events.find((each) => each.id === id);
  if (!found) throw new Error(`no event ${id} in the fixture`);
  return found;
};

describe('decades of the chronology', () => {
  it('puts an event in the decade it starts in, and a date without a year apart', () => {
    const decade = (id: string) => decadeOf(event(id)).id;
    expect(decade('start-signed')).toBe('1990s');
    expect(decade('geneva')).toBe('2000s');
    expect(decade('no-year')).toBe('undated');
  });

  it('groups events by decade in order, the undated last', () => {
    expect(byDecade(events).map(({ decade, events: own }) => [decade.id, own.length])).toEqual([
      ['1990s', 1],
      ['2000s', 8],
      ['2010s', 4],
      ['undated', 1],
    ]);
  });

  it('links to the row on its decade’s page only when the table is split', () => {
    const geneva = event('geneva');
    expect(eventRowPath(geneva, false)).toBe('/chronology/#event-geneva');
    expect(eventRowPath(geneva, true)).toBe('/chronology/2000s/#event-geneva');
  });
});
