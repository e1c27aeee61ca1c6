import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, relative } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares output with its golden file, as d3's, Observable Plot's and unified's tests do: when it differs, the
 * new output is written beside the golden as `<name>-changed.<ext>` to open and compare, and the test fails; a
 * missing golden fails with the command that creates it. `UPDATE=1` rewrites the golden instead, never when `CI`
 * is set, so that CI can only check goldens, never make them.
 */
export function expectGolden(path: string, actual: string): void {
  const changed = changedPath(path);
  if (process.env['UPDATE'] && !process.env['CI']) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) {
    const test = relative(process.cwd(), expect.getState().testPath ?? '');
    throw new Error(`${path} does not exist: create it with \`UPDATE=1 npx vitest run ${test}\` and review it.`);
  }
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${path} differs: compare it with ${changed}; if the change is right, rerun with UPDATE=1`).toBe(
    expected,
  );
}

/** Where a differing output is written: `expected.json` → `expected-changed.json`, beside the golden. */
function changedPath(path: string): string {
  const { dir, name, ext } = parse(path);
  return join(dir, `${name}-changed${ext}`);
}
