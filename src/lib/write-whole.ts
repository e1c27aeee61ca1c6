import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes `text` to `path` whole or not at all: under `<path>.partial` first, then renamed (a rename within a folder
 * replaces the file at once), so that a run stopped halfway never leaves half a file to be read by the next one.
 */
export function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

/**
 * `writeWhole` on libuv's threads: the caller goes on (rendering the next article) while the file is written, and
 * awaits the promise before anything reads it.
 */
export async function writeWholeLater(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
}
