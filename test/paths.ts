import { join, resolve } from 'node:path';

/** The project's root, and the folders the tests read: `seeds/`, `content/` and `test/fixtures/`. */
export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');
export const CONTENT = join(ROOT, 'content');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
