import { describe, expect, it } from 'vitest';
import { gazetteer, ingestText } from '../../../test/ingest.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { linkAcrossArchive } from './people.ts';

/** An invented article: a headline, a date line and its paragraphs. */
function article(file: string, date: string, ...paragraphs: string[]): IngestedArticle {
  return ingestText(file, ['Talks in the capital', date, '', paragraphs.join('\n\n')].join('\n'));
}

const introduced = article(
  '001_full.txt',
  '12 March 2016',
  'Elbonian Foreign Minister Tomas Vandersloot met Western envoys in the capital on Monday.',
  'The talks lasted four hours, officials said.',
);

/** The quotations' speakers and the quotation marks' speakers of an article. */
function speakersOf(linked: IngestedArticle): { frontmatter: (string | undefined)[]; marks: (string | undefined)[] } {
  const marks = linked.blocks.flatMap((block) =>
    block.children.flatMap((inline) =>
      inline.type === 'annotation' && inline.mark.kind === 'quote' ? [inline.mark.speaker] : [],
    ),
  );
  return { frontmatter: (linked.frontmatter.quotations ?? []).map(({ speaker }) => speaker), marks };
}

describe('reattribute, in the archive pass', () => {
  it('gives a quotation the speaker another article names in full, where its own reading found none', () => {
    const alone = article(
      '002_alone.txt',
      '14 March 2016',
      '"We cannot confirm any of this, and we will not comment on it," Vandersloot told reporters on Tuesday.',
    );
    expect(speakersOf(alone).frontmatter).toEqual([undefined]);
    const [, linked] = linkAcrossArchive([introduced, alone], gazetteer);
    expect(speakersOf(linked as IngestedArticle)).toEqual({
      frontmatter: ['auto-tomas-vandersloot'],
      marks: ['auto-tomas-vandersloot'],
    });
  });

  it('keeps a speaker the article found itself', () => {
    const own = article(
      '003_own.txt',
      '14 March 2016',
      'Vandersloot met Sergei Lavrov on Tuesday.',
      '"We agreed on nothing at all, and we will meet again," Lavrov said.',
    );
    const [, linked] = linkAcrossArchive([introduced, own], gazetteer);
    expect(speakersOf(linked as IngestedArticle).frontmatter).toEqual(['sergei-lavrov']);
  });
});
