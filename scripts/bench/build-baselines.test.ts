import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ROUTE, articlePagesProject, bareArticle, bareFile } from './build-baselines.ts';

/** An article as the ingest writes it, cut short: frontmatter, then paragraphs with annotation elements. */
const MDX = `---
title: "Lavrov and Kerry meet in Geneva"
published:
  edtf: "2013-09-12"
  provenance: "text"
paragraphs:
  - "p-aaaaaa"
---

<Place id="geneva">GENEVA</Place> - <Person id="sergei-lavrov">Lavrov</Person> met <Person id="john-kerry">Kerry</Person> on <Time edtf="2013-09-12">Thursday</Time>.

## Talks on <Place id="syria">Syria</Place>

<Caption>
  A photograph of <Person id="sergei-lavrov">Lavrov</Person>
</Caption>

<Quote n="1" speaker="sergei-lavrov">"We need concrete steps \\{not\\} declarations \\<now>,"</Quote> he said.
`;

describe('bareArticle', () => {
  it("keeps the ingest's title, date and the text of each block, without the annotations", () => {
    expect(bareArticle('lavrov', MDX)).toEqual({
      slug: 'lavrov',
      title: 'Lavrov and Kerry meet in Geneva',
      published: '2013-09-12',
      blocks: [
        { text: 'GENEVA - Lavrov met Kerry on Thursday.' },
        { text: 'Talks on Syria', heading: 2 },
        { text: 'A photograph of Lavrov' },
        { text: '"We need concrete steps {not} declarations <now>," he said.' },
      ],
    });
  });
});

describe('bareFile', () => {
  const article = bareArticle('lavrov', MDX);

  it('writes quoted frontmatter, so that a date stays a string, and each block as a paragraph or a heading', () => {
    const md = bareFile(article, 'md');
    expect(md).toMatch(/^---\ntitle: "Lavrov and Kerry meet in Geneva"\npublished: "2013-09-12"\n---\n\nGENEVA/);
    expect(md.split('\n\n')).toHaveLength(5);
    expect(md).toContain('\n\n## Talks on Syria\n\nA photograph of Lavrov\n\n');
  });

  it('escapes what MDX would read as an expression or an element', () => {
    const mdx = bareFile(article, 'mdx');
    expect(mdx).toContain('\\{not}');
    expect(mdx).not.toMatch(/[^\\]<now>/);
  });
});

describe('articlePagesProject', () => {
  it("copies what Astro reads of our project, keeping our article route alone of the site's pages", () => {
    const parent = mkdtempSync(join(tmpdir(), 'article-pages-'));
    try {
      const from = join(parent, 'ours');
      const files = [
        'astro.config.mjs',
        'tsconfig.json',
        'package.json',
        'public/favicon.svg',
        'scripts/build.ts',
        'content/articles/a.mdx',
        'content/data/entities.json',
        'src/lib/x.ts',
        `src/pages/${ARTICLE_ROUTE}`,
        'src/pages/articles/[slug]/source.astro',
        'src/pages/articles/index.astro',
        'src/pages/people/[id].astro',
        'src/pages/index.astro',
      ];
      for (const file of files) {
        mkdirSync(join(from, dirname(file)), { recursive: true });
        writeFileSync(join(from, file), file);
      }
      mkdirSync(join(from, 'dist'));
      const dir = join(parent, 'copy');
      articlePagesProject(from, dir);
      const copied = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
        .filter((path) => !path.startsWith('node_modules'))
        .sort();
      expect(copied).toEqual(
        files.filter((file) => !file.startsWith('src/pages/') || file.endsWith(ARTICLE_ROUTE)).sort(),
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
