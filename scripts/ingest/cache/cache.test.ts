import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntitiesFileSchema } from '../../../src/schemas/data.ts';
import { CONTENT, SEEDS } from '../../../test/paths.ts';
import { type IngestReport, runIngest } from '../run.ts';

/**
 * The cache against the truth: after each edit an editor might make, the run with the cache re-ingests exactly the
 * seeds the edit can touch, and writes the same bytes as a run without it.
 */
let root: string;
const paths = () => ({ seeds: join(root, 'seeds'), content: join(root, 'content') });
const cache = () => join(root, 'cache');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  cpSync(SEEDS, join(root, 'seeds'), { recursive: true });
  for (const dir of ['editorial', 'gazetteer', 'themes', 'articles', 'data'])
    cpSync(join(CONTENT, dir), join(root, 'content', dir), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file the ingest wrote, by path, as text. */
function written(content: string): Map<string, string> {
  return new Map(
    ['articles', 'data'].flatMap((dir) =>
      readdirSync(join(content, dir)).map((name) => [`${dir}/${name}`, readFileSync(join(content, dir, name), 'utf8')]),
    ),
  );
}

/** Runs with the cache, then checks its output against a run without it on a copy of the same project. */
async function runCached(code = 'rules-1'): Promise<IngestReport> {
  const report = await runIngest(paths(), { cache: cache(), code });
  const fresh = mkdtempSync(join(tmpdir(), 'ingest-fresh-'));
  try {
    cpSync(root, fresh, { recursive: true, filter: (path) => !path.startsWith(cache()) });
    const truth = { seeds: join(fresh, 'seeds'), content: join(fresh, 'content') };
    await runIngest(truth);
    expect(written(paths().content)).toEqual(written(truth.content));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  return report;
}

/** The seeds a run with the cache ingested, its output checked as `runCached` does. */
const ingestCached = async (code = 'rules-1'): Promise<string[]> => (await runCached(code)).ingested;

const seeds = () => readdirSync(join(root, 'seeds')).sort();

/** The seeds whose articles the committed archive says mention `id`. */
function seedsMentioning(id: string): string[] {
  const entities = EntitiesFileSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'data', 'entities.json'), 'utf8')));
  const slugs = entities.find((entity) => entity.id === id)?.articles ?? [];
  return slugs
    .map((slug) => /^ {2}file: "([^"]+)"/m.exec(readFileSync(join(CONTENT, 'articles', `${slug}.mdx`), 'utf8'))?.[1])
    .filter((file): file is string => file !== undefined)
    .sort();
}

describe('the ingest cache', () => {
  it('ingests every seed once, then none while nothing changes', async () => {
    expect(await ingestCached()).toEqual(seeds());
    expect(await ingestCached()).toEqual([]);
  });

  it("takes each unchanged seed's key from the last run, and finds it again when anything it depends on changes", async () => {
    expect(await ingestCached()).toEqual([]);
    // A key remembered wrongly shows that it was taken: that seed alone misses the cache and is ingested again.
    const remembered = readdirSync(cache()).filter((name) => name.endsWith('.key'));
    expect(remembered).toHaveLength(seeds().length);
    const [first] = remembered;
    writeFileSync(join(cache(), first ?? ''), 'a key that is not in the cache');
    expect(await ingestCached()).toHaveLength(1);
    // Under another rule every key is found afresh, so a wrong one cannot outlive a change.
    for (const name of remembered) writeFileSync(join(cache(), name), 'a key that is not in the cache');
    expect(await ingestCached('rules-x')).toEqual(seeds());
    expect(await ingestCached()).toEqual(seeds());
  });

  it('re-ingests exactly the seed whose text changed', async () => {
    const [first] = seeds();
    appendFileSync(join(root, 'seeds', first ?? ''), '\nThe talks will resume in Geneva on Monday, officials said.\n');
    expect(await ingestCached()).toEqual([first]);
  });

  it("re-ingests exactly the seeds that name a gazetteer entry an editor changed, and those of the entry's new alias", async () => {
    const file = join(root, 'content', 'gazetteer', 'people.yaml');
    const yaml = readFileSync(file, 'utf8');
    const changed = yaml.replace(/(- id: kamal-kharrazi\n {2}name: Kamal Kharrazi\n)/, '$1  wikidata: Q1337\n');
    expect(changed).not.toBe(yaml);
    writeFileSync(file, changed);
    const mentioning = seedsMentioning('kamal-kharrazi');
    expect(mentioning).toHaveLength(1);
    // The people pass reads the whole gazetteer, so it runs on every article again.
    expect(await runCached()).toMatchObject({ ingested: mentioning, linked: seeds() });
    // An alias that a seed's text holds makes the entry relevant to that seed too.
    writeFileSync(
      file,
      changed.replace(/(- id: silvio-berlusconi\n {2}name: Silvio Berlusconi\n {2}aliases:\n)/, '$1    - Ivanov\n'),
    );
    const ivanov = seeds().filter((seed) => /Ivanov/.test(readFileSync(join(root, 'seeds', seed), 'utf8')));
    expect(await ingestCached()).toEqual([...new Set([...ivanov, ...seedsMentioning('silvio-berlusconi')])].sort());
  });

  it('re-ingests exactly the seeds with evidence for a theme an editor changed', async () => {
    const file = join(root, 'content', 'themes', 'iran.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('{ id: tehran, weight: 0.6 }', '{ id: tehran, weight: 0.7 }'),
    );
    const naming = seeds().filter((seed) => /\bIran/.test(readFileSync(join(root, 'seeds', seed), 'utf8')));
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.length).toBeLessThan(seeds().length);
    expect(await ingestCached()).toEqual(naming);
  });

  it("groups a new seed that copies another's story from the last run's similar pairs, as a run without them does", async () => {
    expect(await ingestCached()).toEqual([]);
    expect(readdirSync(cache())).toContain('story-links.json');
    // Another outlet's copy of the Xinhua wire story: its pairs are scored, the others' taken from the last run.
    const copy = '005_00000000000000aa.txt';
    const text = readFileSync(join(root, 'seeds', '002_28f635b30a3f27c3.txt'), 'utf8');
    writeFileSync(join(root, 'seeds', copy), text.replace(/\n\n/, '\n\nBy a staff writer\n\n'));
    expect(await ingestCached()).toEqual([copy]);
    const stories = JSON.parse(readFileSync(join(root, 'content', 'data', 'stories.json'), 'utf8')) as {
      witnesses: unknown[];
    }[];
    expect(stories.map(({ witnesses }) => witnesses.length)).toEqual([3]);
    rmSync(join(root, 'seeds', copy));
    expect(await ingestCached()).toEqual([]);
  });

  it('runs the people pass again on exactly the articles whose look-ups an edit answers differently', async () => {
    await runCached();
    expect((await runCached()).linked).toEqual([]);
    // A surname alone that no article names in full: its article alone is ingested and linked again, to no one.
    // Two seeds a year apart whose copy runs to the end of the file, where the sentences are added.
    const [full = '', , , , alone = ''] = seeds();
    appendFileSync(join(root, 'seeds', alone), '\nVandersloot said the talks would go on.\n');
    expect(await runCached()).toMatchObject({ ingested: [alone], linked: [alone] });
    // Named in full in another article of the time, the surname is now that person's: both articles are linked again.
    appendFileSync(join(root, 'seeds', full), '\nElbonian Foreign Minister Tomas Vandersloot joined the talks.\n');
    expect(await runCached()).toMatchObject({ ingested: [full], linked: [full, alone] });
    const entities = EntitiesFileSchema.parse(
      JSON.parse(readFileSync(join(root, 'content', 'data', 'entities.json'), 'utf8')),
    );
    expect(entities.find(({ id }) => id === 'auto-tomas-vandersloot')?.articles).toHaveLength(2);
  });

  it('re-ingests every seed when a rule changes', async () => {
    expect(await ingestCached('rules-2')).toEqual(seeds());
  });
});
