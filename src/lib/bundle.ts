import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * A browser module and what it imports as one minified ES module (stylesheets as text), bundled by esbuild at build
 * time. Astro's own scripts get hashed names; a script that another site (the chronology element) or every page's
 * inline loader (the search box) names needs an address that stays the same from build to build, so it is built
 * here and served by an endpoint. `entry` is relative to the project.
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
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`bundleModule: esbuild wrote nothing for ${entry}`);
  return output.text;
}
