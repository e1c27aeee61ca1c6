import { describe, expect, it } from 'vitest';
import type { EventsEditorial } from '../../src/schemas/data.ts';
import { ingestText } from '../../test/ingest.ts';
import { render } from './render.ts';

const article = ingestText(
  '001_talks.txt',
  'Arms talks resume in Geneva\n30 September 2015\nThe talks between Russia and the US resumed in Geneva on Friday.',
);
const slug = 'arms-talks-resume-in-geneva';
const nothing: EventsEditorial = { suppress: [], retitle: {}, add: [] };
const events = (editorial: Partial<EventsEditorial>) => {
  const { data, warnings } = render([article], new Map(), [], { ...nothing, ...editorial });
  return { events: JSON.parse(data.get('events.json') ?? '[]') as { id: string; title: string }[], warnings };
};
const added = (evidence: { article: string; block?: number }, id = 'geneva-talks') => ({
  id,
  edtf: '2015-09-25',
  title: 'Talks resume in Geneva',
  themes: [],
  people: [],
  evidence,
});

describe('render, the chronology with an editor’s changes', () => {
  it('makes the article’s publication an event, which an editor can retitle or suppress', () => {
    expect(events({}).events.map(({ id }) => id)).toContain(`${slug}/published`);
    const retitled = events({ retitle: { [`${slug}/published`]: 'Geneva talks reported' } });
    expect(retitled.events.find(({ id }) => id === `${slug}/published`)?.title).toBe('Geneva talks reported');
    expect(retitled.warnings).toEqual([]);
    expect(events({ suppress: [`${slug}/published`] }).events.map(({ id }) => id)).not.toContain(`${slug}/published`);
  });

  it('warns, naming the file and the fix, when a retitled or suppressed event no longer exists', () => {
    const { warnings } = events({ retitle: { [`${slug}/9-1991`]: 'Old title' }, suppress: ['gone/published'] });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^content\/editorial\/events\.yaml: suppresses "gone\/published", an event the ingest no longer proposes; find its new id/,
      ),
      expect.stringContaining(`retitles "${slug}/9-1991"`),
    ]);
  });

  it('adds an editor’s event with its evidence', () => {
    expect(events({ add: [added({ article: slug, block: 0 })] }).events.map(({ id }) => id)).toContain('geneva-talks');
  });

  it('leaves out, with a warning, an added event whose evidence points at no article or a paragraph past the end', () => {
    const gone = events({ add: [added({ article: 'no-such-article' })] });
    expect(gone.events.map(({ id }) => id)).not.toContain('geneva-talks');
    expect(gone.warnings).toEqual([expect.stringContaining('evidence in "no-such-article", which is no article')]);
    const past = events({ add: [added({ article: slug, block: 40 })] });
    expect(past.events.map(({ id }) => id)).not.toContain('geneva-talks');
    expect(past.warnings).toEqual([expect.stringMatching(/paragraph 40 of .*, which has \d+/)]);
  });

  it('stops when an added event takes an id the machine uses', () => {
    expect(() => events({ add: [added({ article: slug }, `${slug}/published`)] })).toThrow(
      'an id the ingest already uses',
    );
  });
});
