import { describe, expect, it } from 'vitest';
import { titleFault } from './event-titles.ts';

describe('titleFault', () => {
  it('passes a short headline', () => {
    expect(titleFault('Putin and Obama meet at the UN General Assembly')).toBeUndefined();
  });

  it('calls a title ending in an ellipsis a sentence cut off', () => {
    expect(titleFault('The draft resolution, put forward by the United States, would give…')).toBe(
      'a sentence cut off',
    );
  });

  it('gives the length of a title of 80 characters or more', () => {
    expect(titleFault('x'.repeat(80))).toBe('80 characters');
  });
});
