import { join } from 'node:path';
import { expectGolden } from './golden.ts';

const OUTPUT = join(import.meta.dirname, 'output');

/**
 * Compares an SVG with its golden file, `test/output/<name>.svg`, through `expectGolden` (a `<name>-changed.svg`
 * beside it when it differs; `UPDATE=1` rewrites it, never in CI).
 */
export function expectSvgGolden(name: string, markup: string): void {
  // One element per line, so that a change reads as a diff; whitespace between SVG elements draws nothing.
  expectGolden(join(OUTPUT, `${name}.svg`), markup.replace(/></g, '>\n<'));
}
