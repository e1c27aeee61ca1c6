import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CslItem, citations } from './cite.ts';
import { startReferenceWriter } from './reference-writer.ts';

const item = (id: string): CslItem => ({
  id,
  'citation-key': id,
  type: 'article-newspaper',
  title: `Talks in Geneva, ${id}`,
  'container-title': 'Interfax',
  issued: { 'date-parts': [[2009, 3, 7]] },
  URL: `https://example.org/articles/${id}/`,
  archive: 'Moscow–Washington: a documentary chronicle',
});

describe('the reference writer', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'references-'));
  });
  afterEach(() => {
    delete process.env.CITATION_CACHE;
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps each reference in words as the page would write it', async () => {
    process.env.CITATION_CACHE = join(folder, 'citations');
    const writer = startReferenceWriter();
    try {
      await Promise.all(['a', 'b', 'c'].map((id) => writer.write(item(id))));
    } finally {
      writer.close();
    }
    const files = readdirSync(join(folder, 'citations'));
    expect(files).toHaveLength(3);
    const kept = files.map((file) => readFileSync(join(folder, 'citations', file), 'utf8')).sort();
    delete process.env.CITATION_CACHE;
    expect(kept).toEqual(['a', 'b', 'c'].map((id) => citations(item(id)).text).sort());
  });

  it('rejects with the reason a reference could not be kept', async () => {
    writeFileSync(join(folder, 'a-file'), '');
    process.env.CITATION_CACHE = join(folder, 'a-file', 'citations');
    const writer = startReferenceWriter();
    try {
      await expect(writer.write(item('a'))).rejects.toThrow(/a-file/);
    } finally {
      writer.close();
    }
  });
});
