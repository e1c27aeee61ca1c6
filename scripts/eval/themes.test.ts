import { describe, expect, it } from 'vitest';
import { scoreThemes } from './themes.ts';

describe('scoreThemes', () => {
  it('calls equal sets exact, whatever their order', () => {
    expect(scoreThemes(['iran', 'reset'], ['reset', 'iran'])).toMatchObject({ exact: true, hits: 2 });
  });

  it('calls an extra theme a miss of the exact match and counts it as extra', () => {
    expect(scoreThemes(['syria'], ['syria', 'iraq'])).toEqual({
      hits: 1,
      extra: 1,
      missed: 0,
      exact: false,
      missedIds: [],
      extraIds: ['iraq'],
    });
  });

  it('calls no themes against gold none exact', () => {
    expect(scoreThemes([], [])).toMatchObject({ exact: true, hits: 0, extra: 0, missed: 0 });
  });

  it('counts a gold theme not given as missed', () => {
    expect(scoreThemes(['iraq'], [])).toMatchObject({ exact: false, missed: 1, missedIds: ['iraq'] });
  });
});
