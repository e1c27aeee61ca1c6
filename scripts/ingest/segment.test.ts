import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

const texts = (text: string): string[] => segment(text).pieces.map((piece) => piece.text);

describe('segment', () => {
  it('splits "hotel.GENEVA" where a paragraph break was lost, and records the restored break', () => {
    const { pieces, changes } = segment(
      'They meet for a working dinner at the Intercontinental hotel.GENEVA, 7 Mar - RIA Novosti. The talks began.',
    );
    expect(pieces.map((piece) => piece.text)).toEqual([
      'They meet for a working dinner at the Intercontinental hotel.',
      'GENEVA, 7 Mar - RIA Novosti. The talks began.',
    ]);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'paragraph', line: 1, text: expect.stringMatching(/^GENEVA, 7 Mar/) }),
    ]);
  });

  it('splits atom."On before the opening quotation mark', () => {
    expect(
      texts(
        'the problems the Iranian and North Korean atom."On issues where there are differences, we will work," she said.',
      ),
    ).toEqual([
      'the problems the Iranian and North Korean atom.',
      '"On issues where there are differences, we will work," she said.',
    ]);
  });

  it('splits after a closing quotation mark: productive".Among', () => {
    expect(texts('Clinton called the meeting "very productive".Among the main topics was Iran.')).toEqual([
      'Clinton called the meeting "very productive".',
      'Among the main topics was Iran.',
    ]);
  });

  it('does not split "U.S." or "U.S.A." before a capital', () => {
    expect(texts('The U.S. Secretary of State met the U.S.A. delegation in Geneva.')).toHaveLength(1);
  });

  it('does not split a web address or an e-mail address', () => {
    expect(
      texts('The text is at http://www.example.com/news/Russia.Syria.html and press@mid.ru.Contact them.'),
    ).toHaveLength(1);
    expect(texts('See www.gnn9.com/index.php?Page=News.Top for more.')).toHaveLength(1);
  });

  it('gives every piece the line it starts on, counting blank lines', () => {
    expect(segment('Headline\n\nFirst paragraph.\n\n\nSecond paragraph.').pieces).toEqual([
      { line: 1, text: 'Headline' },
      { line: 3, text: 'First paragraph.' },
      { line: 6, text: 'Second paragraph.' },
    ]);
  });

  it('joins a hard-wrapped paragraph, its lines breaking before capitals and after commas', () => {
    const wrapped = [
      'MOSCOW - Russia and the United States agreed on Tuesday to continue their',
      'cooperation in settling the Syrian crisis, the Russian foreign minister said,',
      'after a meeting between President Vladimir Putin and President Barack Obama in',
      'New York on Monday on the sidelines of the United Nations General Assembly.',
      '',
      'The two leaders met for more than ninety minutes and discussed the fight',
      'against the Islamic State group, officials from both delegations told reporters',
      'after the talks, which both sides described as constructive and businesslike.',
    ].join('\n');
    expect(segment(wrapped).pieces).toEqual([
      {
        line: 1,
        text: expect.stringMatching(
          /^MOSCOW - .* their cooperation .* said, after .* Obama in New York on Monday .*Assembly\.$/,
        ),
      },
      {
        line: 6,
        text: expect.stringMatching(
          /^The two leaders .* fight against .* reporters after the talks, .*businesslike\.$/,
        ),
      },
    ]);
  });

  it('keeps a headline and the byline under it apart in a page that sets paragraphs off with blank lines', () => {
    const page = [
      'Powell arrives in Moscow, talks to focus on Iraq',
      'By Jonathan Wright',
      '',
      'MOSCOW, May 14 (Reuters) - U.S. Secretary of State Colin Powell arrived in Moscow on Tuesday to haggle.',
      '',
      'Powell flew into Moscow from Riyadh, where he visited the scene of one of the bombings.',
    ].join('\n');
    expect(texts(page).slice(0, 2)).toEqual(['Powell arrives in Moscow, talks to focus on Iraq', 'By Jonathan Wright']);
  });

  it('joins a full line to a capitalised one in a hard-wrapped copy without blank lines, once prose has begun', () => {
    const text = [
      'Ministers Agree On Border Talks After Long Night In Vienna Hotel Room',
      'The ministers met in Vienna on Monday and talked for six hours about',
      'the border and the troops stationed along the line on either side.',
      'Later the foreign minister spoke by telephone with Chinese Premier',
      'Liang Wenqing, his office said. They agreed to meet again soon.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Ministers Agree On Border Talks After Long Night In Vienna Hotel Room',
      'The ministers met in Vienna on Monday and talked for six hours about the border and the troops stationed along the line on either side.',
      'Later the foreign minister spoke by telephone with Chinese Premier Liang Wenqing, his office said. They agreed to meet again soon.',
    ]);
  });

  it('joins a line that ends on a person’s initials to the surname on the next, in capitals too', () => {
    const text = [
      'THE MINISTER WAS ACCOMPANIED BY T. R. VANDERSLOOT AND O. K.',
      'KRIEGHOFF, DEPUTY MINISTER OF FISHERIES.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'THE MINISTER WAS ACCOMPANIED BY T. R. VANDERSLOOT AND O. K. KRIEGHOFF, DEPUTY MINISTER OF FISHERIES.',
    ]);
  });

  it('joins a word hyphenated across a wrapped line without a space', () => {
    expect(texts('Both sides agreed to the anti-\nterrorism centre.')).toEqual([
      'Both sides agreed to the anti-terrorism centre.',
    ]);
  });

  it('keeps short lines of a page that is not hard-wrapped apart', () => {
    expect(texts("Most Viewed\nEditor's Picks\nRussia, Iran, Syria cooperating in Iraq")).toEqual([
      'Most Viewed',
      "Editor's Picks",
      'Russia, Iran, Syria cooperating in Iraq',
    ]);
  });

  it('joins a line that goes on in lowercase to the line before it', () => {
    expect(texts('The minister said that the talks\nwould continue in March.')).toEqual([
      'The minister said that the talks would continue in March.',
    ]);
  });

  it('joins one sentence a copy broke over lines with blank lines between, when it comes to its end', () => {
    const text =
      'MOSCOW — The two ministers\n\nand their deputies met on Tuesday after the\n\nsummit, the ministry said.\n\nThe next round is in May.';
    expect(texts(text)).toEqual([
      'MOSCOW — The two ministers and their deputies met on Tuesday after the summit, the ministry said.',
      'The next round is in May.',
    ]);
  });

  it('keeps a lowercase line after a blank one apart in a copy that does not set its paragraphs off with blank lines', () => {
    const body = [
      'The ministers met on Friday.',
      'They talked for hours.',
      'The talks will go on.',
      'Officials said so.',
    ];
    const text = ['Lavrov meets Kerry in Geneva', '', 'a man walks past the hotel in geneva.', ...body, ...body].join(
      '\n',
    );
    expect(texts(text)[0]).toBe('Lavrov meets Kerry in Geneva');
  });

  it('keeps lowercase menu lines after blank lines apart, as they never end a sentence', () => {
    const text =
      'Cannot connect right now! retry\n\nadd the site to your homescreen\n\ntap the menu and pin the web app\n\nGot it!';
    expect(texts(text)).toHaveLength(4);
  });

  it('does not join a lowercase line to a line that ends a sentence', () => {
    expect(texts('The talks ended.\nimport duties were not discussed.')).toEqual([
      'The talks ended.',
      'import duties were not discussed.',
    ]);
  });
});
