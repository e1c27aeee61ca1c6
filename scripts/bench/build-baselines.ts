import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { linkNodeModules } from './chronology-site.ts';
import { PROJECT_FILES } from './generated-site.ts';

/** An article as the baselines print it: our ingest's title, date and body paragraphs, without the annotations. */
export interface BareArticle {
  slug: string;
  title: string;
  /** The publication date as EDTF, printed as text. */
  published: string;
  /** The body's blocks in order: paragraphs, and subheadings with their level. */
  blocks: BareBlock[];
}

/** A block of an article's body, as plain text: a paragraph, or a subheading (`heading` is its level, 1–6). */
export interface BareBlock {
  text: string;
  heading?: number;
}

const mdxReader = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * One article the ingest wrote, reduced to what a bare site would show: the frontmatter's title and date, and the
 * text of each body block (paragraphs, subheadings, and elements standing as blocks, such as a `<Caption>`, as
 * paragraphs) with its annotation elements (`<Person>`, `<Quote>`, …) unwrapped, so that the baselines render the
 * same words as our article pages.
 */
export function bareArticle(slug: string, mdx: string): BareArticle {
  const tree = mdxReader.parse(mdx) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const frontmatter = (yaml ? parseYaml(yaml.value) : {}) as { title?: string; published?: { edtf?: string } };
  const blocks = tree.children.flatMap((node): BareBlock[] => {
    if (node.type === 'heading') return [{ text: plainText(node), heading: node.depth }];
    return node.type === 'paragraph' || node.type === 'mdxJsxFlowElement' ? [{ text: plainText(node) }] : [];
  });
  return { slug, title: frontmatter.title ?? slug, published: frontmatter.published?.edtf ?? '', blocks };
}

/** Every article in the ingest's output folder (`content/articles/`), in file order. */
export function bareArticles(articlesDir: string): BareArticle[] {
  return readdirSync(articlesDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => bareArticle(file.replace(/\.mdx$/, ''), readFileSync(join(articlesDir, file), 'utf8')));
}

const mdWriter = unified().use(remarkStringify);
const mdxWriter = unified().use(remarkMdx).use(remarkStringify);

/**
 * The article as a Markdown (`md`) or MDX (`mdx`) file: YAML frontmatter, then its blocks, escaped by remark's
 * serialiser for the syntax at hand (MDX also escapes braces and angle brackets).
 */
export function bareFile(article: BareArticle, syntax: 'md' | 'mdx'): string {
  const body = article.blocks.map(({ text, heading }): RootContent => {
    const children = [{ type: 'text' as const, value: text }];
    return heading
      ? { type: 'heading', depth: heading as 1 | 2 | 3 | 4 | 5 | 6, children }
      : { type: 'paragraph', children };
  });
  const markdown = (syntax === 'md' ? mdWriter : mdxWriter).stringify({ type: 'root', children: body });
  // Quoted as JSON strings (valid YAML), so that a date stays a string for every reader, Hugo's included.
  const frontmatter = `title: ${JSON.stringify(article.title)}\npublished: ${JSON.stringify(article.published)}\n`;
  return `---\n${frontmatter}---\n\n${markdown}`;
}

const ASTRO_CONFIG = (syntax: 'md' | 'mdx') =>
  syntax === 'mdx'
    ? `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n`
    : `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ devToolbar: { enabled: false } });\n`;

const CONTENT_CONFIG = (syntax: 'md' | 'mdx') => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.${syntax}', base: './articles' }),
  schema: z.object({ title: z.string(), published: z.string() }),
});

export const collections = { articles };
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.published}</p>
      <Content />
    </main>
  </body>
</html>
`;

/**
 * A minimal Astro project in `dir` with one page per article, `/articles/<slug>/`, from a content collection of
 * `.md` or `.mdx` files: the least an Astro site of these articles does, against which ours is measured. It uses the
 * project's installed packages (linked as chronology-site.ts links them).
 */
export function bareAstroProject(dir: string, articles: readonly BareArticle[], syntax: 'md' | 'mdx'): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `bench-astro-${syntax}`, type: 'module' })}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG(syntax));
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG(syntax));
  writeFileSync(join(dir, 'src', 'pages', 'articles', '[slug].astro'), ARTICLE_PAGE);
  for (const article of articles) {
    writeFileSync(join(dir, 'articles', `${article.slug}.${syntax}`), bareFile(article, syntax));
  }
  linkNodeModules(dir);
}

const HUGO_CONFIG = `baseURL = "http://localhost/"
languageCode = "en"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const HUGO_SINGLE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{{ .Title }}</h1>
      <p>{{ .Params.published }}</p>
      {{ .Content }}
    </main>
  </body>
</html>
`;

const HUGO_LIST = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
  <body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body>
</html>
`;

/** A minimal Hugo site in `dir`: one page per article, `/articles/<slug>/`, from the same Markdown as bare Astro's. */
export function hugoProject(dir: string, articles: readonly BareArticle[]): void {
  const layouts = join(dir, 'layouts', '_default');
  mkdirSync(layouts, { recursive: true });
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), HUGO_CONFIG);
  writeFileSync(join(layouts, 'single.html'), HUGO_SINGLE);
  writeFileSync(join(layouts, 'list.html'), HUGO_LIST);
  for (const article of articles) {
    writeFileSync(join(dir, 'content', 'articles', `${article.slug}.md`), bareFile(article, 'md'));
  }
}

/** Our route of article pages, the one route the copy keeps. */
export const ARTICLE_ROUTE = join('articles', '[slug].astro');

/**
 * A copy in `dir` of our project at `from`, after its build, whose `src/pages/` holds our article route alone: `astro
 * build` there renders the pages the bare sites have, one per article, with everything our article page shows (the
 * annotations, the head, the story's other witnesses, the references), from the content our ingest wrote and every
 * collection our site loads; so its Astro time against bare `.mdx` measures our rendering of articles page for page,
 * where our whole site's has about four pages an article.
 */
export function articlePagesProject(from: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const path of PROJECT_FILES) cpSync(join(from, path), join(dir, path), { recursive: true });
  const pages = join(dir, 'src', 'pages');
  for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && relative(pages, path) !== ARTICLE_ROUTE) rmSync(path);
  }
  linkNodeModules(dir);
}
