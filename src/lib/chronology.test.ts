import { describe, expect, it } from 'vitest';
import { type EventRecord, EventRecordSchema } from '../schemas/data.ts';
import { chronology } from './chronology.ts';

function event(id: string, edtf: string, title: string, article: string): EventRecord {
  return EventRecordSchema.parse({
    id,
    edtf,
    title,
    kind: 'mentioned',
    themes: [],
    people: [],
    evidence: { article },
  });
}

describe('chronology', () => {
  it('orders events by the earliest day they allow, then by id, with an unknown year last', () => {
    const events = [
      event('c', '2009-12-05', 'START I expires', 'x'),
      event('b', 'XXXX-03-07', 'A meeting in March', 'x'),
      event('a', '1991', 'START I signed', 'x'),
      event('e', '[2009-03-06..2009-03-07]', 'Geneva talks', 'y'),
      event('d', '2009-03-06', 'Lavrov and Clinton meet', 'x'),
    ];
    expect(chronology(events).map(({ id }) => id)).toEqual(['a', 'd', 'e', 'c', 'b']);
  });

  it('makes one line of the same event given by two outlets, with the evidence of both', () => {
    const events = [
      event('wire-b/1', '2015-09-28', 'Putin and Obama meet at the UN', 'wire-b'),
      event('wire-a/1', '2015-09-28', 'Putin and Obama meet at the UN', 'wire-a'),
      event('wire-a/2', '2015-09-28', 'Putin announces a centre in Baghdad', 'wire-a'),
    ];
    expect(chronology(events).map(({ title, evidence }) => [title, evidence.map(({ article }) => article)])).toEqual([
      ['Putin and Obama meet at the UN', ['wire-a', 'wire-b']],
      ['Putin announces a centre in Baghdad', ['wire-a']],
    ]);
  });
});
