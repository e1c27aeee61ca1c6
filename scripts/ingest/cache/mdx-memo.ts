import { createHash } from 'node:crypto';
import type { Block } from '../text/document.ts';
import { writeMdx } from '../write/mdx.ts';

/**
 * The MDX of articles the archive-wide steps changed after their seed was ingested (the people pass links a surname to
 * the person another article names in full, render.ts), kept between runs. The cache keeps each article's MDX as its
 * seed's ingest wrote it, but such an article is changed again in every run, and writing its MDX again (remark's
 * serialiser and the frontmatter's YAML) took about 1.4 s of every rebuild at 1,000 generated articles, where most
 * articles are relinked. `writeMdx` depends on the frontmatter and blocks alone, so their JSON with the ingest's code
 * version is the key: the ingest's cache already keeps articles as that JSON and takes them back as the same article
 * (cache.test.ts holds a cached run to an uncached one, byte for byte), so two articles with the same JSON are written
 * the same.
 */
export interface MdxMemo {
  /** The code's version (cache/index.ts, `ingestVersion`); MDX written by other code is never taken. */
  code?: string;
  /** What the last run kept: MDX by the digest of what it was written from. */
  known?: Record<string, string>;
  /** Told this run's MDX by digest, only what this run wrote or took, for the next run to keep. */
  found?: (kept: Record<string, string>) => void;
}

/**
 * `writeMdx` through the memo: `write(frontmatter, blocks)` gives the article's MDX, taken from the last run's when
 * the same frontmatter and blocks were written under the same code; `done()` hands what this run used to `found`.
 * Without a code version, every article is written.
 */
export function memoWriter(memo: MdxMemo = {}): {
  write: (frontmatter: unknown, blocks: Block[]) => string;
  done: () => void;
} {
  const kept: Record<string, string> = {};
  const known = memo.known ?? {};
  return {
    write: (frontmatter, blocks) => {
      if (memo.code === undefined) return writeMdx(frontmatter, blocks);
      const digest = createHash('sha256')
        .update(memo.code)
        .update('\0')
        .update(JSON.stringify([frontmatter, blocks]))
        .digest('hex');
      const taken = Object.hasOwn(known, digest) ? known[digest] : undefined;
      const mdx = typeof taken === 'string' ? taken : writeMdx(frontmatter, blocks);
      kept[digest] = mdx;
      return mdx;
    },
    done: () => memo.found?.(kept),
  };
}
