import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';
import { ROOT } from './paths.ts';

describe('the project’s modules', () => {
  it('import one another in no cycle', async () => {
    const tree = await parseDependencyTree(['scripts/**/*.ts', 'src/**/*.ts'], {
      context: ROOT,
      cwd: ROOT,
      // Only the project's own modules: packages cannot import back.
      exclude: /node_modules/,
      transform: true,
    });
    expect(parseCircular(tree).map((cycle) => cycle.join(' → '))).toEqual([]);
  }, 120_000);
});
