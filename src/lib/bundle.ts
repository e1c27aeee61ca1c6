import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, version } from 'esbuild';
import { siteCodeDigest } from './code-digest';

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

let code: string | undefined;

/**
 * The key of a page that is a bundle made by `bundleModule` (src/lib/page-keys.ts): what esbuild reads is not known
 * before it runs, so the key is a digest of every file of the site's code (`src/`, tests excepted, stylesheets
 * included), of the installed libraries' versions (package-lock.json, where there is one, and esbuild's) and of the base path the
 * bundle is given. An edit to the content never changes it; an edit to any of the site's code re-renders the bundles,
 * which costs a needless bundling, never a stale one. Made once per build.
 */
export function bundleKey(): string {
  code ??= createHash('sha256').update(siteCodeDigest()).update(version).digest('hex');
  return `${code}:${import.meta.env.BASE_URL}`;
}
