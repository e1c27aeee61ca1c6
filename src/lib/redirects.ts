import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RedirectRecord, RedirectsFileSchema } from '../schemas/data.ts';

/**
 * The former addresses of articles (content/data/redirects.json, kept by the ingest), read at build time; none when
 * the file is absent, as in a project the ingest has not run in yet or one built from events alone (the benchmark's).
 */
export function loadRedirects(root: string = process.cwd()): RedirectRecord[] {
  const file = join(root, 'content', 'data', 'redirects.json');
  return existsSync(file) ? RedirectsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}
