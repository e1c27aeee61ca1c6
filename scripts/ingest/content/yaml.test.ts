import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keepParsedYaml, loadYaml, pruneParsedYaml } from './yaml.ts';

let dir: string;
const folder = () => join(dir, 'kept');
const file = () => join(dir, 'file.yaml');
const any = z.unknown();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yaml-kept-'));
  keepParsedYaml(folder());
});
afterEach(() => {
  keepParsedYaml(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('parsed YAML kept between runs', () => {
  it('gives what the text parses to, read back from the kept parse, and the new parse of an edited file', () => {
    writeFileSync(file(), 'name: Geneva\naliases: [Genf, Genève]\ncount: 3\n');
    const first = loadYaml(file(), any);
    expect(readdirSync(folder())).toHaveLength(1);
    const [kept] = readdirSync(folder());
    // The kept parse is what the next run reads: changed behind the loader's back, it shows.
    writeFileSync(join(folder(), kept ?? ''), JSON.stringify({ name: 'from the kept parse' }));
    expect(loadYaml(file(), any)).toEqual({ name: 'from the kept parse' });
    writeFileSync(join(folder(), kept ?? ''), JSON.stringify(first));

    writeFileSync(file(), 'name: Genève\n');
    keepParsedYaml(folder());
    expect(loadYaml(file(), any)).toEqual({ name: 'Genève' });
    // The parse of the text no file has any more is removed.
    pruneParsedYaml();
    expect(readdirSync(folder())).toHaveLength(1);
    expect(readdirSync(folder())).not.toContain(kept);
  });

  it('keeps no parse JSON cannot give back, and still gives the value', () => {
    writeFileSync(file(), 'limit: .inf\nnothing: .nan\n');
    expect(loadYaml(file(), any)).toEqual({ limit: Number.POSITIVE_INFINITY, nothing: Number.NaN });
    expect(readdirSync(folder())).toHaveLength(0);
  });

  it('reports invalid YAML as before, with its line', () => {
    writeFileSync(file(), 'name: [unclosed\n');
    expect(() => loadYaml(file(), any)).toThrow(/is not valid YAML/);
  });
});
