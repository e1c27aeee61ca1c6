import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readSeed } from '../../scripts/ingest/read.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { CONTENT, SEEDS } from '../paths.ts';
import { builtPages, pageAt } from './built-pages.ts';

const pages = builtPages();

/** Each committed article's slug and its seed's file name. */
const ARTICLES = readdirSync(join(CONTENT, 'articles'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(CONTENT, 'articles', name), 'utf8'))?.[1];
    return { slug: name.replace(/\.mdx$/, ''), file: ArticleSchema.parse(parse(frontmatter ?? '')).seed.file };
  });
const RESTART = 'articles/the-us-and-russia-began-restart-relations/source/index.html';

/** A source view's numbered lines, each read as the source's own text: without the archive's replacements. */
function linesOf(slug: string): string[] {
  const page = structuredClone(pageAt(pages, `articles/${slug}/source/index.html`));
  visit(page, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'ins' || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return selectAll('ol.source > li > .line', page).map((line) => toText(line, { whitespace: 'pre' }));
}

describe('the source view', () => {
  it.each(ARTICLES)('shows every line of $file as received, numbered as the notes number them', ({ slug, file }) => {
    const seed = readSeed(file, readFileSync(join(SEEDS, file)));
    expect(linesOf(slug)).toEqual(seed.text.split('\n'));
  });

  it.each(ARTICLES)('offers $file byte for byte', ({ slug, file }) => {
    const served = readFileSync(join(inject('dist'), 'articles', slug, 'source.txt'));
    expect(served.equals(readFileSync(join(SEEDS, file)))).toBe(true);
  });

  it.each(ARTICLES)('is linked from the article $slug', ({ slug }) => {
    const links = selectAll('a', pageAt(pages, `articles/${slug}/index.html`)).map((a) => a.properties.href);
    expect(links).toContain(`/articles/${slug}/source/`);
  });

  it('shows the headline moved to the header, with its repaired quotation marks in place', () => {
    const line = select('#L1', pageAt(pages, RESTART));
    expect(line && toText(select('mark.moved', line) ?? line)).toBe(
      'The U.S. and Russia began \\restart\\"restart" relations',
    );
    expect(line && selectAll('del', line).map((node) => toText(node))).toEqual(['\\restart\\']);
    expect(line && selectAll('ins', line).map((node) => toText(node))).toEqual(['"restart"']);
  });

  it('strikes the Russian comment form that cleaning removed, with the reason beside it', () => {
    const line = select('#L7', pageAt(pages, RESTART));
    expect(line && toText(select('del', line) ?? line)).toBe('Ваше имя');
    expect(line && toText(select('.line-notes', line) ?? line)).toContain('Cyrillic script');
  });

  it('is where the editorial notes’ line numbers lead', () => {
    const article = pageAt(pages, 'articles/the-us-and-russia-began-restart-relations/index.html');
    const link = selectAll('.notes a', article).find((a) => toText(a) === 'line 1');
    expect(link?.properties.href).toBe('/articles/the-us-and-russia-began-restart-relations/source/#L1');
    expect(select('#L1', pageAt(pages, RESTART))).toBeDefined();
  });

  it('is kept out of the search index', () => {
    for (const { slug } of ARTICLES) {
      expect(select('[data-pagefind-body]', pageAt(pages, `articles/${slug}/source/index.html`))).toBeUndefined();
    }
  });
});
