import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../test/ingest.ts';
import { isCaseless, recased } from './caseless.ts';

describe('isCaseless', () => {
  it('tells captions written without capitals from news text', () => {
    expect(
      isCaseless(['>> on wednesday, the foreign minister met his counterpart in geneva. we discussed syria.']),
    ).toBe(true);
    expect(isCaseless(['On Wednesday, the foreign minister met his counterpart in Geneva.'])).toBe(false);
    expect(isCaseless([''])).toBe(false);
  });
});

describe('recased', () => {
  const text = 'we discussed syria with sergei lavrov in geneva, and the bush administration, on rice and us.';

  it("writes the gazetteer's names as it writes them, offsets unchanged", () => {
    const out = recased(text, gazetteer);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('Syria');
    expect(out).toContain('Sergei Lavrov');
    expect(out).toContain('Geneva');
  });

  it('leaves a name of one word that is also a common word as it is', () => {
    const out = recased(text, gazetteer);
    expect(out).toContain('the bush administration');
    expect(out).toContain('on rice and us.');
  });
});
