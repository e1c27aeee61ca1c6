import { describe, expect, it } from 'vitest';
import type { KindedEntry } from '../ingest/annotate/gazetteer.ts';
import { heldOutGazetteer } from './held-out.ts';

const entry = (id: string, kind: KindedEntry['kind']): KindedEntry => ({
  id,
  name: id,
  aliases: [],
  description: '',
  roles: [],
  kind,
});

describe('heldOutGazetteer', () => {
  it('drops the people no seed names and keeps every other kind of entry', () => {
    const gazetteer = [
      entry('sergei-lavrov', 'person'),
      entry('john-kerry', 'person'),
      entry('china', 'place'),
      entry('united-nations', 'organisation'),
    ];
    expect(heldOutGazetteer(gazetteer, new Set(['sergei-lavrov'])).map(({ id }) => id)).toEqual([
      'sergei-lavrov',
      'china',
      'united-nations',
    ]);
  });
});
