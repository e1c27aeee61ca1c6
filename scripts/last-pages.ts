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
import { readAstroManifest } from '../src/lib/astro-manifest.ts';
import { siteCodeDigest } from '../src/lib/code-digest.ts';

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
 *   manifest and the search index's order are those the last site was built with (`lastSite`, from the stamp that
 *   `stampLastPages` writes once the site is swapped in): a failed build may have changed them and not the site;
 * - Astro writes a page it renders again with `fs.promises.writeFile`, which writes into the file it finds: through a
 *   link, into the last site's page. In Astro's process (scripts/astro-preload.ts) a write to a file of the build's
 *   folder removes the file first (`writesReplaceLinks`), so the page becomes a file of its own and the last site is
 *   left as it was. Whether that held is checked after Astro: a linked page whose file is still the last site's must
 *   have its size and time (`pruneLastPages` stops the build otherwise);
 * - a linked page that the new site no longer has (a removed article's) is not in Astro's new manifest, and was not
 *   written again: it is removed (`pruneLastPages`) before the search index reads the site.
 *
 * Astro's manifest is its own file, not an interface (src/lib/astro-manifest.ts): anything in it that is not expected
 * means no page is linked and Astro copies them, as it did before.
 */

/** The stamp: the site, the digests of Astro's manifest and of the search order it was built with, and its code. */
const StampSchema = z.object({ site: z.string(), manifest: z.string(), order: z.string(), code: z.string() });

/**
 * The files that say what a site was built with, which the next build relies on: Astro's manifest of its build, and
 * the order of the pages of the site's search index (scripts/search/cli.ts, `--order`), which tells which of the
 * site's pages are for search.
 */
export interface BuiltWith {
  manifest: string;
  order: string;
}

/** The last site, when the stamp says it was built with the files of `BuiltWith` as they are now. */
export interface LastSite {
  site: string;
  /** The code and settings it was built by (`siteCode`). */
  code: string;
}

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

/** Each page file Astro's manifest names, relative to the site; undefined if it cannot be read as expected. */
function manifestPages(manifest: string): string[] | undefined {
  const routes = readAstroManifest(manifest);
  return routes && [...routes.values()].flatMap((paths) => paths.map((path) => path.outputFile));
}

/**
 * Records that `site` was built with Astro's manifest and the search index's order as they are now, and by the site's
 * code `code` (`siteCode`), so that the next build may link its pages. Called once the new site is in place; a build
 * that fails before leaves the stamp of the site still there.
 */
export function stampLastPages(site: string, builtWith: BuiltWith, stamp: string, code: string): void {
  const manifest = digestOf(builtWith.manifest);
  const order = digestOf(builtWith.order);
  if (manifest === undefined || order === undefined) {
    rmSync(stamp, { force: true });
    return;
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ site: resolve(site), manifest, order, code })}\n`);
}

/**
 * The last site, if it is there and the stamp says it was built with Astro's manifest and the search index's order as
 * they are now; undefined otherwise (a build that failed may have changed either and not the site).
 */
export function lastSite(site: string, builtWith: BuiltWith, stamp: string): LastSite | undefined {
  if (!existsSync(site)) return undefined;
  try {
    const parsed = StampSchema.safeParse(JSON.parse(readFileSync(stamp, 'utf8')));
    if (!parsed.success) return undefined;
    const { data } = parsed;
    return data.site === resolve(site) &&
      data.manifest === digestOf(builtWith.manifest) &&
      data.order === digestOf(builtWith.order)
      ? { site: resolve(site), code: data.code }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site's code and settings as they decide what Astro builds: its code (`siteCodeDigest`, with the configuration)
 * and the address and base path it is built for. When they are those of the last build, Astro keeps every page
 * whose key did not change, which the pages can then tell as soon as they know their keys (src/lib/kept-pages.ts).
 */
export function siteCode(root: string): string {
  return createHash('sha256')
    .update(siteCodeDigest(root, ['astro.config.mjs']))
    .update(`\0${process.env.SITE_URL ?? ''}\0${process.env.BASE_PATH ?? ''}`)
    .digest('hex');
}

/** How many links are made at once: libuv runs four file operations at a time, and more wait in its queue. */
const AT_ONCE = 32;

/**
 * Hard-links into `into` every page of the last site (`lastSite`) that Astro's manifest names; undefined if it cannot
 * be read. A page that cannot be linked (missing from the site, or a file system without hard links) is left for Astro
 * to copy.
 */
export async function linkLastPages(last: LastSite, into: string, manifest: string): Promise<LastPages | undefined> {
  const { site } = last;
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

/** Ignores that a file to be removed was not there (one unlink, where `rm` would look at the file first); throws the rest. */
function absent(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
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
 * a page linked from the last site is replaced, never written through, and tells `written` the file's path (relative
 * to `folder`, with `/`) once it is written; returns what undoes it. For Astro's process (scripts/astro-preload.ts),
 * which writes each page it renders once, with `fs.promises.writeFile`. Written by hand: it is a guard around two
 * functions of Node's, which no library offers.
 */
export function writesReplaceLinks(folder: string, written: (path: string) => void = () => {}): () => void {
  const top = resolve(folder);
  const inside = (file: unknown): string | undefined => {
    const path = file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? resolve(file) : undefined;
    return path !== undefined && within(top, path) ? path : undefined;
  };
  const writeFile = fs.promises.writeFile;
  const writeFileSync = fs.writeFileSync;
  const tell = (path: string) => written(relative(top, path).split(sep).join('/'));
  fs.promises.writeFile = (async (file: unknown, ...rest: unknown[]) => {
    const path = inside(file);
    if (path !== undefined) await fs.promises.unlink(path).catch(absent);
    await (writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest);
    if (path !== undefined) tell(path);
  }) as typeof writeFile;
  fs.writeFileSync = ((file: unknown, ...rest: unknown[]) => {
    const path = inside(file);
    if (path !== undefined) {
      try {
        fs.unlinkSync(path);
      } catch (error) {
        absent(error);
      }
    }
    (writeFileSync as (...args: unknown[]) => void)(file, ...rest);
    if (path !== undefined) tell(path);
  }) as typeof writeFileSync;
  return () => {
    fs.promises.writeFile = writeFile;
    fs.writeFileSync = writeFileSync;
  };
}
