import { writeSync } from 'node:fs';
import { type BuiltPath, readAstroManifest } from './astro-manifest.ts';

/**
 * The routes whose pages are for search (they mark their text with `data-pagefind-body`), each of which names its
 * pages with `announcePages`. Once all of them have, the search index knows every page it will be given, and in
 * which order (scripts/search/index-site.ts); `kept-pages.test.ts` holds this list to the routes.
 */
export const SEARCH_ROUTES: readonly string[] = [
  'src/pages/agreements/[id].astro',
  'src/pages/articles/[slug].astro',
  'src/pages/organisations/[id].astro',
  'src/pages/people/[id].astro',
  'src/pages/places/[id].astro',
  'src/pages/themes/[id].astro',
];

/** A path as a route's `getStaticPaths` gives it, as far as this module reads it. */
interface RoutePath {
  params: Record<string, string | undefined>;
  cacheKey?: string;
}

/**
 * Tells the build, as soon as a route for search (`SEARCH_ROUTES`) has made its paths, which of its pages are for
 * search and which Astro will leave where they are; returns the paths in the order of their files.
 *
 * The search index takes the pages for search in the order of their files, each once it is final
 * (scripts/search/index-site.ts). Astro makes every route's paths first and generates the pages after, route by route,
 * each route's in the order its `getStaticPaths` returned them; it would otherwise be known only once Astro is done
 * which pages are for search and in what order, and in a rebuild which pages Astro kept. So each route, once its
 * paths are made, names on the file descriptor `KEPT_PAGES_FD`, a line each:
 * - `plan <file>`: each of its pages for search (those `forSearch` accepts), and then `planned <component>`; once
 *   every route of `SEARCH_ROUTES` has said so, the search index knows its order before Astro writes a page;
 * - `kept <file>`: each page whose key is the key it had in Astro's last build (its manifest, `KEPT_PAGES_MANIFEST`,
 *   src/lib/astro-manifest.ts), which Astro will find in place: in a rebuild the last site's pages are in the new
 *   site's folder already (scripts/last-pages.ts). The build passes these on only when the last site was built by the
 *   same code and settings (otherwise Astro renders again pages whose key did not change).
 *
 * And the paths come back sorted by their files, so that Astro writes a route's pages in the order the search index
 * takes them. None of it is trusted: a page named wrongly is found out when the search index reads the finished site,
 * which it then indexes afresh. Without `KEPT_PAGES_FD` (`astro dev`, `astro build` alone) nothing is told.
 */
export function announcePages<Path extends RoutePath>(
  component: string,
  paths: Path[],
  forSearch: (path: Path) => boolean = () => true,
): Path[] {
  const sorted = paths
    .map((path) => ({ path, file: pageFile(component, path.params) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (!process.env.KEPT_PAGES_FD) return sorted.map(({ path }) => path);
  const built = new Map((lastBuild()?.get(component) ?? []).map((path) => [path.cacheKey, path.outputFile]));
  const kept = sorted.flatMap(({ path: { cacheKey } }) => {
    const file = cacheKey === undefined ? undefined : built.get(cacheKey);
    return file === undefined ? [] : [file];
  });
  tellBuild(
    'plan',
    sorted.flatMap(({ path, file }) => (forSearch(path) ? [file] : [])),
  );
  tellBuild('planned', [component]);
  tellBuild('kept', kept);
  return sorted.map(({ path }) => path);
}

/**
 * The file Astro writes for a path of the route in `component` (`src/pages/people/[id].astro` and `{ id: 'x' }`:
 * `people/x/index.html`), with this site's `build.format: 'directory'`. Astro's own function for it is internal.
 */
export function pageFile(component: string, params: RoutePath['params']): string {
  const route = component.replace(/^src\/pages\//, '').replace(/\.astro$/, '');
  const filled = route
    .split('/')
    .map((segment) => segment.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? ''))
    .filter((segment) => segment !== '' && segment !== 'index');
  return [...filled, 'index.html'].join('/');
}

/**
 * Tells the build, on the file descriptor `KEPT_PAGES_FD`, a line `<what> <path>` for each of `paths` (relative to the
 * site): pages for search (`plan`) and the route that has named them all (`planned`), pages kept from the last site
 * (`kept`, all three from `announcePages`), or pages written (`written`, by scripts/astro-preload.ts). Nothing without
 * that descriptor.
 */
export function tellBuild(what: 'plan' | 'planned' | 'kept' | 'written', paths: string[]): void {
  const fd = Number(process.env.KEPT_PAGES_FD);
  if (!Number.isInteger(fd) || fd < 3 || paths.length === 0) return;
  try {
    writeSync(fd, paths.map((path) => `${what} ${path}\n`).join(''));
  } catch {
    // The build stopped listening: the pages are found as Astro names them in its output.
  }
}

let last: { file: string; routes: Map<string, BuiltPath[]> | undefined } | undefined;

/**
 * Astro's manifest of its last build (`KEPT_PAGES_MANIFEST`), read once a build: Astro writes it again only once every
 * page is made.
 */
function lastBuild(): Map<string, BuiltPath[]> | undefined {
  const file = process.env.KEPT_PAGES_MANIFEST;
  if (!file) return undefined;
  if (last?.file !== file) last = { file, routes: readAstroManifest(file) };
  return last.routes;
}
