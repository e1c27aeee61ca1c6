import { describe, expect, it } from 'vitest';
import { type EventRecord, EventRecordSchema } from '../../schemas/data.ts';
import { chronology } from './order.ts';

function event(id: string, edtf: string): EventRecord {
  return EventRecordSchema.parse({
    id,
    edtf,
    title: `Event ${id}`,
    kind: 'mentioned',
    themes: [],
    people: [],
    evidence: [{ article: 'x' }],
  });
}

describe('chronology', () => {
  it('orders events by the earliest day they allow, then by id, with an unknown year last', () => {
    const events = [
      event('c', '2009-12-05'),
      event('b', 'XXXX-03-07'),
      event('a', '1991'),
      event('e', '[2009-03-06..2009-03-07]'),
      event('d', '2009-03-06'),
    ];
    expect(chronology(events).map(({ id }) => id)).toEqual(['a', 'd', 'e', 'c', 'b']);
  });
});
