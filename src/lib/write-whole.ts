import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `path` whole or not at all: under `<path>.partial` first, then renamed (a rename within a folder
 * replaces the file at once), so that a run stopped halfway never leaves half a file to be read by the next one.
 */
export function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}
