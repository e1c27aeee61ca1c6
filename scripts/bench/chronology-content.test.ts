import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { EntitiesFileSchema } from '../../src/schemas/data.ts';
import { benchContent } from './chronology-content.ts';
import { generateEvents } from './events.ts';

const events = generateEvents(300, 1);
const content = benchContent(events, 1);
const frontmatter = (mdx: string) => ArticleSchema.parse(YAML.parse(mdx.split('---\n')[1] ?? ''));

describe('benchContent', () => {
  it('writes a stub article for every slug the evidence names, and no other', () => {
    const cited = new Set(events.flatMap((event) => event.evidence.map(({ article }) => article)));
    expect(content.articles.map(({ slug }) => slug)).toEqual([...cited].sort());
  });

  it('gives every stub a frontmatter the site accepts, with one block per paragraph id', () => {
    for (const { mdx } of content.articles) {
      const { paragraphs } = frontmatter(mdx);
      const body = mdx.split('---\n')[2] ?? '';
      expect(body.trim().split(/\n\n+/)).toHaveLength(Math.max(1, paragraphs.length));
    }
  });

  it('lists in each stub the paragraph ids its evidence cites', () => {
    const byArticle = new Map(content.articles.map(({ slug, mdx }) => [slug, frontmatter(mdx).paragraphs]));
    for (const { article, paragraph } of events.flatMap((event) => event.evidence)) {
      if (paragraph) expect(byArticle.get(article)).toContain(paragraph);
    }
  });

  it('titles a stub with the headline of its publication event', () => {
    const publication = events.find((event) => event.kind === 'publication');
    const slug = publication?.evidence[0]?.article;
    const stub = content.articles.find((article) => article.slug === slug);
    expect(frontmatter(stub?.mdx ?? '').title).toBe(publication?.title.replace('Published: ', ''));
  });

  it('names every person the events name, as valid entities', () => {
    const named = new Set(events.flatMap((event) => event.people));
    expect(EntitiesFileSchema.parse(content.entities).map(({ id }) => id)).toEqual([...named].sort());
    expect(content.entities.every(({ name, id }) => name !== id)).toBe(true);
  });

  it('stops at a person the seed does not cast', () => {
    const stranger = { ...events[0], people: ['nobody-at-all'] } as (typeof events)[number];
    expect(() => benchContent([stranger], 1)).toThrow(/"nobody-at-all", whom diplomats\(\) does not give/);
  });
});
