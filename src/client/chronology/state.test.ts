import { describe, expect, it } from 'vitest';
import { readState, writeState } from './state.ts';

describe('chronology state in the URL', () => {
  it('reads theme, person, years and event', () => {
    expect(readState('?theme=syria&person=sergei-lavrov&from=2009&to=2016&event=2015-09-28-cexf5w')).toEqual({
      theme: 'syria',
      person: 'sergei-lavrov',
      from: '2009-01-01',
      to: '2016-12-31',
      event: '2015-09-28-cexf5w',
    });
  });

  it('ignores what is malformed instead of guessing', () => {
    expect(readState('?theme=<script>&from=09&to=2016-13-45&event=')).toEqual({
      theme: undefined,
      person: undefined,
      from: undefined,
      to: undefined,
      event: undefined,
    });
  });

  it('writes whole years as years and days as days, and round-trips', () => {
    expect(writeState({ theme: 'iran', from: '2002-01-01', to: '2015-12-31' })).toBe('?theme=iran&from=2002&to=2015');
    const state = { person: 'john-kerry', from: '2013-09-01', to: '2013-09-30', event: 'x1' };
    expect(readState(writeState(state))).toEqual({ theme: undefined, ...state });
  });

  it('writes nothing for the default view', () => {
    expect(writeState({})).toBe('');
  });
});
