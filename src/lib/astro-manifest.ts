import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/**
 * Astro's manifest of its last incremental build (`experimental.incrementalBuild`; Astro 7, `core/build/incremental.js`,
 * kept in its cache folder as `incremental-build.json`), as far as the build reads it: for each route's component,
 * each path's key and the file it wrote. It is Astro's own file, not an interface: it is read with a schema, and
 * anything it does not expect reads as no manifest at all, so that whatever relies on it (scripts/last-pages.ts,
 * src/lib/kept-pages.ts) does nothing rather than something wrong.
 */
const ManifestSchema = z.object({
  version: z.literal(1),
  routes: z.record(
    z.string(),
    z.object({ paths: z.record(z.string(), z.object({ cacheKey: z.string(), outputFile: z.string() })) }),
  ),
});

/** A path of a route in the last build: the key it had and the file Astro wrote, relative to the site. */
export interface BuiltPath {
  cacheKey: string;
  outputFile: string;
}

/** Each route's paths in Astro's manifest `file`, by component; undefined if it cannot be read as expected. */
export function readAstroManifest(file: string): Map<string, BuiltPath[]> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const result = ManifestSchema.safeParse(parsed);
  if (!result.success) return undefined;
  const routes = new Map(
    Object.entries(result.data.routes).map(([component, route]) => [component, Object.values(route.paths)]),
  );
  // A file named outside the site is not a page of it.
  const outside = (page: string) => page === '' || isAbsolute(page) || page.split(/[/\\]/).includes('..');
  return [...routes.values()].some((paths) => paths.some(({ outputFile }) => outside(outputFile))) ? undefined : routes;
}
