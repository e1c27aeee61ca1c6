import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, inject } from 'vitest';

/** Every page of the built site, parsed, keyed by its path under dist/ (`articles/x/index.html`). */
export type BuiltPages = Map<string, Root>;

/**
 * The pages of the site the global setup built, read and parsed before the calling file's tests; the map it
 * returns is filled by then.
 */
export function builtPages(): BuiltPages {
  const pages: BuiltPages = new Map();
  beforeAll(() => {
    const dist = inject('dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    for (const file of files.sort()) pages.set(file, fromHtml(readFileSync(join(dist, file), 'utf8')));
  });
  return pages;
}

/** One built page, parsed; a missing page fails the test that asks for it. */
export function pageAt(pages: BuiltPages, path: string): Root {
  const tree = pages.get(path);
  if (!tree) throw new Error(`The built site has no page ${path}.`);
  return tree;
}
