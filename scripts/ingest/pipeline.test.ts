import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText, mdxOf, textOf } from '../../test/ingest.ts';
import { FIXTURES } from '../../test/paths.ts';
import { InputError } from './errors.ts';
import { blockText } from './text/document.ts';

/** Realistic paragraphs, repeated to build long articles; generated here so no megabytes sit in git. */
const PARAGRAPHS = readFileSync(join(FIXTURES, 'large-article', 'paragraphs.txt'), 'utf8')
  .trim()
  .split('\n');
const SENTENCES = PARAGRAPHS.flatMap((paragraph) => paragraph.split(/(?<=\.) /));

/**
 * Generous guards, not benchmarks: a stage that goes quadratic blows through them by minutes or gigabytes. The time
 * guard is the test's timeout, three minutes, so that a busy machine (a minute at most for a megabyte) does not fail
 * it; how fast the ingest is belongs to `npm run bench`.
 */
const GUARD_MS = 180_000;
const HEAP_GROWTH = 1024 ** 3;

/** Ingests and writes a seed, returning what happened and how long it took; a InputError counts as an answer. */
function ingestTimed(text: string): {
  result: ReturnType<typeof ingestText> | InputError;
  seconds: number;
  heap: number;
} {
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  let result: ReturnType<typeof ingestText> | InputError;
  try {
    result = ingestText('large.txt', text);
    mdxOf(result);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result = error;
  }
  return { result, seconds: (performance.now() - start) / 1000, heap: process.memoryUsage().heapUsed - heap };
}

/** A single line of about `size` bytes built from `unit`. */
const line = (unit: (i: number) => string, size: number): string => {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    parts.push(unit(i));
    length += parts[i]?.length ?? 0;
  }
  return parts.join('');
};

describe('the ingest, on very large seeds', () => {
  /** Many paragraphs of realistic text, about `size` bytes in all. */
  const article = (size: number): { text: string; paragraphs: string[] } => {
    const paragraphs: string[] = [];
    for (let i = 0, length = 0; length < size; i++) {
      paragraphs.push(`${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`);
      length += (paragraphs.at(-1)?.length ?? 0) + 2;
    }
    return { text: `Marathon arms talks in Geneva\n\n${paragraphs.join('\n\n')}\n`, paragraphs };
  };

  it(
    'ingests a 1 MB article of many paragraphs, keeping its first and last paragraphs',
    () => {
      const { text, paragraphs } = article(1024 ** 2);
      const { result, heap } = ingestTimed(text);
      expect(result).not.toBeInstanceOf(InputError);
      if (result instanceof InputError) return;
      const texts = result.blocks.map(blockText);
      expect(texts).toHaveLength(paragraphs.length);
      expect([texts[0], texts.at(-1)]).toEqual([paragraphs[0], paragraphs.at(-1)]);
      expect(heap).toBeLessThan(HEAP_GROWTH);
    },
    GUARD_MS,
  );

  it('refuses a 5 MB article at once, naming the file, its size and what to do', () => {
    const { result, seconds } = ingestTimed(article(5 * 1024 ** 2).text);
    expect(result).toBeInstanceOf(InputError);
    expect(String((result as InputError).message)).toMatch(
      /^large\.txt: the file is \d+ bytes, more than the \d+ a single article may have\n {2}Fix: /,
    );
    expect(seconds).toBeLessThan(1);
  });

  it.each([
    ['sentences', (i: number) => `${SENTENCES[i % SENTENCES.length]} `],
    ['words without a full stop', (i: number) => `${(SENTENCES[i % SENTENCES.length] ?? '').replace(/[.,"]/g, '')} `],
    ['sentences glued together', (i: number) => SENTENCES[i % SENTENCES.length] ?? ''],
    ['dates "this year" that no full date fixes', () => 'Talks resume by December 6 this year in Geneva, he said. '],
  ])(
    'ingests a 300 KB article on a single line of %s',
    (_, unit) => {
      const text = `GENEVA, 7 Mar - RIA Novosti. ${line(unit, 300 * 1024).trim()}`;
      const { result, heap } = ingestTimed(text);
      expect(result).not.toBeInstanceOf(InputError);
      if (result instanceof InputError) return;
      expect(result.blocks.map(blockText).join(' ').replace(/\s+/g, ' ')).toBe(
        text.replace(/\s+/g, ' ').replace(/([a-z]\.)(?=\S)/g, '$1 '),
      );
      expect(heap).toBeLessThan(HEAP_GROWTH);
    },
    GUARD_MS,
  );
});

describe('ingestSeed', () => {
  it('passes on the warning of a seed decoded from Windows-1252', () => {
    const bytes = Uint8Array.from(
      [...'Talks resume\n\x93We agree,\x94 Lavrov said at the caf\xe9 in Geneva on Tuesday.'].map((c) =>
        c.charCodeAt(0),
      ),
    );
    const article = ingestText('legacy.txt', bytes);
    expect(article.frontmatter.seed.encoding).toBe('windows-1252');
    expect(article.warnings).toContainEqual(expect.stringMatching(/^legacy\.txt: not UTF-8/));
    expect(textOf(article)).toContain('“We agree,” Lavrov said at the café');
  });

  it('warns, naming the file, when no date with a year is found', () => {
    const article = ingestText(
      'undated.txt',
      'Talks resume\nRussia and the United States agreed on Tuesday to resume talks.',
    );
    expect(article.warnings).toEqual([
      expect.stringMatching(/^undated\.txt: the text gives no publication date with a year/),
    ]);
  });

  it("records the SHA-256 of the seed's bytes as received, BOM included", () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Talks resumed in Geneva on Tuesday.'),
    ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(ingestText('bom.txt', bytes).frontmatter.seed).toEqual({ file: 'bom.txt', sha256, encoding: 'UTF-8' });
  });

  it('counts the people who sign a letter with initials and a surname, under its text', () => {
    const letter = [
      'Message From the Elbonian Ministers to the President.',
      '',
      'Moscow, December 30, 1962.',
      '',
      'DEAR MR. PRESIDENT: On the eve of the new year we extend to you and your family our best wishes, and we hope that the year will see our two countries work together for peace.',
      'T. Vandersloot',
      'O. Krieghoff',
    ].join('\n');
    const article = ingestText('letter.txt', letter);
    const names = new Map(article.automatic.map((entry) => [entry.id, entry.name]));
    const people = (article.frontmatter.mentions ?? []).flatMap(({ id }) => names.get(id) ?? []);
    expect(people.sort()).toEqual(['O. Krieghoff', 'T. Vandersloot']);
  });
});
