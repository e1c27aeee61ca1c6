import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../test/ingest.ts';
import type { KindedEntry } from '../annotate/gazetteer.ts';
import { outletNamed } from './outlet.ts';

const entry = (name: string, aliases: string[], description: string): KindedEntry => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  aliases,
  description,
  roles: [],
  kind: 'organisation',
});
const gazetteer = [
  entry('Baltic News Digest', ['BND'], 'Email newsletter of news about the Baltic states.'),
  entry('Town Hall', ['the Town Hall'], 'The seat of a city government.'),
];
const stated = (value: string) => ({ value, provenance: 'stated' as const });
const none = { labels: [], notices: [] };

describe('the outlet, by the names the gazetteer knows', () => {
  it('gives an abbreviation with an issue number by the organisation’s name', () => {
    expect(outletNamed(stated('BND 4127'), none, gazetteer)).toEqual(stated('Baltic News Digest'));
  });

  it('keeps a name it does not know as read', () => {
    expect(outletNamed(stated('The Daily Courier'), none, gazetteer)).toEqual(stated('The Daily Courier'));
  });

  it('reads the outlet from a label above the headline that is an organisation’s name, as printed', () => {
    expect(outletNamed(undefined, { labels: ['Search form', 'The Town Hall'], notices: [] }, gazetteer)).toEqual(
      stated('The Town Hall'),
    );
  });

  it('reads the site a prompt to add it to the home screen names, and no name from other words', () => {
    const labels = (label: string) => ({ labels: [label], notices: [] });
    expect(outletNamed(undefined, labels('add Daily Courier to homescreen'), [])).toEqual(stated('Daily Courier'));
    expect(outletNamed(undefined, labels('Add The Daily Courier to your home screen'), [])).toEqual(
      stated('The Daily Courier'),
    );
    expect(outletNamed(undefined, labels('add comments to this story'), [])).toBeUndefined();
  });

  it('reads a news organisation named inside a label, but no other organisation', () => {
    expect(outletNamed(undefined, { labels: ['Excerpts from the BND mailing list'], notices: [] }, gazetteer)).toEqual(
      stated('Baltic News Digest'),
    );
    expect(outletNamed(undefined, { labels: ['Tours of the Town Hall'], notices: [] }, gazetteer)).toBeUndefined();
  });

  it('reads the outlet from a notice sending the reader to the story at a news organisation it knows', () => {
    const notices = ['Click here to read more on this story from the Baltic News Digest.'];
    expect(outletNamed(undefined, { labels: [], notices }, gazetteer)).toEqual(stated('Baltic News Digest'));
    const other = ['Read more about the visit at the Town Hall.'];
    expect(outletNamed(undefined, { labels: [], notices: other }, gazetteer)).toBeUndefined();
  });

  it('leaves an editor’s outlet alone', () => {
    const editorial = { value: 'BND', provenance: 'editorial' as const, evidence: 'The editor read it.' };
    expect(outletNamed(editorial, none, gazetteer)).toBe(editorial);
  });

  it('takes a venue printed under the headline for no outlet', () => {
    const text = [
      'Remarks With the Foreign Minister After Their Meeting',
      'The Kremlin',
      'Moscow, Russia',
      'October 12, 2017',
      'FOREIGN MINISTER: Good afternoon. We have had useful talks today on arms control and on the treaty.',
      'SECRETARY: Thank you. The talks were frank and we agreed to meet again next month in Geneva.',
    ].join('\n');
    expect(ingestText('x.txt', text).frontmatter.outlet).toBeUndefined();
  });
});
