import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const OUTPUT = join(import.meta.dirname, 'output');

/**
 * Compares an SVG with its golden file, `test/output/<name>.svg` (one element per line), as d3's and Observable Plot's tests do: when it
 * differs, the new drawing is written beside it as `<name>-changed.svg` to open and compare, and the test fails.
 * `UPDATE=1` rewrites the golden file instead, never in CI.
 */
export function expectSvgGolden(name: string, markup: string): void {
  // One element per line, so that a change reads as a diff; whitespace between SVG elements draws nothing.
  const actual = markup.replace(/></g, '>\n<');
  const golden = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (process.env['UPDATE'] && !process.env['CI']) {
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(golden)) throw new Error(`${golden} does not exist: run \`UPDATE=1 npx vitest run\` and review it.`);
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.svg changed: compare it with ${changed}`).toBe(expected);
}
