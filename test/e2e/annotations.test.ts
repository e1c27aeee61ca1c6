import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';

/** A built page, parsed. */
function page(path: string): Root {
  return fromHtml(readFileSync(join(inject('dist'), path, 'index.html'), 'utf8'));
}

describe('annotations on the built pages', () => {
  it('links each person in seed 001 to a page of theirs, and marks quotations with their speaker', () => {
    const tree = page('articles/russia-us-agree-to-cooperate-in-solving-syria-crisis');
    const people = selectAll('.prose a.person', tree).map((node) => String(node.properties.href));
    expect(people).toContain('/people/sergei-lavrov/');
    expect(people).toContain('/people/vladimir-putin/');
    expect(selectAll('.prose q.quote', tree).length).toBeGreaterThanOrEqual(4);
    const glossed = selectAll('.prose .gloss li', tree).map((node) => toText(node).replace(/\s+/g, ' ').trim());
    expect(glossed).toContain('"We offered the US and the… — said by Sergei Lavrov');
  });

  it('adds no word to a sentence: what an annotation resolves is in the gloss after its paragraph', () => {
    const tree = page('articles/the-us-and-russia-began-restart-relations');
    for (const paragraph of selectAll('.prose > p', tree)) {
      const text = toText(paragraph);
      expect(text).not.toMatch(/— (?:said by|Hillary|Sergei)/);
      expect(text).not.toContain('→');
    }
    const friday = selectAll('.prose .gloss li', tree).map((node) => toText(node).replace(/\s+/g, ' ').trim());
    expect(friday).toContain('“Friday” is 6 March 2009, counted from the publication date');
  });

  it('gives "Monday\'s meeting" its date, 28 September 2015, as a machine-readable time', () => {
    const tree = page('articles/russia-us-agree-to-cooperate-in-solving-syria-crisis');
    const monday = selectAll('.prose time', tree).find((node) => toText(node) === 'Monday');
    expect(monday?.properties.dateTime).toBe('2015-09-28');
  });

  it("notes seed 003's garbled words with their likely meaning", () => {
    const tree = page('articles/the-us-and-russia-began-restart-relations');
    expect(selectAll('.prose .flag', tree).map((node) => toText(node))).toEqual(['nestabilities', 'savladam']);
    expect(toText(select('.notes', tree) ?? tree)).toContain('non-destabilizing');
  });

  it('shows each of the Syria witnesses the other one', () => {
    const tree = page('articles/russia-us-agree-to-cooperate-in-solving-syria-crisis-russian');
    const links = selectAll('section[aria-labelledby=witnesses-title] a', tree).map((node) => node.properties.href);
    expect(links).toEqual([
      '/articles/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
      '/stories/russia-us-agree-to-cooperate-in-solving-syria-crisis/',
    ]);
  });

  it('has a page for every person, with the quotations they gave', () => {
    const tree = page('people/sergei-lavrov');
    expect(toText(select('h1', tree) ?? tree)).toBe('Sergei Lavrov');
    expect(selectAll('#quotes ~ ul q', tree).length).toBeGreaterThanOrEqual(5);
  });
});
