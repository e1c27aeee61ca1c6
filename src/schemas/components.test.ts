import { describe, expect, it } from 'vitest';
import { PermalinkPropsSchema } from './components.ts';

describe('PermalinkPropsSchema', () => {
  it('takes the id of a paragraph whose text another paragraph repeats, which the ingest numbers', () => {
    expect(PermalinkPropsSchema.parse({ to: 'p-a1b2c3-2' })).toEqual({ to: 'p-a1b2c3-2' });
    expect(() => PermalinkPropsSchema.parse({ to: 'javascript:alert(1)' })).toThrow();
  });
});
