import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the site was built into for the browser tests. */
    dist: string;
  }
}

/** Builds the site once, into a temporary folder, for every test that reads or serves it. */
export default function setup(project: TestProject): () => void {
  const root = resolve(import.meta.dirname, '..', '..');
  const parent = mkdtempSync(join(tmpdir(), 'chronicle-site-'));
  const dist = join(parent, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dist },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  project.provide('dist', dist);
  return () => rmSync(parent, { recursive: true, force: true });
}
