import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The id Astro gives each part of its chunked content store (`experimental.collectionStorage`) as a module: a
 * virtual module whose default export is the part's text, `\0astro:data-layer-content-chunk:<16 hex>.txt.mjs`.
 * The parts are files in `<cacheDir>/data-store/`, named by a digest of their bytes.
 */
const PART = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/** Where the build counts the parts whose module was loaded but whose text was never read (see `astro:build:done`). */
const UNREAD = 'chronicle.store-parts-unread';

/**
 * The module that stands for one part in the build. Its default export is not the part's text but an object that
 * reads the text from the file when it is turned into a string, which is all Astro does with a part: it appends it
 * to the text of the parts before (`ChunkedCollectionParser` in astro/dist/content/data-store.js). So the text lives
 * only while Astro parses it, instead of for the whole build in the module's export beside the store made from it
 * (240 MB at 5,000 articles, its strings being UTF-16). A part not read by the end of the build fails it.
 */
export function partModule(file: string): string {
  const unread = `(globalThis[Symbol.for(${JSON.stringify(UNREAD)})] ??= new Set())`;
  return [
    `import { readFileSync } from 'node:fs';`,
    `const file = ${JSON.stringify(file)};`,
    `${unread}.add(file);`,
    `export default {`,
    `  [Symbol.toPrimitive]() {`,
    `    ${unread}.delete(file);`,
    `    return readFileSync(file, 'utf8');`,
    `  },`,
    `};`,
    '',
  ].join('\n');
}

/**
 * In `astro build`, the content store's parts are read from their files when the pages are rendered, instead of
 * being bundled as string literals.
 *
 * Astro turns each part into a module `export default "<the part's text>"`, which Vite's bundler (Rolldown, native
 * code) parses, copies and writes out, and which Node then compiles: at 5,000 articles the store is about 106 MB,
 * and the bundler's allocator kept about 1.1 GB of memory after that step that the process never gave back, the
 * largest share of the build's peak (README, "Performance", "Memory"). The module that reads the file gives
 * the same string, so the store Astro rebuilds from the parts, and every page, are the same. Only the build uses
 * it: the parts stay on disk in the cache folder until the build ends (Astro reads and rewrites them during its
 * content sync, which comes before bundling). The dev server keeps Astro's own modules, which it reloads on edits.
 * Written by hand because no option of Astro or Vite keeps a virtual module's text out of the bundle.
 */
export function storePartsFromDisk(): AstroIntegration {
  return {
    name: 'store-parts-from-disk',
    hooks: {
      'astro:build:done': () => {
        const unread = (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for(UNREAD)];
        if (unread?.size) {
          throw new Error(
            `Astro loaded ${unread.size} part(s) of its content store without reading them, so pages may be missing: ` +
              `${[...unread].join(', ')}. Has Astro changed how it reads the parts? See src/lib/store-parts-from-disk.ts.`,
          );
        }
      },
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const folder = new URL('data-store/', config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'store-parts-from-disk',
                load: {
                  // Before Astro's own content plugin, which would read the part and return it as a literal.
                  order: 'pre',
                  filter: { id: PART },
                  handler(id: string) {
                    const name = PART.exec(id)?.[1];
                    if (!name) return null;
                    return { code: partModule(fileURLToPath(new URL(name, folder))), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
