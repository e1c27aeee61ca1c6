import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/paths.ts';
import { codeVersion, ingestCode, ingestVersion } from './index.ts';

/** The ingest's code as its cache keys take it: what its version is a digest of (index.ts, `ingestCode`). */
describe('the ingest code', () => {
  it("is the ingest's folders whole and the helpers of src/lib they import, not the site's own code", () => {
    const code = ingestCode(ROOT);
    for (const file of [
      'scripts/ingest/run.ts',
      'scripts/ingest/furniture-weights.json',
      'src/schemas/article.ts',
      'src/lib/dates.ts',
      'src/lib/edtf.ts',
      'src/lib/slug.ts',
    ]) {
      expect(code).toContain(join(file));
    }
    for (const file of ['src/lib/page-keys.ts', 'src/lib/article-loader.ts', 'src/lib/cite.ts', 'src/pages']) {
      expect(code.some((name) => name.startsWith(join(file)))).toBe(false);
    }
    expect(code.some((name) => name.endsWith('.test.ts'))).toBe(false);
  });

  it('holds every file of the project an ingest of the seeds loads', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ingest-loaded-'));
    try {
      // A module hook that writes down every file Node loads, in the ingest's own process.
      const hook = join(folder, 'record.mjs');
      const list = join(folder, 'loaded.txt');
      writeFileSync(
        hook,
        `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(list)}, url + '\\n'); return next(url, context); } });
`,
      );
      const run = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(hook).href, 'scripts/ingest/cli.ts', '--check', '--no-cache'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INGEST_THREADS: '1' } },
      );
      expect(run.status, run.stderr).toBe(0);
      const loaded = [
        ...new Set(
          readFileSync(list, 'utf8')
            .split('\n')
            .filter((url) => url.startsWith('file:'))
            .map((url) => relative(ROOT, fileURLToPath(url))),
        ),
      ].filter((name) => !name.startsWith('..') && !name.startsWith('node_modules'));
      expect(loaded).toContain(join('scripts', 'ingest', 'job.ts'));
      expect(loaded.filter((name) => !ingestCode(ROOT).includes(name))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the version of the ingest code', () => {
  let root: string;
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ingest-code-'));
    write('package-lock.json', '{}');
    write('scripts/ingest/run.ts', "import { used } from '../../src/lib/used.ts';\nimport 'chrono-node';\n");
    write('scripts/ingest/pool.ts', "new Worker(new URL('../work/job.ts', import.meta.url));\n");
    write('scripts/work/job.ts', "export type { T } from '../../src/lib/typed.ts';\n");
    write('scripts/ingest/weights.json', '[1]');
    write('src/schemas/article.ts', 'export const a = 1;\n');
    write('src/lib/used.ts', "export { deeper as used } from './deeper.ts';\n");
    write('src/lib/deeper.ts', 'export const deeper = 1;\n');
    write('src/lib/typed.ts', 'export type T = number;\n');
    write('src/lib/site.ts', "import { used } from './used.ts';\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes with a file the ingest imports, however deep, and its data, not with the rest of src/lib', () => {
    expect(ingestCode(root)).toEqual(
      [
        'scripts/ingest/pool.ts',
        'scripts/ingest/run.ts',
        'scripts/ingest/weights.json',
        'scripts/work/job.ts',
        'src/lib/deeper.ts',
        'src/lib/typed.ts',
        'src/lib/used.ts',
        'src/schemas/article.ts',
      ].map((name) => join(name)),
    );
    const before = ingestVersion(root);
    write('src/lib/site.ts', "import { used } from './used.ts';\nexport const more = used;\n");
    expect(ingestVersion(root)).toBe(before);
    for (const [name, text] of [
      ['src/lib/deeper.ts', 'export const deeper = 2;\n'],
      ['src/lib/typed.ts', 'export type T = string;\n'],
      ['scripts/work/job.ts', "export type { T } from '../../src/lib/typed.ts';\nexport const x = 1;\n"],
      ['scripts/ingest/weights.json', '[2]'],
      ['package-lock.json', '{"lockfileVersion":3}'],
    ] as const) {
      const was = ingestVersion(root);
      write(name, text);
      expect(ingestVersion(root), name).not.toBe(was);
    }
  });

  it('takes the whole of src/lib when a file of the ingest cannot be read for its imports', () => {
    write('scripts/ingest/broken.ts', 'import { x } from "./run.ts\nexport const = ;\n');
    expect(ingestCode(root)).toContain(join('src', 'lib', 'site.ts'));
  });

  it('of the site is its folders whole', () => {
    const before = codeVersion(root, [join('src', 'lib')]);
    write('src/lib/site.ts', 'export const other = 1;\n');
    expect(codeVersion(root, [join('src', 'lib')])).not.toBe(before);
  });
});
