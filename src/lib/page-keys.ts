import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page that returns a `cacheKey` from
 * `getStaticPaths()` is copied from the last build, not rendered, when its key and the code it is made from
 * (Astro hashes the page's modules) are unchanged. A key must therefore change with every piece of data the page
 * shows. Article pages show their own entry and, through their facts, citations, witnesses and chronology links,
 * the archive's entities, events, stories, redirects and themes and other articles' headlines: their key is that
 * entry with a digest of all of those, so a typo fixed in one article's body or quotations re-renders that page
 * alone, while an entity's new description or a retitled article re-renders every article page, as it may show on
 * any. The archive-wide quotations (`quotes.json`) are left out: an article page shows its own, from its entry, and
 * no other's.
 * Listings, indexes and entity pages give no key and are rendered on every build.
 */

/** A digest of the parts, in order. */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0');
  return hash.digest('hex');
}

let shared: string | undefined;

/** The files of `content/data/` no article page reads (see above). */
const UNREAD = new Set(['quotes.json']);

/**
 * A digest of the archive-wide files an article page may show: everything in `content/data/` but `UNREAD`, and the
 * themes. Read once per build.
 */
export function archiveDigest(root: string = process.cwd()): string {
  if (shared !== undefined && root === process.cwd()) return shared;
  const hash = createHash('sha256');
  for (const dir of [join('content', 'data'), join('content', 'themes')]) {
    const path = join(root, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).sort()) {
      if (!UNREAD.has(name))
        hash
          .update(name)
          .update('\0')
          .update(readFileSync(join(path, name)));
    }
  }
  const digest = hash.digest('hex');
  if (root === process.cwd()) shared = digest;
  return digest;
}
