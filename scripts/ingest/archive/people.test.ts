import { describe, expect, it } from 'vitest';
import { gazetteer, ingestText } from '../../../test/ingest.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { blockText } from '../text/document.ts';
import { linkAcrossArchive } from './people.ts';

/** An invented article: a headline, a date line and its paragraphs. */
function article(file: string, date: string, ...paragraphs: string[]): IngestedArticle {
  return ingestText(file, ['Talks in the capital', date, '', paragraphs.join('\n\n')].join('\n'));
}

/** The names of the people an article mentions, as the archive pass leaves them. */
function peopleOf(linked: IngestedArticle): string[] {
  const entries = new Map([...gazetteer, ...linked.automatic].map((entry) => [entry.id, entry]));
  return (linked.frontmatter.mentions ?? [])
    .flatMap(({ id }) => (linked.personIds.has(id) ? [entries.get(id)?.name ?? id] : []))
    .sort();
}

const introduced = (date: string, file = '001_full.txt') =>
  article(
    file,
    date,
    'Elbonian Foreign Minister Tomas Vandersloot met Western envoys in the capital on Monday.',
    'The talks lasted four hours, officials said.',
  );
const alone = (date: string, file = '002_alone.txt') =>
  article(
    file,
    date,
    "Vandersloot's remarks came a day after the talks with the envoys ended without a statement.",
    'The envoys left the capital on Tuesday.',
  );

describe('linkAcrossArchive', () => {
  it('links a surname alone to the full name another article of the time gives', () => {
    const [, linked] = linkAcrossArchive([introduced('12 March 2016'), alone('14 March 2017')], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual(['Tomas Vandersloot']);
  });

  it('marks the surname in the text, so the reader is taken to the person', () => {
    const [, linked] = linkAcrossArchive([introduced('12 March 2016'), alone('14 March 2017')], gazetteer);
    const first = linked?.blocks[0]?.children[0];
    expect(first?.type === 'annotation' && first.mark).toEqual({ kind: 'person', id: 'auto-tomas-vandersloot' });
    expect(linked?.mdx).toBeUndefined();
  });

  it('leaves a surname alone in an article decades from the one that gives the full name', () => {
    const [, linked] = linkAcrossArchive([introduced('12 March 2016'), alone('14 March 1985')], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual([]);
  });

  it('leaves a surname alone that two people of the time named in full share', () => {
    const other = article(
      '003_other.txt',
      '2 May 2016',
      'Opposition leader Greta Vandersloot spoke to reporters in the capital on Friday.',
    );
    const [, linked] = linkAcrossArchive([introduced('12 March 2016'), alone('14 March 2017'), other], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual([]);
  });

  it('dates an article that gives no date by the people it names, to tell two bearers of a surname apart', () => {
    const older = article(
      '003_older.txt',
      '2 May 1985',
      'Opposition leader Greta Vandersloot spoke to reporters in the capital on Friday.',
      'She left on Saturday.',
    );
    const kramer = article(
      '004_kramer.txt',
      '3 May 2016',
      'Elbonian Trade Minister Piet Kramer flew to the capital on Monday.',
      'He left on Tuesday.',
    );
    const undated = ingestText(
      '005_undated.txt',
      [
        'Talks in the capital',
        '',
        "Trade Minister Piet Kramer joined the talks. Vandersloot's remarks came a day after they ended without a statement.",
      ].join('\n'),
    );
    const linked = linkAcrossArchive([introduced('12 March 2016'), older, kramer, undated], gazetteer);
    expect(peopleOf(linked[3] as IngestedArticle)).toEqual(['Piet Kramer', 'Tomas Vandersloot']);
  });

  it('links a surname alone to the one bearer the titles the article gives it fit, ruling out the others', () => {
    const president = article(
      '001_president.txt',
      '12 March 2016',
      'Elbonian President Dmitri Lavrov opened the session on Monday.',
    );
    const minister = article('002_minister.txt', '13 March 2016', 'Sergei Lavrov flew to the capital on Monday.');
    const titled = article(
      '003_titled.txt',
      '14 March 2016',
      'Envoys met President Lavrov in the capital.',
      'When they asked about the vote, Lavrov replied that it would be held.',
    );
    const linked = linkAcrossArchive([president, minister, titled], gazetteer);
    expect(peopleOf(linked[2] as IngestedArticle)).toEqual(['Dmitri Lavrov']);
  });

  it('takes no place the gazetteer names for a surname', () => {
    const philosopher = article(
      '001_berlin.txt',
      '12 March 2016',
      'The philosopher Isaiah Berlin was remembered at the conference on Monday.',
      'The conference lasted two days.',
    );
    const city = article(
      '002_city.txt',
      '14 March 2016',
      'The envoys met again in Berlin on Tuesday.',
      'Nothing was agreed.',
    );
    const [, linked] = linkAcrossArchive([philosopher, city], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual([]);
  });

  it('never lends an article a name only its own text gives', () => {
    const [linked] = linkAcrossArchive([alone('14 March 2017')], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual([]);
  });

  it('knows an English name printed in Russian, in any case, by how it sounds', () => {
    const english = article(
      '001_english.txt',
      '10 June 2019',
      'Senator Kevin Dorsey arrived in Moscow on Monday for talks on the prisoners.',
    );
    const russian = ingestText(
      '002_russian.txt',
      [
        'Переговоры в Москве',
        '11 июня 2019',
        '',
        'Министр встретился с американскими гостями. Визит Кевина Дорси продлится три дня.',
      ].join('\n'),
    );
    const [, linked] = linkAcrossArchive([english, russian], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toContain('Kevin Dorsey');
    expect(linked?.blocks.map(blockText).join(' ')).toContain('Кевина Дорси');
  });

  it('reads a surname in lower-case captions as the name another article prints in full, after a title if a word', () => {
    const full = article(
      '001_full.txt',
      '9 May 2017',
      'Secretary of State Rex Hammer met Foreign Minister Tomas Vandersloot at the State Department on Wednesday.',
    );
    const captions = article(
      '002_captions.txt',
      '10 May 2017',
      '>> on wednesday the minister spoke after his meetings with secretary of state hammer and he said that the hammer fell and that vandersloot would come back to the capital soon.',
    );
    const [, linked] = linkAcrossArchive([full, captions], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual(['Rex Hammer', 'Tomas Vandersloot']);
  });

  it('names a person given by initials as another article spells the name out', () => {
    const full = article('001_full.txt', '20 June 1973', 'Foreign Minister Tomas Vandersloot arrived on Monday.');
    const initials = article(
      '002_initials.txt',
      '21 June 1973',
      'The minister was accompanied by T. R. Vandersloot, Minister of Fisheries, and others.',
    );
    const linked = linkAcrossArchive([full, initials], gazetteer);
    expect(linked.map(peopleOf)).toEqual([['Tomas Vandersloot'], ['Tomas Vandersloot']]);
  });

  it('completes a name the text cuts short at a block’s end as another article prints it in full', () => {
    const full = article('001_full.txt', '2 May 2022', 'Elbonia holds the former marine Tomas Vandersloot.');
    const cut = article(
      '002_cut.txt',
      '9 May 2022',
      'Talks on the prisoners went on.',
      'The envoys also made clear they wanted the former marine Tomas Vande',
      'The envoys left the capital on Tuesday.',
    );
    const whole = article('003_whole.txt', '9 May 2022', 'The envoys wanted the former marine Tomas Vande at home.');
    expect(linkAcrossArchive([full, cut], gazetteer).map(peopleOf)).toEqual([
      ['Tomas Vandersloot'],
      ['Tomas Vandersloot'],
    ]);
    // Within a sentence the name is whole: someone else.
    expect(linkAcrossArchive([full, whole], gazetteer).map(peopleOf)).toEqual([['Tomas Vandersloot'], ['Tomas Vande']]);
  });

  it('spells an English name read in Russian with the surname the archive prints as English spells it', () => {
    const english = article(
      '001_english.txt',
      '10 June 2019',
      'Governor Oswald Tullivan presented the two ministers with gifts on Monday.',
    );
    const russian = ingestText(
      '002_russian.txt',
      [
        'Переговоры в Москве',
        '11 июня 2019',
        '',
        'Посол США Джон Талливан провёл встречу с журналистами в Москве и рассказал о переговорах, которые идут уже третий месяц.',
        '',
        'По словам дипломата, стороны обсудили обмен заключёнными, гуманитарные вопросы и работу посольств в обеих столицах.',
      ].join('\n'),
    );
    const [, linked] = linkAcrossArchive([english, russian], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual(['John Tullivan']);
  });

  it('knows a leader the news calls by the first word of his name alone, and no common given name so', () => {
    const full = article(
      '001_full.txt',
      '2 March 2003',
      'President Zoltar Quabbani of Elbonia rejected the demand on Sunday.',
    );
    const alone = article(
      '002_alone.txt',
      '3 March 2003',
      'Few expect the country to be stable after Zoltar, officials said. Peter was not there.',
    );
    const peter = article('003_peter.txt', '3 March 2003', 'Envoy Peter Quist arrived on Monday for the talks.');
    const [, linked] = linkAcrossArchive([full, alone, peter], gazetteer);
    expect(peopleOf(linked as IngestedArticle)).toEqual(['Zoltar Quabbani']);
  });

  it('gives a quotation the speaker whom only the archive names', () => {
    const english = article('001_english.txt', '10 June 2019', 'Senator Kevin Brandt arrived in Moscow on Monday.');
    const russian = ingestText(
      '002_russian.txt',
      [
        'Переговоры в Москве',
        '11 июня 2019',
        '',
        'Американский гость остался доволен визитом. «Мы договорились о многом», — сказал Брандт журналистам.',
      ].join('\n'),
    );
    expect(russian.frontmatter.quotations?.[0]?.speaker).toBeUndefined();
    const [, linked] = linkAcrossArchive([english, russian], gazetteer);
    const speaker = linked?.frontmatter.quotations?.[0]?.speaker;
    expect(linked?.automatic.find(({ id }) => id === speaker)?.name).toBe('Kevin Brandt');
  });

  it('names a person shortened or spelt another way as the archive mostly prints the name', () => {
    const full = (file: string) =>
      article(file, '5 May 2021', 'Secretary of State Antony Brackwell spoke with his counterpart on Monday.');
    const short = article('003_short.txt', '6 May 2021', 'Secretary of State Tony Brackwell flew to Reykjavik.');
    const linked = linkAcrossArchive([full('001_a.txt'), full('002_b.txt'), short], gazetteer);
    expect(linked.map(peopleOf)).toEqual([['Antony Brackwell'], ['Antony Brackwell'], ['Antony Brackwell']]);
  });
});
