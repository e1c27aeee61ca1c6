import { createHash } from 'node:crypto';
import { uniqueSlugs } from '../../src/lib/slug.ts';
import type { ArticleInput } from '../../src/schemas/article.ts';
import type { Lexicon, SeedEditorial } from '../../src/schemas/editorial.ts';
import { clean } from './clean.ts';
import { describe } from './describe.ts';
import { type Block, markDateline } from './document.ts';
import { readSeed } from './read.ts';
import { repair } from './repair.ts';
import { segment } from './segment.ts';
import { writeMdx } from './write.ts';

/** One seed, as the ingest receives it. */
export interface SeedInput {
  /** The seed's file name, e.g. `003_53c4489924289c88.txt`. */
  file: string;
  bytes: Uint8Array;
  editorial: SeedEditorial;
}

/** One article ready to write. */
export interface IngestedArticle {
  file: string;
  frontmatter: ArticleInput;
  blocks: Block[];
  warnings: string[];
}

/**
 * Runs the stages on one seed: read → segment → clean → describe → repair. Annotation (people,
 * quotations, dates) will run here next, on `blocks`, before the article is written.
 */
export function ingestSeed({ file, bytes, editorial }: SeedInput, lexicon: Lexicon): IngestedArticle {
  const { text, encoding, warnings } = readSeed(file, bytes);
  const segmented = segment(text);
  const cleaned = clean(segmented.pieces, lexicon);
  const described = describe({ kept: cleaned.kept, masthead: cleaned.masthead, lexicon, editorial });
  const repaired = repair({
    body: described.body,
    title: described.meta.title,
    ...(described.meta.standfirst ? { standfirst: described.meta.standfirst } : {}),
    lines: described.lines,
    language: described.meta.language,
    lexicon,
  });
  const changes = [...segmented.changes, ...cleaned.changes, ...described.changes, ...repaired.changes];
  const frontmatter: ArticleInput = {
    ...described.meta,
    title: repaired.title,
    ...(repaired.standfirst ? { standfirst: repaired.standfirst } : {}),
    seed: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
    changes: changes.sort((a, b) => a.line - b.line),
    repairs: repaired.repairs,
  };
  if (!frontmatter.published?.edtf.match(/^\[?\d{4}/)) {
    warnings.push(
      `${file}: the text gives no publication date with a year; add one with its evidence in content/editorial/articles/.`,
    );
  }
  return { file, frontmatter, blocks: markDateline(repaired.blocks, described.meta.dateline?.text), warnings };
}

/** Slugs and MDX for every article, keyed by the path under `content/articles/`; seeds must come sorted by file name. */
export function render(articles: IngestedArticle[], editorial: Map<string, SeedEditorial>): Map<string, string> {
  const slugs = uniqueSlugs(
    articles.map((article) => {
      const fixed = editorial.get(article.file)?.slug;
      const year = article.frontmatter.published?.edtf.replace(/^\[/, '').slice(0, 4);
      return { title: article.frontmatter.title, ...(year ? { year } : {}), ...(fixed ? { fixed } : {}) };
    }),
  );
  return new Map(articles.map((article, i) => [`${slugs[i]}.mdx`, writeMdx(article.frontmatter, article.blocks)]));
}
