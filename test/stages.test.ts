import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { FIXTURES } from './paths.ts';
import { type Case, STAGES } from './stages.ts';

/** A case folder's input and options. */
function readCase(folder: string): Case {
  const options = join(folder, 'case.json');
  return {
    input: readFileSync(join(folder, 'input.txt')),
    ...(existsSync(options) ? (JSON.parse(readFileSync(options, 'utf8')) as Omit<Case, 'input'>) : {}),
  };
}

for (const [stage, run] of Object.entries(STAGES)) {
  describe(`test/fixtures/${stage}/`, () => {
    const cases = readdirSync(join(FIXTURES, stage), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    it('holds cases', ({ expect }) => expect(cases.length).toBeGreaterThan(0));
    for (const { name } of cases) {
      it(`${name}: input.txt gives expected.json`, () => {
        const folder = join(FIXTURES, stage, name);
        expectGolden(join(folder, 'expected.json'), `${JSON.stringify(run(readCase(folder)), null, 2)}\n`);
      });
    }
  });
}
