import { writeSync } from 'node:fs';
import { type BuiltPath, readAstroManifest } from './astro-manifest.ts';

/**
 * Tells the build which of a route's pages Astro will leave where they are, as soon as the route knows their keys.
 *
 * In a rebuild the last site's pages are in the new site's folder already (scripts/last-pages.ts), and Astro keeps
 * each whose key and code did not change. Astro decides that page by page as it generates them, after it has made
 * every route's paths; the search index, which takes the pages for search in order as they are final
 * (scripts/search/index-site.ts), would wait until then. A route that calls this once its paths are made names the
 * files of those whose key is the key they had in Astro's last build (its manifest, src/lib/astro-manifest.ts), one
 * per line, on the file descriptor `KEPT_PAGES_FD`, while Astro goes on making the other routes' paths. The build
 * passes them to the search index only when the last site was built by the same code and settings (otherwise Astro
 * renders again pages whose key did not change); a page named here that Astro wrote all the same is found out when the
 * search index reads the finished site, which it then indexes afresh. Without `KEPT_PAGES_FD` and
 * `KEPT_PAGES_MANIFEST` (`astro dev`, `astro build` alone) this does nothing. Returns the paths, unchanged.
 */
export function announceKept<Path extends { cacheKey?: string }>(component: string, paths: Path[]): Path[] {
  const manifest = process.env.KEPT_PAGES_MANIFEST;
  if (!process.env.KEPT_PAGES_FD || !manifest) return paths;
  const built = new Map((lastBuild(manifest)?.get(component) ?? []).map((path) => [path.cacheKey, path.outputFile]));
  const kept = paths.flatMap(({ cacheKey }) => {
    const file = cacheKey === undefined ? undefined : built.get(cacheKey);
    return file === undefined ? [] : [file];
  });
  tellBuild('kept', kept);
  return paths;
}

/**
 * Tells the build, on the file descriptor `KEPT_PAGES_FD`, that the pages at `paths` (relative to the site) are kept
 * from the last site (`kept`) or were written (`written`, by scripts/astro-preload.ts): a line `<what> <path>` each.
 * Nothing without that descriptor.
 */
export function tellBuild(what: 'kept' | 'written', paths: string[]): void {
  const fd = Number(process.env.KEPT_PAGES_FD);
  if (!Number.isInteger(fd) || fd < 3 || paths.length === 0) return;
  try {
    writeSync(fd, paths.map((path) => `${what} ${path}\n`).join(''));
  } catch {
    // The build stopped listening: the pages are found as Astro names them in its output.
  }
}

let last: { file: string; routes: Map<string, BuiltPath[]> | undefined } | undefined;

/** Astro's manifest of its last build, read once a build: Astro writes it again only once every page is made. */
function lastBuild(file: string): Map<string, BuiltPath[]> | undefined {
  if (last?.file !== file) last = { file, routes: readAstroManifest(file) };
  return last.routes;
}
