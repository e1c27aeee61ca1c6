import { describe, expect, it } from 'vitest';
import { chronologyFixture } from '../../../test/chronology-fixture.ts';
import type { ChronologyEvent } from '../../schemas/chronology.ts';
import { decadeOf, rowPathsOf, TABLE_LIMIT, tablePages } from './decades.ts';

const { events } = chronologyFixture();
const event = (id: string) => {
  const found = events.find((each) => each.id === id);
  if (!found) throw new Error(`no event ${id} in the fixture`);
  return found;
};
/** `count` copies of an event, each on its own id. */
const copies = (of: ChronologyEvent, count: number) =>
  Array.from({ length: count }, (_, i) => ({ ...of, id: `${of.id}-${i}` }));

describe('the chronology’s table pages', () => {
  it('puts an event in the decade it starts in, and a date without a year apart', () => {
    expect(decadeOf(event('start-signed')).id).toBe('1990s');
    expect(decadeOf(event('geneva')).id).toBe('2000s');
    expect(decadeOf(event('no-year')).id).toBe('undated');
  });

  it('makes a page per decade, in order, the undated last', () => {
    expect(tablePages(events).map(({ period, events: own }) => [period.id, own.length])).toEqual([
      ['1990s', 1],
      ['2000s', 8],
      ['2010s', 4],
      ['undated', 1],
    ]);
  });

  it('splits a decade with more events than one table holds into years', () => {
    const crowded = [...copies(event('geneva'), TABLE_LIMIT), ...copies(event('pledge'), 5), event('un-meeting')];
    expect(tablePages(crowded).map(({ period }) => period.id)).toEqual(['2003', '2009', '2010s']);
  });

  it('cuts a year with more events than one table holds into parts, in order', () => {
    const crowded = [...copies(event('geneva'), 2 * TABLE_LIMIT + 1), event('un-meeting')];
    const pages = tablePages(crowded);
    expect(pages.map(({ period, events: own }) => [period.id, period.title, own.length])).toEqual([
      ['2009', '2009, part 1 of 3', TABLE_LIMIT],
      ['2009-part-2', '2009, part 2 of 3', TABLE_LIMIT],
      ['2009-part-3', '2009, part 3 of 3', 1],
      ['2010s', 'The 2010s', 1],
    ]);
    expect(rowPathsOf(crowded).get(`geneva-${TABLE_LIMIT}`)).toBe(
      `/chronology/2009-part-2/#event-geneva-${TABLE_LIMIT}`,
    );
  });

  it('links each row on /chronology/ while the table fits there, and on its page when it does not', () => {
    expect(rowPathsOf(events).get('geneva')).toBe('/chronology/#event-geneva');
    const many = [...events, ...copies(event('un-meeting'), TABLE_LIMIT)];
    expect(rowPathsOf(many).get('geneva')).toBe('/chronology/2000s/#event-geneva');
  });
});
