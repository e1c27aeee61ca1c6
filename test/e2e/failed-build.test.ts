import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
let scratch: string;

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build that fails', () => {
  it('leaves the previous dist/ as it was and names the bad seed, the reason and the fix', () => {
    scratch = mkdtempSync(join(tmpdir(), 'chronicle-failed-'));
    const dist = join(scratch, 'dist');
    const seeds = join(scratch, 'seeds');
    mkdirSync(dist);
    mkdirSync(seeds);
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    writeFileSync(join(seeds, 'empty.txt'), '');

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, DIST_DIR: dist, SEEDS_DIR: seeds },
      encoding: 'utf8',
    });

    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('empty.txt: the file is empty');
    expect(result.stderr).toContain('Fix:');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(`${dist}.building`)).toBe(false);
  });
});
