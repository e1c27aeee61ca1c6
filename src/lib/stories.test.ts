import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AlignedRow, alignWitnesses, differences, type Paragraph, paragraphsOf, witnessName } from './stories.ts';

/** A committed article's paragraphs, as the story page reads them. */
function article(slug: string): Paragraph[] {
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'articles', `${slug}.mdx`), 'utf8');
  const [, frontmatter = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return paragraphsOf(body, parse(frontmatter).paragraphs);
}

/** The words of aligned rows that only one side has, as `-word` (first witness) and `+word` (the other). */
const changes = (rows: AlignedRow[]) =>
  rows.flatMap((row) =>
    (row.words ?? []).flatMap((part) =>
      part.added ? [`+${part.value.trim()}`] : part.removed ? [`-${part.value.trim()}`] : [],
    ),
  );

describe('paragraphsOf', () => {
  it('gives each block its permalink id and its text without the annotations’ markup', () => {
    const body = '<Dateline>MOSCOW,</Dateline> <Person id="x">Lavrov</Person> said.\n\nSecond *one*.\n';
    expect(paragraphsOf(body, ['p-a', 'p-b'])).toEqual([
      { id: 'p-a', text: 'MOSCOW, Lavrov said.' },
      { id: 'p-b', text: 'Second one.' },
    ]);
  });
});

describe('alignWitnesses, on the seeds’ one story (001 and 002)', () => {
  const base = article('russia-us-agree-to-cooperate-in-solving-syria-crisis');
  const other = article('russia-us-agree-to-cooperate-in-solving-syria-crisis-russian');
  const rows = alignWitnesses(base, other);

  it('pairs every paragraph of 001 with its retelling in 002', () => {
    expect(rows.filter((row) => row.base && row.other)).toHaveLength(base.length);
  });

  it('shows the paragraphs 002 adds, its photo caption and its last five, on their own', () => {
    const added = rows.filter((row) => !row.base).map((row) => row.other?.text.slice(0, 30));
    expect(added).toHaveLength(6);
    expect(added[0]).toMatch(/^US President Barack Obama/);
    expect(added.at(-1)).toMatch(/^"We have explained our positio/);
  });

  it('marks the spellings that differ word by word', () => {
    const found = changes(rows);
    for (const pair of [
      ['-defence', '+defense'],
      ['-centre', '+center'],
    ]) {
      expect(found).toEqual(expect.arrayContaining(pair));
    }
  });

  it('marks "IS (Islamic State)" against "Islamic State (IS)" as the words moved, not the paragraph replaced', () => {
    const row = rows.find((each) => each.base?.text.includes('defeat Islamic State (IS)'));
    expect(row?.other?.text).toContain('defeat IS (Islamic State)');
    expect(changes([row as AlignedRow])).toEqual(['+IS (', '-(IS']);
  });

  it('counts the paragraphs only one witness has', () => {
    expect(differences(rows)).toMatchObject({ onlyBase: 0, onlyOther: 6 });
  });
});

describe('alignWitnesses', () => {
  it('keeps a paragraph only the first witness has in a row of its own, in order', () => {
    const p = (id: string, text: string) => ({ id, text });
    const rows = alignWitnesses(
      [
        p('a1', 'The ministers met in Geneva on Monday.'),
        p('a2', 'Nothing else was said.'),
        p('a3', 'Talks resume in May.'),
      ],
      [p('b1', 'The ministers met in Geneva on Monday night.'), p('b2', 'Talks will resume in May.')],
    );
    expect(rows.map((row) => [row.base?.id, row.other?.id])).toEqual([
      ['a1', 'b1'],
      ['a2', undefined],
      ['a3', 'b2'],
    ]);
  });
});

describe('differences', () => {
  it('counts a replaced word as one difference, and an added word as one', () => {
    const p = (id: string, text: string) => ({ id, text });
    const rows = alignWitnesses(
      [p('a', 'The ministers of defence met at the new centre in Moscow')],
      [p('b', 'The ministers of defense met at the new center in Moscow today')],
    );
    expect(differences(rows)).toEqual({ onlyBase: 0, onlyOther: 0, changed: 3 });
  });
});

describe('witnessName', () => {
  it('names a witness by outlet and date, and says when the outlet is unknown', () => {
    expect(
      witnessName({
        outlet: { value: 'China Daily', provenance: 'stated' },
        published: { edtf: '2015-09-30', provenance: 'stated' },
      } as never),
    ).toBe('China Daily, 30 September 2015');
    expect(witnessName({})).toBe('Outlet unknown');
  });
});
