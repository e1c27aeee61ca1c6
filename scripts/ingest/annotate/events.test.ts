import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventsFileSchema } from '../../../src/schemas/data.ts';
import { findDates } from './dates.ts';
import { findEvents } from './events.ts';

describe('findEvents', () => {
  it('makes an event of each resolved date but the publication day, titled by its sentence', () => {
    const blocks = [
      'The treaty expires on 5 December 2009. It was signed in 1991 by the presidents. Talks ended today.',
    ];
    const events = findEvents(blocks, {
      times: findDates(blocks, '2009-03-07'),
      mentions: [],
      published: '2009-03-07',
    });
    expect(events.map((event) => [event.edtf, event.title])).toEqual([
      ['2009-12-05', 'The treaty expires'],
      ['1991', 'It is signed by the presidents'],
    ]);
  });

  it('keeps the whole sentence as evidence, and a headline of it under 80 characters as the title', () => {
    const blocks = [`On Monday ${'the two leaders met and talked at length about many things '.repeat(3)}in New York.`];
    const [event] = findEvents(blocks, {
      times: findDates(blocks, '2015-09-30'),
      mentions: [],
      published: '2015-09-30',
    });
    expect(event?.title.length).toBeLessThanOrEqual(80);
    expect(event?.title).not.toMatch(/…$/);
    expect(event?.sentence).toBe(blocks[0]);
  });
});

describe('findEvents dates', () => {
  const found = (blocks: string[], published: string, captions = new Set<number>()) =>
    findEvents(blocks, { times: findDates(blocks, published), mentions: [], published, captions }).map(
      (event) => event.edtf,
    );

  it('dates a statement about a deadline by the day it was made, not by the deadline', () => {
    const blocks = [
      'Lavrov and Clinton met in Geneva on Friday.',
      'Lavrov expressed confidence that they would reach a new treaty by December 5 this year.',
    ];
    expect(found(blocks, '2009-03-07')).toEqual(['2009-03-06', '2009-03-06']);
  });

  it('leaves the lead’s happening on the publication day to the publication, but keeps a later one that day', () => {
    const blocks = [
      'The United States on Monday abandoned its talks with Russia on Syria.',
      'Washington said the talks had failed.',
      'The UN Security Council was to meet later Monday on a French draft.',
    ];
    expect(found(blocks, '2016-10-03')).toEqual(['2016-10-03']);
  });

  it('keeps the date a sentence says something is due on', () => {
    expect(found(['The treaty expires on 5 December 2009.'], '2009-03-07')).toEqual(['2009-12-05']);
  });

  it('leaves out a caption the cleaning did not set apart, but not a sentence of the text', () => {
    const caption = 'John Kerry speaks during a press conference in Geneva, Switzerland, Sept. 13, 2013.';
    expect(found([caption, 'Kerry met Lavrov on Thursday.'], '2013-09-14')).toEqual(['2013-09-12']);
    expect(found(['The treaty expires on 5 December 2009.'], '2009-03-07')).toEqual(['2009-12-05']);
  });

  it('leaves photo captions out', () => {
    const blocks = ['Obama shakes hands with Putin in New York September 28, 2015.', 'They met on Monday.'];
    expect(found(blocks, '2015-09-30', new Set([0]))).toEqual(['2015-09-28']);
  });
});

describe('findEvents titles', () => {
  it('leaves the dateline and the quotation marks and editor’s brackets around a sentence out of its title', () => {
    const blocks = [
      'MOSCOW - Russia and the United States agreed to keep talking, Lavrov said Tuesday.',
      '"(Monday\'s meeting) was constructive," Lavrov said on Tuesday.',
    ];
    const events = findEvents(blocks, {
      times: findDates(blocks, '2015-09-30'),
      mentions: [],
      published: '2015-09-30',
      dateline: { block: 0, length: 9 },
    });
    expect([...new Set(events.map((event) => event.title))]).toEqual([
      'Russia and the US agree to keep talking',
      "Lavrov: Monday's meeting was constructive",
    ]);
    expect(events[0]?.sentence).toMatch(/^MOSCOW - /);
  });
});

describe('the chronology the ingest wrote', () => {
  const events = EventsFileSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../content/data/events.json'), 'utf8')),
  );
  const on = (edtf: string) => events.filter((event) => event.edtf === edtf).map((event) => event.title);

  it('has START I signed in 1991 and expiring on 5 December 2009, the Moscow conference and the UN meeting', () => {
    expect(on('1991')).toContain('START I signed by the presidents of the USSR and the USA');
    expect(on('2009-12-05')).toContain('START I expires');
    expect(on('2009-03-27')).toContain('SCO conference on Afghanistan in Moscow');
    expect(on('2015-09-28')).toContain('Putin and Obama meet at the UN General Assembly');
  });

  it("has each article's publication, and Resolution 1483 added by the editors with its evidence", () => {
    expect(events.filter((event) => event.kind === 'publication')).toHaveLength(5);
    const resolution = events.find((event) => event.id === 'unscr-1483');
    expect(resolution).toMatchObject({ edtf: '2003-05-22', kind: 'editorial' });
    expect(resolution?.evidence[0]?.sentence).toContain('Resolution 1483');
  });

  it('dates Lavrov’s hope for a treaty by 5 December on the day he spoke, 6 March 2009', () => {
    expect(on('2009-03-06')).toContain("Lavrov expects a new strategic arms treaty by START I's expiry");
  });

  it('gives an event the themes of its own sentence: START I is the reset’s, not Iran’s', () => {
    expect(events.filter((event) => event.themes.includes('iran')).map((event) => event.title)).not.toContain(
      'START I signed by the presidents of the USSR and the USA',
    );
  });
});
