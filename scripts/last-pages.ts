import { createHash } from 'node:crypto';
import fs, {
  existsSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { link, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The last site's unchanged pages, kept for the next build without copying them (scripts/build.ts).
 *
 * Astro's incremental build (`experimental.incrementalBuild`) leaves a page that is already in its output folder where
 * it is when the page's key and code are those of its last build (it logs it `(cached)`), and copies it from its own
 * cache otherwise (`(restored)`): a copy, a read of the cached file's times and a change of the copy's, about 2 s of
 * a rebuild at 1,000 articles, most of it waiting on the disk. So before Astro runs, each page of the last build is
 * hard-linked from the last site (`dist/`) into the folder the new site is built in, which costs a name and no copy.
 *
 * Three things keep that safe:
 * - only the pages Astro's manifest of its last build names (its `outputFile`s) are linked, and only when that
 *   manifest is the one the last site was built with (`stampLastPages`, after the site was swapped in): a failed
 *   build may have changed the manifest and not the site;
 * - Astro writes a page it renders again with `fs.promises.writeFile`, which writes into the file it finds: through a
 *   link, into the last site's page. In Astro's process (scripts/astro-preload.ts) a write to a file of the build's
 *   folder removes the file first (`writesReplaceLinks`), so the page becomes a file of its own and the last site is
 *   left as it was. Whether that held is checked after Astro: a linked page whose file is still the last site's must
 *   have its size and time (`pruneLastPages` stops the build otherwise);
 * - a linked page that the new site no longer has (a removed article's) is not in Astro's new manifest, and was not
 *   written again: it is removed (`pruneLastPages`) before the search index reads the site.
 *
 * Astro's manifest is its own file, not an interface: read with a schema, and anything it does not expect means no
 * page is linked and Astro copies them, as it did before.
 */

/** Astro's manifest of its last incremental build, as far as this reads it (Astro 7, `core/build/incremental.js`). */
const ManifestSchema = z.object({
  version: z.literal(1),
  routes: z.record(z.string(), z.object({ paths: z.record(z.string(), z.object({ outputFile: z.string() })) })),
});

/** The file that says which manifest the last site was built with. */
const StampSchema = z.object({ site: z.string(), manifest: z.string() });

/** A page linked from the last site: its path in the site, and its file's identity when linked. */
interface Linked {
  path: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

/** What `linkLastPages` did, for `pruneLastPages`. */
export interface LastPages {
  /** The last site. */
  site: string;
  /** The folder the new site is built in. */
  into: string;
  linked: Linked[];
}

/** Where Astro keeps the manifest of its last incremental build: its cache folder (`cacheDir`, by default). */
export function astroManifest(root: string): string {
  return join(root, 'node_modules', '.astro', 'incremental-build.json');
}

function digestOf(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

/** Each page file Astro's manifest names, relative to the site, or undefined if it cannot be read as expected. */
function manifestPages(manifest: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return undefined;
  }
  const result = ManifestSchema.safeParse(parsed);
  if (!result.success) return undefined;
  const pages = Object.values(result.data.routes).flatMap((route) =>
    Object.values(route.paths).map((path) => path.outputFile),
  );
  // A name that would lead out of the site is not a page of it.
  return pages.every((page) => page !== '' && !isAbsolute(page) && !page.split(/[/\\]/).includes('..'))
    ? pages
    : undefined;
}

/**
 * Records that `site` was built with Astro's manifest as it is now, so that the next build may link its pages. Called
 * once the new site is in place; a build that fails before leaves the stamp of the site still there.
 */
export function stampLastPages(site: string, manifest: string, stamp: string): void {
  const digest = digestOf(manifest);
  if (digest === undefined) {
    rmSync(stamp, { force: true });
    return;
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ site: resolve(site), manifest: digest })}\n`);
}

/** Whether the stamp says `site` was built with the manifest as it is now. */
function stamped(site: string, manifest: string, stamp: string): boolean {
  try {
    const parsed = StampSchema.safeParse(JSON.parse(readFileSync(stamp, 'utf8')));
    return parsed.success && parsed.data.site === resolve(site) && parsed.data.manifest === digestOf(manifest);
  } catch {
    return false;
  }
}

/** How many links are made at once: libuv runs four file operations at a time, and more wait in its queue. */
const AT_ONCE = 32;

/**
 * Hard-links every page of the last site that Astro's manifest names into `into`, when the stamp says the site and
 * the manifest belong together; undefined when they do not, or when the site is gone. A page that cannot be linked
 * (missing from the site, or a file system without hard links) is left for Astro to copy.
 */
export async function linkLastPages(
  site: string,
  into: string,
  manifest: string,
  stamp: string,
): Promise<LastPages | undefined> {
  if (!existsSync(site) || !stamped(site, manifest, stamp)) return undefined;
  const pages = manifestPages(manifest);
  if (!pages) return undefined;
  const folders = [...new Set(pages.map((page) => dirname(join(into, page))))];
  for (let i = 0; i < folders.length; i += AT_ONCE) {
    await Promise.all(folders.slice(i, i + AT_ONCE).map((folder) => mkdir(folder, { recursive: true })));
  }
  const linked: Linked[] = [];
  let unsupported = false;
  for (let i = 0; i < pages.length && !unsupported; i += AT_ONCE) {
    await Promise.all(
      pages.slice(i, i + AT_ONCE).map(async (path) => {
        try {
          await link(join(site, path), join(into, path));
          const { ino, size, mtimeMs } = statSync(join(into, path));
          linked.push({ path, ino, size, mtimeMs });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // No hard links here (another device, or a file system without them): Astro copies every page.
          if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') unsupported = true;
        }
      }),
    );
  }
  return { site, into, linked };
}

/**
 * After Astro: removes the linked pages the new site does not have (not in Astro's new manifest, and not written
 * again), and the folders that leaves empty. Throws if a linked page's file is still the last site's but changed,
 * which means a write went through the link into the last site (`writesReplaceLinks` did not cover it).
 */
export function pruneLastPages(kept: LastPages, manifest: string): string[] {
  const pages = manifestPages(manifest);
  if (!pages) throw new Error(`${manifest}: Astro's manifest of this build cannot be read; the site cannot be checked`);
  const current = new Set(pages);
  const removed: string[] = [];
  for (const { path, ino, size, mtimeMs } of kept.linked) {
    const file = join(kept.into, path);
    let now: fs.Stats;
    try {
      now = statSync(file);
    } catch {
      continue;
    }
    if (now.ino !== ino) continue;
    if (now.size !== size || now.mtimeMs !== mtimeMs) {
      throw new Error(
        `${file} was written through its link to the last site's page, which changed it too; remove ${kept.site} and build again`,
      );
    }
    if (current.has(path)) continue;
    unlinkSync(file);
    removed.push(path);
    removeEmptyFolders(dirname(file), kept.into);
  }
  return removed;
}

/** Whether `path` is inside `folder` (and not the folder itself). */
function within(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/** Removes `folder` and its parents up to `top` (excluded) while they are empty. */
function removeEmptyFolders(folder: string, top: string): void {
  for (let at = folder; within(top, at); at = dirname(at)) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
  }
}

/**
 * Makes every `fs.promises.writeFile` and `fs.writeFileSync` of a file inside `folder` remove the file first, so that
 * a page linked from the last site is replaced, never written through; returns what undoes it. For Astro's process
 * (scripts/astro-preload.ts), which writes the pages it renders with `fs.promises.writeFile`. Written by hand: it is
 * a guard around two functions of Node's, which no library offers.
 */
export function writesReplaceLinks(folder: string): () => void {
  const top = resolve(folder);
  const inside = (file: unknown): string | undefined => {
    const path = file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? resolve(file) : undefined;
    return path !== undefined && within(top, path) ? path : undefined;
  };
  const writeFile = fs.promises.writeFile;
  const writeFileSync = fs.writeFileSync;
  fs.promises.writeFile = (async (file: unknown, ...rest: unknown[]) => {
    const path = inside(file);
    if (path !== undefined) await fs.promises.rm(path, { force: true });
    return (writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest);
  }) as typeof writeFile;
  fs.writeFileSync = ((file: unknown, ...rest: unknown[]) => {
    const path = inside(file);
    if (path !== undefined) fs.rmSync(path, { force: true });
    return (writeFileSync as (...args: unknown[]) => void)(file, ...rest);
  }) as typeof writeFileSync;
  return () => {
    fs.promises.writeFile = writeFile;
    fs.writeFileSync = writeFileSync;
  };
}
