import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What syncing one output folder did, or in check mode would do. */
export interface Synced {
  /** Files that were written. */
  changed: string[];
  /** Files that were removed. */
  removed: string[];
}

/** Makes a folder hold exactly `outputs` (files of one extension): writes what differs, removes the rest; with `check`, only reports. */
export function sync(dir: string, extension: string, outputs: Map<string, string>, check: boolean): Synced {
  const existing = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(extension)) : [];
  // A set, not the list: asking the list for each of 5,000 articles compared names 25 million times.
  const present = new Set(existing);
  const changed = [...outputs].filter(
    ([name, text]) => !present.has(name) || readFileSync(join(dir, name), 'utf8') !== text,
  );
  const removed = existing.filter((name) => !outputs.has(name)).sort();
  if (!check) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of changed) writeFileSync(join(dir, name), text);
    for (const name of removed) rmSync(join(dir, name));
  }
  return { changed: changed.map(([name]) => name), removed };
}
