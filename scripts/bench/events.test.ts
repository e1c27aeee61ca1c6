import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/lib/dates.ts';
import { EventRecordSchema } from '../../src/schemas/data.ts';
import { dateKey } from '../ingest/archive/events.ts';
import { generateEvents } from './events.ts';

const events = generateEvents(5_000);
const share = (predicate: (event: (typeof events)[number]) => boolean) => events.filter(predicate).length / 5_000;
const tally = (keys: (string | number | undefined)[]) => {
  const counts = new Map<string | number | undefined, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** The EDTF shapes the archive writes, as the brief for this generator lists them. */
const SHAPES = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  approximate: /^\d{4}-\d{2}~$/,
  uncertain: /^\d{4}-\d{2}-\d{2}\?$/,
  oneOfARange: /^\[\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}\]$/,
  interval: /^\d{4}-\d{2}\/\d{4}-\d{2}$/,
  unplaceable: /^XXXX-\d{2}-\d{2}$/,
};

describe('generateEvents', () => {
  it('gives the same events for the same count and seed, and others for another seed', () => {
    expect(generateEvents(300, 7)).toEqual(generateEvents(300, 7));
    expect(generateEvents(300, 8)).not.toEqual(generateEvents(300, 7));
  });

  it('gives as many events as asked for, even very few', () => {
    expect(events).toHaveLength(5_000);
    expect([0, 1, 2, 3].map((count) => generateEvents(count).length)).toEqual([0, 1, 2, 3]);
    expect(() => generateEvents(2.5)).toThrow(/count must be a whole number/);
  });

  it('writes 5,000 events the schema accepts as they are', () => {
    expect(events.map((event) => EventRecordSchema.parse(event))).toEqual(events);
  });

  it('gives every event an id of its own, aliases included', () => {
    const ids = events.flatMap((event) => [event.id, ...event.aliases]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shapes ids as the ingest does: the date key and six base-36 characters, or published-<slug>', () => {
    for (const event of events) {
      const ids = [event.id, ...event.aliases];
      if (event.kind === 'publication') expect(ids).toEqual([`published-${event.evidence[0]?.article}`]);
      else for (const id of ids) expect(id).toMatch(new RegExp(`^${dateKey(event.edtf)}-[a-z0-9]{6}$`));
    }
  });

  it('keeps events in the order of events.json: by earliest instant, undated last, then by id', () => {
    const time = (edtf: string) => (edtf.startsWith('XXXX') ? Number.POSITIVE_INFINITY : Date.parse(edtf));
    const days = events.filter((event) => SHAPES.day.test(event.edtf) || SHAPES.unplaceable.test(event.edtf));
    for (const [a, b] of days.slice(1).map((event, i) => [days[i], event] as const)) {
      if (!a) continue;
      expect(time(a.edtf) - time(b.edtf) || a.id.localeCompare(b.id)).toBeLessThanOrEqual(0);
    }
  });

  it('writes every date shape the archive writes, about 1% of dates without a year', () => {
    const shapes = events.map((event) => Object.entries(SHAPES).find(([, shape]) => shape.test(event.edtf))?.[0]);
    expect(new Set(shapes)).toEqual(new Set(Object.keys(SHAPES)));
    expect(share((event) => SHAPES.unplaceable.test(event.edtf))).toBeGreaterThan(0.005);
    expect(share((event) => SHAPES.unplaceable.test(event.edtf))).toBeLessThan(0.02);
  });

  it('spreads dates over every year from 1991 to 2024, none holding more than 15% of the events', () => {
    const years = tally(events.map((event) => yearOf(event.edtf)).filter((year) => year !== undefined));
    expect([...years.keys()].sort()).toEqual(Array.from({ length: 34 }, (_, i) => 1991 + i));
    expect(Math.max(...years.values()) / 5_000).toBeLessThan(0.15);
  });

  it('crowds events around summits and crises: the busiest month has five times the median month', () => {
    const months = [...tally(events.map((event) => event.edtf.match(/^\d{4}-\d{2}/)?.[0]).filter(Boolean)).values()];
    const median = months.sort((a, b) => a - b)[Math.floor(months.length / 2)] ?? 0;
    expect(Math.max(...months)).toBeGreaterThan(5 * median);
  });

  it('gives none, one or two themes, each of the four, some events none', () => {
    expect(new Set(events.flatMap((event) => event.themes))).toEqual(new Set(['iraq', 'syria', 'reset', 'iran']));
    expect(
      events.every((event) => event.themes.length <= 2 && new Set(event.themes).size === event.themes.length),
    ).toBe(true);
    expect(share((event) => event.themes.length === 0)).toBeGreaterThan(0.05);
    expect(share((event) => event.themes.length === 2)).toBeGreaterThan(0.05);
  });

  it('dates Syria mostly from 2011 and Iraq mostly before it', () => {
    const after2011 = (theme: string) => {
      const years = events.filter((event) => event.themes.includes(theme)).map((event) => yearOf(event.edtf) ?? 0);
      return years.filter((year) => year >= 2011).length / years.length;
    };
    expect(after2011('syria')).toBeGreaterThan(0.7);
    expect(after2011('iraq')).toBeLessThan(0.3);
  });

  it('names a few hundred people, the prominent far more often, each only in their years', () => {
    const people = tally(events.flatMap((event) => event.people));
    const counts = [...people.values()].sort((a, b) => a - b);
    expect(people.size).toBeGreaterThan(300);
    expect(Math.max(...counts)).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 0));
    const obama = events.filter((event) => event.people.includes('barack-obama')).map((event) => yearOf(event.edtf));
    expect(obama.every((year) => year === undefined || year >= 2008)).toBe(true);
  });

  it('makes mostly mentioned events, some publications and a few of an editor', () => {
    expect(share((event) => event.kind === 'mentioned')).toBeGreaterThan(0.7);
    expect(share((event) => event.kind === 'publication')).toBeCloseTo(0.22, 2);
    expect(share((event) => event.kind === 'editorial')).toBeCloseTo(0.04, 2);
  });

  it('titles every event in under 80 characters', () => {
    expect(Math.max(...events.map((event) => event.title.length))).toBeLessThan(80);
  });

  it('cites one to three articles in slug order, each with a paragraph and a sentence, save publications', () => {
    for (const event of events.filter((each) => each.kind !== 'publication')) {
      const articles = event.evidence.map((each) => each.article);
      expect(articles.length).toBeLessThanOrEqual(3);
      expect(articles).toEqual([...new Set(articles)].sort());
      for (const each of event.evidence) expect(each.paragraph).toMatch(/^p-[a-z0-9]{6}$/);
      for (const each of event.evidence) expect(each.sentence).toMatch(/^[A-Z].{20,}\.$/);
    }
    expect(share((event) => event.evidence.length > 1)).toBeGreaterThan(0.05);
  });

  it('gives aliases only to mentioned events, one for each witness after the first', () => {
    for (const event of events) {
      expect(event.aliases).toHaveLength(event.kind === 'mentioned' ? event.evidence.length - 1 : 0);
    }
  });
});
