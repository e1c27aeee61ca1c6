import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A digest of the site's code under `root`: every file of `src/` (tests excepted, stylesheets included), the
 * installed libraries' versions (`package-lock.json`, where there is one) and the `extra` files named, each by its
 * path and bytes. Two builds with the same digest ran the same code. Used for the bundled scripts' page keys
 * (src/lib/bundle.ts) and by the build, to tell whether the last site was built by the same code (scripts/last-pages.ts).
 */
export function siteCodeDigest(root = '.', extra: string[] = []): string {
  const hash = createHash('sha256');
  const names = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((name) => join('src', name))
    .filter((name) => !/\.test\.ts$/.test(name) && statSync(join(root, name)).isFile())
    .sort();
  for (const name of [...names, 'package-lock.json', ...extra]) {
    if (existsSync(join(root, name)))
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(root, name)))
        .update('\0');
  }
  return hash.digest('hex');
}
