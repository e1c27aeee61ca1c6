/**
 * The site's base path as Astro gives it (`/`, or `/archive/` when the site is published under a sub-path), always
 * with one slash at each end.
 */
export const BASE = `/${import.meta.env.BASE_URL.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * An address inside the site, from its path as if the site were at the root: `href('/articles/x/')` is
 * `/archive/articles/x/` under the base `/archive/`. Every internal link goes through it, so that the archive can be
 * published under any path. A path without a leading slash (a fragment, a query) is returned as it is.
 */
export function href(path: string): string {
  return path.startsWith('/') ? `${BASE}${path.slice(1)}` : path;
}
