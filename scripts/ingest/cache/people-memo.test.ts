import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gazetteer, ingestText } from '../../../test/ingest.ts';
import { linkAcrossArchive } from '../archive/people.ts';
import type { IngestedArticle } from '../pipeline.ts';
import type { PeopleMemo, Remembered } from './people-memo.ts';

/** An invented article: a headline, a date line and its paragraphs. */
const article = (file: string, date: string, ...paragraphs: string[]): IngestedArticle =>
  ingestText(file, ['Talks in the capital', date, '', paragraphs.join('\n\n')].join('\n'));

const introduced = (date = '12 March 2016') =>
  article(
    '001_full.txt',
    date,
    'Elbonian Foreign Minister Tomas Vandersloot met Western envoys in the capital on Monday.',
    'The talks lasted four hours, officials said.',
  );
const alone = article(
  '002_alone.txt',
  '14 March 2017',
  "Vandersloot's remarks came a day after the talks with the envoys ended without a statement.",
);
const kramer = (paragraph = 'He left on Tuesday.') =>
  article(
    '003_kramer.txt',
    '3 May 2016',
    'Elbonian Trade Minister Piet Kramer flew to the capital on Monday.',
    `Officials said Kramer would return. ${paragraph}`,
  );
const greta = article(
  '004_greta.txt',
  '2 May 2016',
  'Opposition leader Greta Vandersloot spoke to reporters in the capital on Friday.',
);

/** An article's key as the ingest's cache gives it: it changes whenever the article does. */
const keyOf = (each: IngestedArticle) =>
  createHash('sha256')
    .update(JSON.stringify({ ...each, personIds: [...each.personIds] }))
    .digest('hex');

/** The people pass with a memo of what `before` kept; what it keeps and the files it ran on. */
function linked(articles: IngestedArticle[], before: Record<string, Remembered> = {}, version = 'rules-1') {
  let kept: Record<string, Remembered> = {};
  let ran: string[] = [];
  const memo: PeopleMemo = {
    version,
    keys: articles.map(keyOf),
    known: before,
    found: (found, indices) => {
      kept = found;
      ran = indices.map((i) => articles[i]?.file ?? '');
    },
  };
  const out = linkAcrossArchive(articles, gazetteer, memo);
  // The truth: the same archive without a memo.
  expect(out).toEqual(linkAcrossArchive(articles, gazetteer));
  return { out, kept, ran };
}

/** Whether the article links the surname alone to Tomas Vandersloot. */
const linksTomas = (each: IngestedArticle | undefined) =>
  (each?.frontmatter.mentions ?? []).some(({ id }) => id === 'auto-tomas-vandersloot');

describe('the people pass with the memo of the last run', () => {
  it('runs on no article while none changes, and gives the same articles', () => {
    const archive = [introduced(), alone, kramer()];
    const first = linked(archive);
    expect(first.ran).toEqual(['001_full.txt', '002_alone.txt', '003_kramer.txt']);
    expect(linksTomas(first.out[1])).toBe(true);
    expect(linked(archive, first.kept).ran).toEqual([]);
  });

  it('gives a quotation the speaker the archive names, from the memo as without it', () => {
    const quoted = article('005_quoted.txt', '15 March 2017', '"The talks will go on," Vandersloot said on Tuesday.');
    const archive = [introduced(), quoted];
    const first = linked(archive);
    const speakers = (each: IngestedArticle | undefined) => each?.frontmatter.quotations?.map(({ speaker }) => speaker);
    expect(speakers(first.out[1])).toEqual(['auto-tomas-vandersloot']);
    const second = linked(archive, first.kept);
    expect(second.ran).toEqual([]);
    expect(speakers(second.out[1])).toEqual(['auto-tomas-vandersloot']);
  });

  it('runs again on an edited article alone when the edit names nobody new in full', () => {
    const first = linked([introduced(), alone, kramer()]);
    expect(linked([introduced(), alone, kramer('He left on Wednesday.')], first.kept).ran).toEqual(['003_kramer.txt']);
  });

  it('runs again on exactly the articles that look up a surname the archive now names another bearer of', () => {
    const first = linked([introduced(), alone, kramer()]);
    // Greta Vandersloot, named in full, makes the surname alone ambiguous; Kramer's article never asked for it.
    const second = linked([introduced(), alone, kramer(), greta], first.kept);
    expect(second.ran).toEqual(['001_full.txt', '002_alone.txt', '004_greta.txt']);
    expect(linksTomas(second.out[1])).toBe(false);
    // And back: the articles that asked are run again, and link the surname again.
    const third = linked([introduced(), alone, kramer()], second.kept);
    expect(third.ran).toEqual(['001_full.txt', '002_alone.txt']);
    expect(linksTomas(third.out[1])).toBe(true);
  });

  it('runs again on the articles that look up a person whose dates changed', () => {
    const first = linked([introduced(), alone, kramer()]);
    // Named in full thirty years before, Tomas Vandersloot is no longer of the time of the article that says Vandersloot.
    const second = linked([introduced('12 March 1985'), alone, kramer()], first.kept);
    expect(second.ran).toEqual(['001_full.txt', '002_alone.txt']);
    expect(linksTomas(second.out[1])).toBe(false);
  });

  it('serves an unchanged article wherever it now stands in the archive', () => {
    const first = linked([introduced(), alone, kramer()]);
    expect(linked([kramer(), alone, introduced()], first.kept).ran).toEqual([]);
  });

  it('runs on every article under another version of the code or the gazetteer', () => {
    const archive = [introduced(), alone, kramer()];
    const first = linked(archive);
    expect(linked(archive, first.kept, 'rules-2').ran).toEqual(archive.map(({ file }) => file));
  });

  it('runs again on an article whose kept look-ups or relinks were altered', () => {
    const archive = [introduced(), alone, kramer()];
    const first = linked(archive);
    const altered = Object.fromEntries(
      Object.entries(first.kept).map(([key, kept]) => [key, { ...kept, asked: [...kept.asked, 'elsewhere:Kramer'] }]),
    );
    expect(linked(archive, altered).ran).toEqual(archive.map(({ file }) => file));
    const broken = Object.fromEntries(
      Object.entries(first.kept).map(([key, kept]) => [key, { ...kept, relinks: null } as unknown as Remembered]),
    );
    expect(linked(archive, broken).ran).toEqual(archive.map(({ file }) => file));
  });
});
