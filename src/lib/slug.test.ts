import { describe, expect, it } from 'vitest';
import { slugFor, uniqueSlugs } from './slug.ts';

describe('uniqueSlugs', () => {
  it('gives a taken slug its year, then a counter', () => {
    expect(
      uniqueSlugs([
        { title: 'Talks resume', year: '2015' },
        { title: 'Talks resume', year: '2016' },
        { title: 'Talks resume', year: '2016' },
      ]),
    ).toEqual(['talks-resume', 'talks-resume-2016', 'talks-resume-2']);
  });

  it('gives a taken slug a counter, not a year the date does not know', () => {
    expect(
      uniqueSlugs([
        { title: 'Talks resume', year: '2015' },
        { title: 'Talks resume', year: 'XXXX' },
      ]),
    ).toEqual(['talks-resume', 'talks-resume-2']);
  });

  it('never gives an article a slug the site uses for its own pages ("years")', () => {
    expect(uniqueSlugs([{ title: 'Years', year: '2015' }, { title: 'Years' }])).toEqual(['years-2015', 'years-2']);
  });
});

describe('slugFor', () => {
  it('reads dotted abbreviations as one word', () => {
    expect(slugFor('The U.S. and Russia began "restart" relations')).toBe('the-us-and-russia-began-restart-relations');
  });

  it('cuts a long title between words, never inside a hyphenated one', () => {
    expect(slugFor('Russia and the United States pledge joint efforts for post-war Iraq')).toBe(
      'russia-and-the-united-states-pledge-joint-efforts-for',
    );
  });

  it('gives a title with no letters a slug still', () => {
    expect(slugFor('…')).toBe('untitled');
  });
});
