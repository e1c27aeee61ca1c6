import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedPages } from '../../scripts/astro-pages.ts';
import { buildGenerated, generatedProject } from '../../scripts/bench/generated-site.ts';
import { SEEDS } from '../paths.ts';

/**
 * A rebuild reuses what did not change, and nothing stale: in a copy of the project with the archive's seeds, a
 * typo fixed in one seed re-ingests that seed and re-renders its article alone (the chronology's data files, drawings
 * and scripts are copied), an edit to an event's evidence re-renders the data files that hold it, and a place's new
 * description in the gazetteer reaches the article pages that show it.
 */
let dir: string;

beforeAll(async () => {
  dir = generatedProject(
    readdirSync(SEEDS).map((file) => ({
      file,
      text: readFileSync(join(SEEDS, file), 'utf8'),
      day: '2002-04-06',
      dated: true,
    })),
  );
  await buildGenerated(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds the copy again and returns its log, without the colours Astro gives it on some hosts (CI=true). */
async function rebuild(): Promise<string> {
  await buildGenerated(dir);
  return stripVTControlCharacters(readFileSync(join(dir, 'build.log'), 'utf8'));
}

/** Each page the build wrote, by address, and whether it was copied from the last build, read as the build reads it. */
const written = (log: string): { path: string; copied: boolean }[] => {
  const pages: { path: string; copied: boolean }[] = [];
  finishedPages((path, copied) => pages.push({ path: `/${path}`, copied }))(`${log}\n`);
  return pages;
};

/** The article pages the build rendered (not copied from the last build), by slug. */
const rendered = (log: string): string[] =>
  written(log)
    .filter((each) => !each.copied)
    .flatMap((each) => /^\/articles\/([a-z0-9-]+)\/index\.html$/.exec(each.path)?.[1] ?? [])
    .sort();

/** The pages the build copied from the last build, by address. */
const restored = (log: string): string[] =>
  written(log)
    .filter((each) => each.copied)
    .map((each) => each.path)
    .sort();

const page = (slug: string) => readFileSync(join(dir, 'dist', 'articles', slug, 'index.html'), 'utf8');
const POWELL = 'russia-pledges-support-for-powell-mideast-mission';
const PLEDGE = 'russia-and-the-united-states-pledge-joint-efforts-for';
/** The chronology's data files that hold its events' evidence sentences. */
const CHRONOLOGY_FILES = ['/data/chronology.json', '/data/chronology.csv'];
/** The chronology as drawn (the events without their evidence sentences), and the data the charts load. */
const DRAWINGS = ['/data/chronology-view.json', '/embed/chronology.svg', '/embed/chronology/index.html'];
/** The pages bundled from the site's code (src/lib/bundle.ts), and the schema made from it. */
const SCRIPTS = ['/embed/chronology.js', '/search/box.js', '/data/chronology.schema.json'];
/** A file planted in a built site, to tell which build's site a folder holds. */
const MARK = 'planted-by-the-test.txt';

/** The slug of the article the copy's ingest made of `seed`. */
function slugOf(seed: string): string {
  const articles = join(dir, 'content', 'articles');
  const name = readdirSync(articles).find((file) =>
    readFileSync(join(articles, file), 'utf8').includes(`file: "${seed}"`),
  );
  return name?.replace(/\.mdx$/, '') ?? '';
}

/**
 * Each test runs a whole build of the copy (ingest, Astro, Pagefind), which on a loaded machine, beside the suite's
 * other files, takes well over the default thirty seconds; the hooks that build have the same limit.
 */
const BUILD_TIMEOUT = 300_000;

describe('an incremental rebuild', { timeout: BUILD_TIMEOUT }, () => {
  it('re-ingests and re-renders only the article whose seed changed', async () => {
    const seed = join(dir, 'seeds', '004_a608fb363b637e8a.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('has long been a co-sponsor', 'has long been a cosponsor'));
    writeFileSync(join(dir, 'dist', MARK), 'the site the rebuild replaces');
    const log = await rebuild();
    expect(log).toContain('Ingested 1 of 5 seeds');
    // The replaced site is kept until the next build, which removes it while its stages run.
    expect(existsSync(join(dir, 'dist.previous', MARK))).toBe(true);
    expect(existsSync(join(dir, 'dist', MARK))).toBe(false);
    // The lists of a year whose articles did not change are copied too.
    expect(restored(log).filter((path) => path.startsWith('/articles/years/')).length).toBeGreaterThan(0);
    expect(rendered(log)).toEqual([POWELL]);
    expect(page(POWELL)).toContain('has long been a cosponsor');
    // The last site's pages were linked into the new one, not copied (scripts/last-pages.ts), and the page rendered
    // again replaced its link: the site it replaced still shows what it showed.
    expect(log).toMatch(/Kept \d+ pages of the last site where they were/);
    // The pages for search whose keys did not change were named by the site before Astro generated them
    // (src/lib/kept-pages.ts), and rightly: the search index did not have to start again.
    expect(Number(/the site named (\d+) of them before Astro generated them/.exec(log)?.[1])).toBeGreaterThan(10);
    expect(log).not.toContain('indexing it again');
    expect(readFileSync(join(dir, 'dist.previous', 'articles', POWELL, 'index.html'), 'utf8')).toContain(
      'has long been a co-sponsor',
    );
    const listing = join('people', 'colin-powell', 'index.html');
    expect(statSync(join(dir, 'dist', listing)).ino).toBe(statSync(join(dir, 'dist.previous', listing)).ino);
    // The search index took in the pages after the one rendered again while Astro was still at work (astro-pages.ts).
    const order = JSON.parse(readFileSync(join(dir, '.cache', 'search-order.json'), 'utf8')) as string[];
    const given = Number(/search: (\d+) of \d+ pages indexed while the site was built/.exec(log)?.[1]);
    expect(given).toBeGreaterThan(order.indexOf(`articles/${POWELL}/index.html`) + 1);
    // The listings are copied, those that list that article too: they show its headline, date and outlet, which the
    // edit did not change (`listedArticle` in src/lib/page-keys.ts); the last test holds every page to a clean build's.
    expect(restored(log)).toContain('/people/colin-powell/index.html');
    expect(restored(log)).toContain('/people/sergei-lavrov/index.html');
    expect(restored(log)).toContain('/quotes/sergei-lavrov/index.html');
    expect(restored(log).filter((path) => path.startsWith('/stories/')).length).toBeGreaterThan(0);
    // So are the pages of places and organisations, even those that list the article: they show its headline, date
    // and outlet, which the edit did not change (src/lib/entity-pages.ts, `listedArticle` in src/lib/page-keys.ts).
    const entityPages = written(log).filter(({ path }) => /^\/(places|organisations)\/[a-z-]+\//.test(path));
    expect(entityPages.length).toBeGreaterThan(0);
    expect(entityPages.filter(({ copied }) => !copied)).toEqual([]);
    // And the themes' own pages, whose articles' frontmatter, events, people and key quotations did not change.
    expect(restored(log).filter((path) => /^\/themes\/[a-z-]+\/index\.html$/.test(path)).length).toBeGreaterThan(0);
    // The chronology's data files, drawings and embed, which that sentence is not part of, and the bundled scripts.
    for (const path of [...CHRONOLOGY_FILES, ...DRAWINGS, ...SCRIPTS]) expect(restored(log)).toContain(path);
    expect(restored(log).filter((path) => /^\/embed\/chronology-[a-z0-9-]+\.svg$/.test(path)).length).toBeGreaterThan(
      0,
    );
  });

  it("re-renders the chronology's data files when an event's evidence changes, and not the bundled scripts", async () => {
    // The sentence is the evidence of an event of the chronology, whose title it does not change.
    const seed = join(dir, 'seeds', '002_28f635b30a3f27c3.txt');
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace(
        'in settling Syrian crisis, Russian',
        'in settling the Syrian crisis, Russian',
      ),
    );
    const log = await rebuild();
    expect(log).toContain('Ingested 1 of 5 seeds');
    const json = readFileSync(join(dir, 'dist', 'data', 'chronology.json'), 'utf8');
    expect(json).toContain('in settling the Syrian crisis');
    for (const path of CHRONOLOGY_FILES) expect(restored(log)).not.toContain(path);
    expect(written(log).map((each) => each.path)).toEqual(expect.arrayContaining(CHRONOLOGY_FILES));
    for (const path of SCRIPTS) expect(restored(log)).toContain(path);
  });

  it('re-renders only the article whose quotation changed, though the archive-wide quotations changed with it', async () => {
    const seed = join(dir, 'seeds', '000_930bb7c079e392ac.txt');
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace('broad mutual understanding', 'broad mutual understandings'),
    );
    const log = await rebuild();
    expect(log).toContain('Ingested 1 of 5 seeds');
    // The site before last is gone, and nothing is left of its removal.
    expect(existsSync(join(dir, 'dist.previous', MARK))).toBe(false);
    expect(existsSync(join(dir, 'dist.discarded'))).toBe(false);
    const slug = slugOf('000_930bb7c079e392ac.txt');
    // The article, and the page at its former address, which shows it too; no other article.
    expect(rendered(log).filter((each) => each !== `${PLEDGE}-post`)).toEqual([slug]);
    expect(page(slug)).toContain('broad mutual understandings');
  });

  it('re-renders the article pages that show an entity when it changes, and no other', async () => {
    const places = join(dir, 'content', 'gazetteer', 'places.yaml');
    writeFileSync(
      places,
      readFileSync(places, 'utf8').replace('description: Capital of Iran.', 'description: Capital city of Iran.'),
    );
    const log = await rebuild();
    expect(log).toMatch(/Ingested [1-5] of 5 seeds/);
    // Tehran is named in one article of the five.
    expect(rendered(log)).toEqual([POWELL]);
    expect(page(POWELL)).toContain('title="Capital city of Iran."');
  });

  it("names no page to the search index early once the site's code changed since the last site", async () => {
    const code = join(dir, 'src', 'lib', 'pages.ts');
    writeFileSync(code, `${readFileSync(code, 'utf8')}\n// A change to the site's code.\n`);
    const log = await rebuild();
    // Astro may render pages again whose keys did not change (src/lib/kept-pages.ts); it named none of them.
    expect(log).toMatch(/the site named 0 of them before Astro generated them/);
    expect(log).not.toContain('indexing it again');
  });

  it('removes the pages of an article whose seed was removed, which the last site had', async () => {
    const slug = slugOf('003_53c4489924289c88.txt');
    expect(existsSync(join(dir, 'dist', 'articles', slug, 'index.html'))).toBe(true);
    rmSync(join(dir, 'seeds', '003_53c4489924289c88.txt'));
    const log = await rebuild();
    expect(log).toContain('Ingested 0 of 4 seeds');
    expect(log).toMatch(/Kept \d+ pages of the last site where they were; removed [1-9]\d* it no longer has/);
    expect(existsSync(join(dir, 'dist', 'articles', slug))).toBe(false);
    expect(existsSync(join(dir, 'dist.previous', 'articles', slug, 'index.html'))).toBe(true);
    // The routes named the pages for search before Astro wrote any (src/lib/kept-pages.ts), so the search index did not
    // wait for the page the last index had there: it took every page while the site was built.
    expect(log).toMatch(/search: (\d+) of \1 pages indexed while the site was built/);
    expect(log).not.toContain('indexing it again');
  });

  it('writes the same files as a clean build', async () => {
    const dist = join(dir, 'dist');
    // Every file, not only the HTML pages: the data files, drawings and scripts are copied from the last build too.
    const pages = () =>
      new Map(
        readdirSync(dist, { recursive: true, encoding: 'utf8' })
          .filter((file) => statSync(join(dist, file)).isFile())
          .map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
      );
    const before = pages();
    rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const log = await rebuild();
    expect(log).toContain('Ingested 4 of 4 seeds');
    // With no last index to go by, the search index took every page while the site was built, in the order the
    // routes named them.
    expect(log).toMatch(/search: (\d+) of \1 pages indexed while the site was built/);
    expect(log).not.toContain('indexing it again');
    const after = pages();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, html] of after) expect(before.get(file), file).toBe(html);
  });
});
