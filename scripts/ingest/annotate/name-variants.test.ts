import { describe, expect, it } from 'vitest';
import type { KindedEntry } from './gazetteer.ts';
import { givenNameVariants, spellingVariants } from './name-variants.ts';

const entry = (kind: KindedEntry['kind'], name: string): KindedEntry => ({
  id: 'x',
  name,
  aliases: [],
  description: '',
  roles: [],
  kind,
});

describe('givenNameVariants', () => {
  it('spells "Sergei" as "Sergey" and "Sergej"', () => {
    expect(givenNameVariants('Sergei')).toEqual(['Sergej', 'Sergey']);
  });

  it('spells "Dmitry" with -i, -iy and -ii', () => {
    expect(givenNameVariants('Dmitry')).toEqual(['Dmitri', 'Dmitrii', 'Dmitriy']);
  });

  it('writes "x" as "ks" and "Ye" as "E"', () => {
    expect(givenNameVariants('Alexei')).toContain('Aleksey');
    expect(givenNameVariants('Yevgeny')).toContain('Evgeniy');
  });

  it('leaves a name with none of these endings alone', () => {
    expect(givenNameVariants('John')).toEqual([]);
    expect(givenNameVariants('US')).toEqual([]);
  });
});

describe('spellingVariants', () => {
  it('gives a person another spelling of the given name, the surname kept', () => {
    expect(spellingVariants(entry('person', 'x'), ['Nikolai Patrushev'])).toEqual(['Nikolay Patrushev']);
  });

  it('prints an institution with its institution words in lower case', () => {
    expect(spellingVariants(entry('organisation', 'x'), ["Russia's Foreign Ministry", 'UN Security Council'])).toEqual([
      "Russia's foreign ministry",
      'UN security council',
    ]);
  });

  it('leaves a name that is no institution as written', () => {
    expect(spellingVariants(entry('organisation', 'x'), ['Islamic State', 'White House'])).toEqual([]);
    expect(spellingVariants(entry('place', 'x'), ['New York'])).toEqual([]);
  });
});
