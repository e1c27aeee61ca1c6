import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The Nu HTML Checker's jar, from the `vnu-jar` package; Java comes from the system (`.ci/run` installs it). */
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One error the checker reports, as its JSON output gives it. */
interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('every built page', () => {
  it('is valid HTML by the W3C Nu HTML Checker', () => {
    const dist = inject('dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(dist, file));
    expect(files.length).toBeGreaterThan(20);
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) {
      throw new Error(
        `Java did not start (${run.error.message}): the Nu HTML Checker needs it. Install a Java runtime, e.g. apt-get install default-jre-headless (.ci/run does).`,
      );
    }
    // The checker writes its JSON report to standard error.
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] };
    const errors = messages
      .filter((message) => message.type === 'error')
      .map((message) => `${message.url.replace(`file:${dist}/`, '')}:${message.lastLine ?? '?'}: ${message.message}`);
    expect(errors).toEqual([]);
  });
});
