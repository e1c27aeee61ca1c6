import { describe, expect, it } from 'vitest';
import type { EventRecord, EventsEditorial } from '../../../src/schemas/data.ts';
import { ingestRealSeed, ingestText } from '../../../test/ingest.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { eventRecords } from './events.ts';

const TEXT = [
  'Arms talks resume in Geneva',
  '30 September 2015',
  'The talks between Russia and the US resumed in Geneva on Friday.',
  '',
  'Lavrov and Kerry met in New York on Monday to discuss Syria.',
].join('\n');
const slug = 'arms-talks-resume-in-geneva';
const nothing: EventsEditorial = { suppress: [], retitle: {}, add: [] };
const events = (
  editorial: Partial<EventsEditorial>,
  articles: IngestedArticle[] = [ingestText('001_talks.txt', TEXT)],
) =>
  eventRecords(
    articles.map((article, i) => ({ slug: i === 0 ? slug : `${slug}-${i}`, article })),
    { ...nothing, ...editorial },
  );
const ids = (records: EventRecord[]) => records.map(({ id }) => id);
const added = (sentence: string, article = slug, id = 'geneva-talks') => ({
  id,
  edtf: '2015-09-25',
  title: 'Talks resume in Geneva',
  themes: [],
  people: [],
  evidence: [{ article, sentence }],
});

describe('event ids', () => {
  it('are the date and a digest of the sentence, and do not change when the article is re-cleaned', () => {
    const before = ids(events({}).records);
    const recleaned = TEXT.replace('Russia and the US', 'Russia and theUS').replace(
      '30 September 2015\n',
      '30 September 2015\nMenu\n\nA paragraph the old cleaning missed, published with no date.\n\n',
    );
    expect(before).toContainEqual(expect.stringMatching(/^2015-09-28-[a-z0-9]{6}$/));
    expect(ids(events({}, [ingestText('001_talks.txt', recleaned)]).records)).toEqual(before);
  });

  it('give a publication published-<slug>', () => {
    expect(ids(events({}).records)).toContain(`published-${slug}`);
  });
});

describe('one event per happening', () => {
  it('merges the Putin–Obama meeting told by two outlets into one event with both witnesses', () => {
    const { records } = eventRecords(
      [
        { slug: 'a', article: ingestRealSeed('001') },
        { slug: 'b', article: ingestRealSeed('002') },
      ],
      nothing,
    );
    const meeting = records.filter(
      (event) => event.edtf === '2015-09-28' && /meeting between/.test(event.evidence[0]?.sentence ?? ''),
    );
    expect(meeting).toHaveLength(1);
    expect(meeting[0]?.evidence.map(({ article }) => article)).toEqual(['a', 'b']);
    expect(meeting[0]?.aliases).toHaveLength(1);
  });

  it('links each piece of evidence to its paragraph', () => {
    const event = events({}).records.find((each) => each.edtf === '2015-09-28');
    expect(event?.evidence[0]?.paragraph).toMatch(/^p-[a-z0-9]{6}$/);
  });
});

describe('an editor’s changes', () => {
  it('retitles or suppresses an event by its id', () => {
    const id = `published-${slug}`;
    const retitled = events({ retitle: { [id]: 'Geneva talks reported' } });
    expect(retitled.records.find((event) => event.id === id)?.title).toBe('Geneva talks reported');
    expect(retitled.warnings).toEqual([]);
    expect(ids(events({ suppress: [id] }).records)).not.toContain(id);
  });

  it('warns, naming the file and the fix, when a retitled or suppressed event no longer exists', () => {
    const { warnings } = events({ retitle: { '1991-gone00': 'Old title' }, suppress: ['published-gone'] });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^content\/editorial\/events\.yaml: suppresses "published-gone", an event the ingest no longer proposes; find its id/,
      ),
      expect.stringContaining('retitles "1991-gone00"'),
    ]);
  });

  it('adds an editor’s event, finding the paragraph its sentence is in', () => {
    const event = events({ add: [added('Lavrov and Kerry met in New York')] }).records.find(
      ({ id }) => id === 'geneva-talks',
    );
    expect(event).toMatchObject({ kind: 'editorial', evidence: [{ article: slug, paragraph: expect.any(String) }] });
  });

  it('leaves out, with a warning, an added event whose evidence names no article or a sentence not in it', () => {
    const gone = events({ add: [added('Anything at all.', 'no-such-article')] });
    expect(ids(gone.records)).not.toContain('geneva-talks');
    expect(gone.warnings).toEqual([expect.stringContaining('evidence in "no-such-article", which is no article')]);
    const missing = events({ add: [added('Words the article never says.')] });
    expect(missing.warnings).toEqual([expect.stringContaining('quotes a sentence that')]);
  });

  it('stops when an added event takes an id the machine uses', () => {
    expect(() => events({ add: [added('Lavrov and Kerry met', slug, `published-${slug}`)] })).toThrow(
      'an id the ingest already uses',
    );
  });
});
