import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT, SEEDS } from '../../test/paths.ts';
import { generateSeeds } from '../bench/seeds.ts';
import { InputError } from './errors.ts';
import { runIngest, runIngestOnWorkers } from './run.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project: `seeds/` with the given files (or a copy of the real seeds), `content/` with the real editorial files. */
function project(seeds?: Record<string, string>): { seeds: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-'));
  made.push(root);
  const paths = { seeds: join(root, 'seeds'), content: join(root, 'content') };
  if (seeds) {
    mkdirSync(paths.seeds);
    for (const [name, text] of Object.entries(seeds)) writeFileSync(join(paths.seeds, name), text);
  } else cpSync(SEEDS, paths.seeds, { recursive: true });
  cpSync(join(CONTENT, 'editorial'), join(paths.content, 'editorial'), { recursive: true });
  return paths;
}

/** Every file under `content/articles/`, by name, as bytes. */
function articles(content: string): Map<string, Buffer> {
  const dir = join(content, 'articles');
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

/** Runs the ingest and returns the AggregateError it throws. */
async function failure(paths: { seeds: string; content: string }): Promise<AggregateError> {
  try {
    await runIngest(paths);
  } catch (error) {
    if (error instanceof AggregateError) return error;
    throw error;
  }
  throw new Error('the ingest succeeded');
}

const GOOD =
  'Arms talks resume\n\nMOSCOW - Russia and the United States agreed on Tuesday to resume talks, officials said.\n';

describe('runIngest', () => {
  it('writes byte-identical articles in two runs on the same seeds', async () => {
    const first = project();
    const second = project();
    await runIngest(first);
    await runIngest(second);
    const a = articles(first.content);
    expect(a.size).toBe(5);
    expect(articles(second.content)).toEqual(a);
  });

  it('finds the committed content/articles/ up to date with seeds/, and every editorial event change applying', async () => {
    const report = await runIngest({ seeds: SEEDS, content: CONTENT }, { check: true });
    expect(report).toMatchObject({ changed: [], removed: [] });
    expect(report.warnings.filter((warning) => warning.includes('events.yaml'))).toEqual([]);
  });

  it('writes nothing when one seed fails, and the error names the bad file', async () => {
    const paths = project({ '001_good.txt': GOOD, '002_empty.txt': '' });
    const error = await failure(paths);
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^002_empty\.txt: the file is empty\n {2}Fix: /);
    expect(existsSync(join(paths.content, 'articles'))).toBe(false);
  });

  it('reports every bad seed at once, in file order', async () => {
    const paths = project({ 'a.txt': '', 'b.txt': GOOD, 'c.txt': ' \n ' });
    expect((await failure(paths)).errors.map((error) => (error as InputError).file)).toEqual(['a.txt', 'c.txt']);
  });

  it('leaves the articles of an earlier run untouched when a seed fails', async () => {
    const paths = project({ '001_good.txt': GOOD });
    await runIngest(paths);
    const before = articles(paths.content);
    writeFileSync(join(paths.seeds, '001_good.txt'), `${GOOD}\nA new last paragraph was added to the seed today.\n`);
    writeFileSync(join(paths.seeds, '002_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect((await failure(paths)).message).toMatch(/^002_binary\.txt: the file is binary/);
    expect(articles(paths.content)).toEqual(before);
  });

  it('refuses a seeds folder without .txt files, saying what to add', async () => {
    const paths = project({ 'notes.md': '# not a seed' });
    await expect(runIngest(paths)).rejects.toThrow(/holds no \.txt seeds\n {2}Fix: add raw articles as \.txt files/);
  });

  it('stops on an editorial file that is not valid YAML, naming the file and the line', async () => {
    const paths = project({ '001_good.txt': GOOD });
    writeFileSync(join(paths.content, 'editorial', 'articles', '001_good.yaml'), 'title: [unclosed\n');
    expect((await failure(paths)).message).toMatch(/001_good\.yaml:\d+: is not valid YAML/);
  });

  it('with check, reports a changed, a missing and a stale article without writing or removing', async () => {
    const paths = project({
      '001_good.txt': GOOD,
      '002_good.txt': GOOD.replace('Arms talks resume', 'Arms talks end'),
    });
    await runIngest(paths);
    const [first, second] = [...articles(paths.content).keys()];
    const dir = join(paths.content, 'articles');
    writeFileSync(join(dir, first ?? ''), 'edited by hand\n');
    rmSync(join(dir, second ?? ''));
    writeFileSync(join(dir, 'stale.mdx'), 'from a seed that is gone\n');
    const report = await runIngest(paths, { check: true });
    expect(report.changed.sort()).toEqual([first, second].sort());
    expect(report.removed).toEqual(['stale.mdx']);
    expect(readFileSync(join(dir, first ?? ''), 'utf8')).toBe('edited by hand\n');
    expect(existsSync(join(dir, second ?? ''))).toBe(false);
    expect(existsSync(join(dir, 'stale.mdx'))).toBe(true);
  });

  it('without check, rewrites only what changed and removes articles whose seed is gone', async () => {
    const paths = project({ '001_good.txt': GOOD });
    await runIngest(paths);
    writeFileSync(join(paths.content, 'articles', 'stale.mdx'), 'from a seed that is gone\n');
    expect(await runIngest(paths)).toMatchObject({ changed: [], removed: ['stale.mdx'] });
    expect([...articles(paths.content).keys()]).toEqual(['arms-talks-resume.mdx']);
  });

  it('keeps an article’s old address as a redirect when a corrected headline changes its slug, for good', async () => {
    const paths = project({ '001_good.txt': GOOD });
    await runIngest(paths);
    const redirects = () => JSON.parse(readFileSync(join(paths.content, 'data', 'redirects.json'), 'utf8'));
    expect(redirects()).toEqual([]);
    writeFileSync(join(paths.seeds, '001_good.txt'), GOOD.replace('Arms talks resume', 'Arms control talks resume'));
    await runIngest(paths);
    expect(redirects()).toEqual([{ from: 'arms-talks-resume', to: 'arms-control-talks-resume', seed: '001_good.txt' }]);
    writeFileSync(join(paths.seeds, '001_good.txt'), GOOD.replace('Arms talks resume', 'Strategic talks resume'));
    await runIngest(paths);
    expect(redirects().map(({ from, to }: { from: string; to: string }) => `${from} → ${to}`)).toEqual([
      'arms-control-talks-resume → strategic-talks-resume',
      'arms-talks-resume → strategic-talks-resume',
    ]);
    expect([...articles(paths.content).keys()]).toEqual(['strategic-talks-resume.mdx']);
  });

  it('names every file in seeds/ it does not read, with what to do, and reads the rest', async () => {
    const paths = project({ '001_good.txt': GOOD, '002_saved-as.md': GOOD, '.DS_Store': 'x' });
    const report = await runIngest(paths);
    expect(report.warnings.filter((warning) => warning.includes('not read'))).toEqual([
      'seeds/.DS_Store: not read, since the ingest reads only .txt files; save the article as plain text with a .txt name, or move the file out of seeds/.',
      'seeds/002_saved-as.md: not read, since the ingest reads only .txt files; save the article as plain text with a .txt name, or move the file out of seeds/.',
    ]);
    expect([...articles(paths.content).keys()]).toEqual(['arms-talks-resume.mdx']);
  });

  it('reports every mistake in the editors’ content at once, each with its file, line and fix', async () => {
    const paths = project({ '001_good.txt': GOOD });
    cpSync(join(CONTENT, 'gazetteer'), join(paths.content, 'gazetteer'), { recursive: true });
    const people = join(paths.content, 'gazetteer', 'people.yaml');
    const text = readFileSync(people, 'utf8');
    const start = text.indexOf('- id:');
    const first = text.slice(start, text.indexOf('\n- id:', start) + 1);
    writeFileSync(people, `${text}${first}`);
    writeFileSync(join(paths.content, 'editorial', 'articles', '001_good.yaml'), 'title: [unclosed\n');
    const messages = (await failure(paths)).errors.map((error) => (error as Error).message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/gazetteer\/people\.yaml:\d+: the id "[a-z-]+" is used twice\n {2}Fix: /);
    expect(messages[1]).toMatch(/001_good\.yaml:\d+: is not valid YAML/);
  });
});

describe('runIngestOnWorkers', () => {
  it('writes the same bytes on two worker threads as on one thread, and counts every seed', async () => {
    const generated = Object.fromEntries(generateSeeds(10, 4).map(({ file, text }) => [file, text]));
    const [one, two] = [project(generated), project(generated)];
    await runIngest(one);
    const counted: string[] = [];
    await runIngestOnWorkers(two, {
      threads: 2,
      workersFrom: 1,
      progress: (done, total) => counted.push(`${done}/${total}`),
    });
    expect(articles(two.content)).toEqual(articles(one.content));
    expect(readdirSync(join(two.content, 'data')).map((name) => readFileSync(join(two.content, 'data', name)))).toEqual(
      readdirSync(join(one.content, 'data')).map((name) => readFileSync(join(one.content, 'data', name))),
    );
    expect(counted).toEqual(Array.from({ length: 11 }, (_, i) => `${i}/10`));
  });

  it('starts no worker when the cache answers all but a few seeds', async () => {
    const generated = Object.fromEntries(generateSeeds(6, 5).map(({ file, text }) => [file, text]));
    const paths = project(generated);
    const cache = join(paths.content, '..', 'cache');
    const first = await runIngestOnWorkers(paths, { threads: 2, workersFrom: 2, cache });
    expect(first.workers).toBe(2);
    expect((await runIngestOnWorkers(paths, { threads: 2, workersFrom: 2, cache })).workers).toBe(0);
    const [name, text] = Object.entries(generated)[0] as [string, string];
    writeFileSync(join(paths.seeds, name), `${text}\nOne more line of the story.\n`);
    const typo = await runIngestOnWorkers(paths, { threads: 2, workersFrom: 2, cache });
    expect(typo.ingested).toEqual([name]);
    expect(typo.workers).toBe(0);
  });

  it('reports the bad seeds a worker met as input errors, in file order, and writes nothing', async () => {
    const paths = project({ 'a.txt': '', 'b.txt': GOOD, 'c.txt': ' \n ', 'd.txt': GOOD });
    const error = await runIngestOnWorkers(paths, { threads: 2, workersFrom: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AggregateError);
    const errors = (error as AggregateError).errors;
    expect(errors.every((each) => each instanceof InputError)).toBe(true);
    expect(errors.map((each) => (each as InputError).file)).toEqual(['a.txt', 'c.txt']);
    expect(existsSync(join(paths.content, 'articles'))).toBe(false);
  });
});
