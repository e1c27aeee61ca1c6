import { describe, expect, it } from 'vitest';
import { chronologyFixture } from '../../../test/chronology-fixture.ts';
import { badgeWidth, CHAR_WIDTH, type ChartEvent, type Lane, layoutChronology } from './layout.ts';
import { sliceChronology } from './slice.ts';

const data = chronologyFixture();
const { events, lanes } = sliceChronology(data);
const layout = layoutChronology(events, lanes);
const lane = (id: string): Lane | undefined => layout.lanes.find((each) => each.id === id);
const ids = (each: Lane | undefined) => [
  ...(each?.marks ?? []).map((mark) => mark.id),
  ...(each?.clusters ?? []).flatMap((c) => c.ids),
];

/** The stretch of its row a mark and its label take. */
function extent(mark: Lane['marks'][number]): [number, number] {
  if (!mark.label) return [mark.x - 5, mark.x2 + 5];
  const width = mark.label.text.length * CHAR_WIDTH;
  return mark.label.anchor === 'start' ? [mark.x - 5, mark.label.x + width] : [mark.label.x - width, mark.x2 + 5];
}

describe('layoutChronology', () => {
  it('has a lane per theme and one for events with no theme, and draws an event with two themes in both', () => {
    expect(layout.lanes.map((each) => each.id)).toEqual(['iraq', 'syria', 'reset', 'iran', 'none']);
    expect(ids(lane('reset'))).toContain('geneva');
    expect(ids(lane('iran'))).toContain('geneva');
    expect(ids(lane('none'))).toEqual(['uncertain']);
  });

  it('lists a date without a year as unplaced and draws it nowhere', () => {
    expect(layout.unplaced).toEqual(['no-year']);
    expect(layout.lanes.flatMap(ids)).not.toContain('no-year');
  });

  it('draws a day as a point, and a span, a month or a range across the days it covers', () => {
    const marks = layout.lanes.flatMap((each) => each.marks);
    const mark = (id: string) => marks.find((each) => each.id === id);
    expect(mark('burns-arrives')).toMatchObject({ shape: 'day' });
    expect(mark('burns-arrives')?.x).toBe(mark('burns-arrives')?.x2);
    expect(mark('spring-round')).toMatchObject({ shape: 'span', start: '2009-03-01', end: '2009-05-31' });
    expect(mark('pledge')).toMatchObject({ shape: 'choice' });
    expect(mark('autumn-talks')).toMatchObject({ approximate: true });
    expect(mark('start-signed')?.x2).toBeGreaterThan(mark('start-signed')?.x ?? 0);
  });

  it('never lets two marks or labels overlap on a row', () => {
    for (const each of layout.lanes) {
      for (const [a, b] of pairs(each.marks).filter(([a, b]) => a.row === b.row)) {
        const [x, y] = [extent(a), extent(b)];
        expect(x[1] <= y[0] || y[1] <= x[0], `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('counts the events that find no row, and keeps every event somewhere', () => {
    const crowded: ChartEvent[] = Array.from({ length: 30 }, (_, i) => ({
      id: `e${i}`,
      title: `Event number ${i}`,
      themes: ['syria'],
      shape: 'day',
      start: '2015-09-28',
      end: '2015-09-28',
      approximate: false,
      uncertain: false,
    }));
    const [syria] = layoutChronology(crowded, [{ id: 'syria', label: 'Syria' }], { rows: 3 }).lanes;
    expect(syria?.marks).toHaveLength(3);
    expect(syria?.clusters.flatMap((cluster) => cluster.ids)).toHaveLength(27);
  });

  it('never lets two counted boxes overlap, however many events they count', () => {
    const crowded: ChartEvent[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      themes: ['iran'],
      shape: 'day',
      start: `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      end: `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      approximate: false,
      uncertain: false,
    }));
    const [iran] = layoutChronology(crowded, [{ id: 'iran', label: 'Iran' }], { rows: 2 }).lanes;
    const clusters = iran?.clusters ?? [];
    expect(clusters.length).toBeGreaterThan(1);
    for (const [a, b] of clusters.slice(1).map((cluster, i) => [clusters[i], cluster] as const)) {
      expect(b.x).toBeGreaterThanOrEqual((a?.x ?? 0) + badgeWidth(a?.ids.length ?? 0, (a?.x2 ?? 0) - (a?.x ?? 0)));
    }
  });

  it('keeps every label inside the plot', () => {
    for (const mark of layout.lanes.flatMap((each) => each.marks)) {
      const [from, to] = extent(mark);
      expect(from).toBeGreaterThanOrEqual(layout.plot.left - 5);
      expect(to).toBeLessThanOrEqual(layout.plot.right + 5);
    }
  });

  it('lays out the same events the same way', () => {
    expect(layoutChronology(events, lanes)).toEqual(layout);
  });
});

function pairs<T>(items: T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}
