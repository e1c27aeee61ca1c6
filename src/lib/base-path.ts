/**
 * The path the site is published under, from how an editor wrote it (`BASE_PATH`, or Astro's `BASE_URL`): always
 * one slash at each end, `/` when empty or absent. `archive`, `/archive` and `/archive/` all give `/archive/`.
 * Read here only, so that the Astro config, the pages and the search index agree on it. A full address or a path
 * with a query or fragment is an error, because it would make every link of the site wrong.
 */
export function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\\]|:\/\//.test(trimmed)) {
    throw new Error(
      `BASE_PATH "${raw}" is not a path: give only the folder the site is published under, e.g. BASE_PATH=/archive/ (the host goes in SITE_URL).`,
    );
  }
  return trimmed ? `/${trimmed.replace(/\/{2,}/g, '/')}/` : '/';
}
