import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer.ts';

describe('loadGazetteer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function contentWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'gazetteer'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'gazetteer', name), text);
    return dir;
  }
  const moscow = '- id: moscow\n  name: Moscow\n  description: Capital of Russia.\n  country: russia\n';
  const russia = '- id: russia\n  name: Russia\n  description: Country in eastern Europe and northern Asia.\n';

  it('loads every file, each entry with its kind', () => {
    const entries = loadGazetteer(contentWith({ 'places.yaml': `${russia}${moscow}` }));
    expect(entries.map(({ id, kind, country }) => [id, kind, country])).toEqual([
      ['russia', 'place', undefined],
      ['moscow', 'place', 'russia'],
    ]);
  });

  it('names the file, the entry and the field when a country or local place is not a place id', () => {
    expect(() => loadGazetteer(contentWith({ 'places.yaml': moscow }))).toThrow(
      /gazetteer\/places\.yaml:1: "moscow" has country "russia", which is not a place id\n {2}Fix: use an id from/,
    );
    const ministry =
      '- id: mfa\n  name: Foreign Ministry of Ruritania\n  description: A ministry.\n  local:\n    in: ruritania\n    names: [Foreign Ministry]\n';
    expect(() => loadGazetteer(contentWith({ 'places.yaml': russia, 'organisations.yaml': ministry }))).toThrow(
      '"mfa" has local.in "ruritania"',
    );
  });

  it('stops on an id used twice, naming the file and the line of the second, not with a stack trace', () => {
    expect(() => loadGazetteer(contentWith({ 'places.yaml': `${russia}${moscow}${russia}` }))).toThrow(
      /gazetteer\/places\.yaml:8: the id "russia" is used twice\n {2}Fix: give each entry its own id/,
    );
    expect(() => loadGazetteer(contentWith({ 'places.yaml': russia, 'people.yaml': russia }))).toThrow(
      /gazetteer\/places\.yaml:1: the id "russia" is used twice \(also in people\.yaml\)/,
    );
  });
});
