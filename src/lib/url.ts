import { basePath } from './base-path.ts';

/**
 * The site's base path as Astro gives it (`/`, or `/archive/` when the site is published under a sub-path), always
 * with one slash at each end.
 */
export const BASE = basePath(import.meta.env.BASE_URL);

/**
 * The base path without its final slash: `''` at the root of a host, `/archive` under a sub-path. What the
 * chronology's scripts put before a root path (`${base}/data/chronology.json`), as they do with another archive's
 * address when embedded.
 */
export const ROOT = BASE.slice(0, -1);

/**
 * An address inside the site, from its path as if the site were at the root: `href('/articles/x/')` is
 * `/archive/articles/x/` under the base `/archive/`. Every internal link goes through it, so that the archive can be
 * published under any path. A path without a leading slash (a fragment, a query) is returned as it is.
 */
export function href(path: string): string {
  return path.startsWith('/') ? `${BASE}${path.slice(1)}` : path;
}

/**
 * The absolute address of a path of the site on the host `site` (Astro's `site`, from SITE_URL), base path
 * included: `absolute('/rss.xml', new URL('https://example.org'))` is `https://example.org/archive/rss.xml`. For
 * what is read away from the site: feeds, the sitemap, robots.txt, embed snippets, standalone drawings.
 */
export function absolute(path: string, site: URL | string): string {
  return new URL(href(path), site).href;
}
