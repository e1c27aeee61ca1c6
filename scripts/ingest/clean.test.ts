import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../test/golden.ts';
import { bodyOf, ingestRealSeed, ingestText, lexicon, mdxOf, textOf } from '../../test/ingest.ts';
import { FIXTURES } from '../../test/paths.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { inlineText } from './text/document.ts';

/** Page furniture in the five seeds, by seed: none of it may reach an article's text. */
const FURNITURE = {
  '001': [
    'gnn9.com',
    'http://www.gnn9.com',
    'Global News Network 9',
    '30/09/2015 15:01 by admin',
    'by admin',
    '- IANS',
  ],
  '002': [
    'Updated: 2015-09-30 09:20',
    '(Xinhua)',
    '||',
    'Obama, Putin meet at UN on Syria, Ukraine after trading criticism',
    'Typhoon Dujuan makes landfall',
    'Xi calls for equitable, open, all-round development',
    'Most Viewed',
    "Editor's Picks",
    '8 highlights about V-day Parade',
    'Cinemas enjoy strong first half',
    "Today's Top News",
    'Xi pledges $2 billion',
    "Beauty of Beijing's alleys",
    'US Weekly',
    'Geared to go',
    'The place to be',
  ],
  '003': ['Похожие статьи', 'Ваше имя', 'Ваша почта', 'Город, область', 'Рассылка комментариев', 'Ввести код:'],
  '004': ['Accessibility links', 'Breaking News'],
} as const;

/** The last paragraph of each seed, which must survive the tail-trimming. */
const LAST_WORDS = {
  '000': 'seek more interests in the reconstruction of Iraq.',
  '001': 'by Russia, Syria, Iran and Iraq.',
  '002': 'we cannot allow the state of Syria to collapse," Lavrov said.',
  '003':
    '"We will press the reset button on our constructive relations", - said the head of the Russian foreign Ministry.',
  '004': 'will be used only for peaceful purposes.',
} as const;

describe('clean, on the five seeds', () => {
  for (const [seed, lines] of Object.entries(FURNITURE)) {
    it(`keeps the page furniture of seed ${seed} out of the article's text`, () => {
      const body = bodyOf(ingestRealSeed(seed as keyof typeof FURNITURE));
      for (const line of lines) expect(body, line).not.toContain(line);
    });
  }

  it('keeps no line of the Cyrillic comment form of seed 003, and records each as removed', () => {
    const { frontmatter, blocks } = ingestRealSeed('003');
    expect(
      blocks.flatMap((block) => block.children).some((inline) => /\p{Script=Cyrillic}/u.test(inlineText([inline]))),
    ).toBe(false);
    const removed = (frontmatter.changes ?? [])
      .filter((change) => change.kind === 'removed')
      .map((change) => change.text);
    expect(removed).toEqual([...FURNITURE['003']]);
  });

  it("records every removed line of seed 002's related-stories list with its line number", () => {
    const changes = ingestRealSeed('002').frontmatter.changes ?? [];
    const related = changes.filter((change) => change.text.startsWith('- '));
    expect(related.map((change) => change.line)).toEqual(Array.from({ length: 26 }, (_, i) => 21 + i));
  });

  for (const [seed, last] of Object.entries(LAST_WORDS)) {
    it(`keeps the last paragraph of seed ${seed}`, () => {
      const body = textOf(ingestRealSeed(seed as keyof typeof LAST_WORDS)).trimEnd();
      expect(body.endsWith(last)).toBe(true);
    });
  }
});

describe('clean, on articles from elsewhere', () => {
  for (const name of ['russian-article', 'other-outlet']) {
    it(`turns test/fixtures/${name}/input.txt into output.mdx`, () => {
      const input = readFileSync(join(FIXTURES, name, 'input.txt'));
      expectGolden(join(FIXTURES, name, 'output.mdx'), mdxOf(ingestText('input.txt', input)));
    });
  }

  it('keeps a seed written wholly in Russian, with its text, as language ru', () => {
    const article = ingestText('ru.txt', readFileSync(join(FIXTURES, 'russian-article', 'input.txt')));
    expect(article.frontmatter.language).toBe('ru');
    expect(article.frontmatter.title).toBe('Лавров и Керри обсудили ситуацию в Сирии');
    expect(article.frontmatter.changes?.filter((change) => change.kind === 'removed')).toEqual([]);
    expect(textOf(article)).toContain('провели в Нью-Йорке переговоры, которые продолжались более полутора часов.');
  });

  it("removes another outlet's share links, advertisements, copyright lines and related links by the general rules", () => {
    const article = ingestText('wire.txt', readFileSync(join(FIXTURES, 'other-outlet', 'input.txt')));
    const body = textOf(article);
    for (const junk of [
      'Skip to main content',
      'Home |',
      'Share this',
      'Advertisement',
      'Read more:',
      'Copyright',
      '©',
      'Related Stories',
      'Medvedev signs',
      'Follow us',
    ]) {
      expect(body, junk).not.toContain(junk);
    }
    expect(body).not.toContain('By Jane Smith');
    expect(body).toContain('"We had a useful and businesslike exchange," the spokesman told reporters');
    expect(body.trimEnd().endsWith('will not be aimed at Russia.')).toBe(true);
  });

  it('removes lines in another script from an English page, and only those', () => {
    const text =
      'The talks in Geneva lasted two hours and ended with a dinner.\nВаше имя\nLavrov called them useful and said more would follow.\n';
    const { kept, changes } = clean(segment(text).pieces, lexicon);
    expect(kept.map((piece) => piece.text)).toEqual([
      'The talks in Geneva lasted two hours and ended with a dinner.',
      'Lavrov called them useful and said more would follow.',
    ]);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'removed',
        line: 2,
        text: 'Ваше имя',
        reason: expect.stringMatching(/Cyrillic/),
      }),
    ]);
  });

  it('marks a line closed by an agency in square brackets as a caption, and not a paragraph that ends with a stop', () => {
    const text = [
      'Diplomats of both countries have worked for months on a deal [Reuters]',
      'The talks, he said, were difficult but useful. [Reuters]',
    ].join('\n');
    expect(clean(segment(text).pieces, lexicon).kept.map((piece) => piece.caption)).toEqual([true, false]);
  });

  it('removes a picture’s credit on a line of its own ("Photo: AP", "Image: Reuters"), and keeps a sentence after a label', () => {
    const text = ['Photo: AP', 'Image: Reuters', 'Photo: the two ministers shook hands before the talks in Geneva.'];
    expect(clean(segment(text.join('\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([text[2]]);
  });

  it('removes a line that is only an e-mail address, a phone number or a path into the page’s markup', () => {
    const text = [
      'desk@example.org',
      '+1 202 555-0143',
      "/html/head/meta[@name='description']/@content",
      'Write to desk@example.org or call +1 202 555-0143 with news.',
    ];
    expect(clean(segment(text.join('\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([text[3]]);
  });

  it('removes a line that is only a web address or a time code, and the time code before a paragraph', () => {
    const text = [
      'https://example.org/p/1AbCd',
      '[09:15:00]',
      '[09:16:30] So the talks went on into the night, the minister said.',
      'The page https://example.org/p/1AbCd has the full text, the ministry said.',
    ];
    const { kept, changes } = clean(segment(text.join('\n')).pieces, lexicon);
    expect(kept.map((piece) => piece.text)).toEqual([
      'So the talks went on into the night, the minister said.',
      text[3],
    ]);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'removed', line: 3, text: '[09:16:30]' }));
  });

  it('removes the notice a site sets under a story it is still writing ("This is a developing story")', () => {
    const text = [
      'Envoys met in Vienna on Tuesday and agreed to meet again next month, officials said.',
      'This is a developing story and will be updated.',
    ];
    expect(clean(segment(text.join('\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([text[0]]);
  });

  it("removes the next item's headline in title case under a digest's text, full stop and all", () => {
    const body = 'Envoys met in Vienna on Tuesday and agreed to meet again next month, officials said.';
    const text = [body, 'Senate Leaders Call for New Vote on Arms Treaty.'];
    expect(clean(segment(text.join('\n\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([body]);
  });

  it('keeps a last line cut off after a comma, as a copy stops mid-sentence', () => {
    const body = 'Envoys met in Vienna on Tuesday and agreed to meet again next month, officials said.';
    const text = [body, 'On Friday, the head of the delegation,Pavel Orlov,'];
    expect(clean(segment(text.join('\n\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual(text);
  });

  it('removes a list of links under its label after the text, and keeps the text after a label inside it', () => {
    const body = 'Envoys met in Vienna on Tuesday and agreed to meet again next month, officials said.';
    const listed = [body, 'ALSO READ', 'Markets rally as talks resume; oil steady', 'Envoy to visit Beijing next week'];
    expect(clean(segment(listed.join('\n\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([body]);
    const boxed = [body, 'Related', 'Talks to resume in Geneva', 'The next round is due in March, the ministry said.'];
    expect(clean(segment(boxed.join('\n\n')).pieces, lexicon).kept.map((piece) => piece.text)).toContain(boxed[3]);
  });

  it('removes a disclaimer of whose views an opinion page gives, and keeps a sentence about views', () => {
    const text = [
      'Editorials represent the views of the Daily Courier editorial board. The newsroom operates separately.',
      'The views expressed in this column are the author’s own.',
      'The president represents the views of most voters on arms control, the senator said.',
      'Opinions differ on the treaty, and the envoys reflect the views of their capitals.',
      'The views expressed by the minister on Monday were echoed in Washington.',
    ];
    expect(clean(segment(text.join('\n\n')).pieces, lexicon).kept.map((piece) => piece.text)).toEqual(text.slice(2));
  });

  it('removes a row of language tags, the links to the page in other languages, and keeps a sentence that names them', () => {
    const text = ['• de-DE1 en-GB1 es-ES1 ru-RU1', 'The site is written in en-GB and ru-RU, the ministry said.'].join(
      '\n',
    );
    expect(clean(segment(text).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([
      'The site is written in en-GB and ru-RU, the ministry said.',
    ]);
  });

  it('removes the Russian cross-promotions a news page sets in its text: "Читайте также", "Следите за развитием событий"', () => {
    const text = [
      'Министры встретились в Женеве и обсудили договор о стратегических вооружениях.',
      'Читайте также: Лавров прибыл в Женеву',
      'Следите за развитием событий в трансляции: «Переговоры в Женеве»',
      'Следующая встреча пройдёт в мае, сообщили в министерстве.',
    ].join('\n');
    expect(clean(segment(text).pieces, lexicon).kept).toHaveLength(2);
  });

  it('keeps a Russian name quoted inside an English sentence', () => {
    const text = 'The agency RIA Novosti («РИА Новости») reported that the talks in Geneva lasted two hours.\n';
    expect(clean(segment(text).pieces, lexicon).kept.map((piece) => piece.text)).toEqual([text.trim()]);
  });
});
