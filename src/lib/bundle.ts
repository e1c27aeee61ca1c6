import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * A browser module and what it imports as one minified ES module (stylesheets as text), bundled by esbuild at build
 * time. Astro's own scripts get hashed names; a script that another site (the chronology element) or every page's
 * inline loader (the search box) names needs an address that stays the same from build to build, so it is built
 * here and served by an endpoint. `entry` is relative to the project. esbuild is not Vite: the base path that
 * src/lib/url.ts reads from `import.meta.env.BASE_URL` is written into the bundle as the site's build sees it.
 */
export async function bundleModule(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    loader: { '.css': 'text' },
    logLevel: 'silent',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL) },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`bundleModule: esbuild wrote nothing for ${entry}`);
  return output.text;
}
