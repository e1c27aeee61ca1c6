import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The embeddable element as one ES module (src/client/chronology/element.ts and what it imports, its stylesheet
 * as text), bundled and minified by esbuild at build time. Astro's own scripts get hashed names; an embed needs an
 * address that stays the same from build to build, `/embed/chronology.js`, so it is built here.
 */
export async function bundleElement(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('src/client/chronology/element.ts')],
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
  if (!output) throw new Error('bundleElement: esbuild wrote nothing for src/client/chronology/element.ts');
  return output.text;
}
