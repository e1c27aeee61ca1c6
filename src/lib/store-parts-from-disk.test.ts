import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partModule, storePartsFromDisk } from './store-parts-from-disk.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-parts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unread = () =>
  (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for('chronicle.store-parts-unread')];

/** Two records split across two parts as Astro's writer splits them: newline-delimited devalue records. */
const PARTS = ['[[1,2],"a",{"title":3},"Première “one”"]\n[[1,2],"b",', '{"title":3},"two — deux"]\n'];

/** Writes a part file and the module that stands for it, and imports that module as the prerender bundle does. */
async function partExport(name: string, text: string): Promise<unknown> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const module = join(dir, `${name}.mjs`);
  writeFileSync(module, partModule(file));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('partModule', () => {
  it('gives the part text, read from its file, whenever it is made a string', async () => {
    const part = await partExport('0123456789abcdef.txt', PARTS[0] ?? '');
    expect(`${part}`).toBe(PARTS[0]);
    expect(String(part)).toBe(PARTS[0]);
    expect(`${''}${part}`).toBe(PARTS[0]);
  });

  it('counts a loaded part as unread until its text is read', async () => {
    const part = await partExport('1123456789abcdef.txt', 'x\n');
    const file = join(dir, '1123456789abcdef.txt');
    expect(unread()?.has(file)).toBe(true);
    expect(`${part}`).toBe('x\n');
    expect(unread()?.has(file)).toBe(false);
  });

  // Fails when Astro changes how it reads a part: then the integration must change with it.
  it("is read by Astro's own parser of chunked stores to the same entries as the text itself", async () => {
    const astroDataStore = new URL('../../node_modules/astro/dist/content/data-store.js', import.meta.url).href;
    const { ImmutableDataStore } = (await import(astroDataStore)) as {
      ImmutableDataStore: { manifestToMap(manifest: Record<string, unknown[]>): Map<string, Map<string, unknown>> };
    };
    const parts = [
      { default: await partExport('2123456789abcdef.txt', PARTS[0] ?? '') },
      { default: await partExport('3123456789abcdef.txt', PARTS[1] ?? '') },
    ];
    const fromModules = ImmutableDataStore.manifestToMap({ articles: parts });
    const fromText = ImmutableDataStore.manifestToMap({ articles: PARTS.map((text) => ({ default: text })) });
    expect([...(fromModules.get('articles') ?? [])]).toEqual([...(fromText.get('articles') ?? [])]);
    expect(fromModules.get('articles')?.get('b')).toEqual({ title: 'two — deux' });
  });
});

type Plugin = { load: { order: string; filter: { id: RegExp }; handler(id: string): { code: string } | null } };
type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** The Vite plugins the integration adds for `command`, with a cache folder in the test's folder. */
function pluginsFor(command: 'build' | 'dev'): Plugin[] {
  const added: Plugin[] = [];
  const setup = storePartsFromDisk().hooks['astro:config:setup'] as Setup;
  const options = {
    command,
    config: { cacheDir: pathToFileURL(`${dir}/cache/`) },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => added.push(...config.vite.plugins),
  };
  setup(options as unknown as Parameters<Setup>[0]);
  return added;
}

describe('storePartsFromDisk', () => {
  it("loads each part's module in the build, before Astro's content plugin, as the module reading its file", () => {
    const [plugin] = pluginsFor('build');
    if (!plugin) throw new Error('no plugin');
    expect(plugin.load.order).toBe('pre');
    const id = '\0astro:data-layer-content-chunk:0123456789abcdef.txt.mjs';
    expect(plugin.load.filter.id.test(id)).toBe(true);
    expect(plugin.load.handler(id)?.code).toBe(partModule(join(dir, 'cache', 'data-store', '0123456789abcdef.txt')));
    expect(plugin.load.filter.id.test('\0astro:data-layer-content')).toBe(false);
    expect(plugin.load.handler('\0astro:data-layer-content-chunk:../../etc/passwd.mjs')).toBeNull();
  });

  it('leaves the dev server to Astro', () => {
    expect(pluginsFor('dev')).toEqual([]);
  });

  it('fails the build when a part was loaded and never read', async () => {
    mkdirSync(join(dir, 'cache'));
    await partExport('4123456789abcdef.txt', 'y\n');
    const done = storePartsFromDisk().hooks['astro:build:done'] as () => void;
    expect(done).toThrow(/without reading them/);
    unread()?.clear();
    expect(done).not.toThrow();
  });
});
