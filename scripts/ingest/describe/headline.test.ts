import { describe, expect, it } from 'vitest';
import { ingestText, lexicon, textOf } from '../../../test/ingest.ts';
import { readByline } from './head.ts';
import {
  FITTED,
  features,
  isCaptionLine,
  isPersonAlone,
  isSiteLabel,
  kindsOf,
  scoreOf,
  splitDeck,
} from './headline.ts';
import { isPlaceAlone } from './place-alone.ts';
import { dateLine, findDate } from './published.ts';

const BODY =
  'Russia and the United States agreed on Tuesday to resume talks on arms control in Geneva, officials said. ' +
  'The foreign ministers will meet again next month to discuss the treaty.';
const vectorOf = (text: string, others: string[] = [], next?: string) =>
  features(text, { others, body: BODY, index: 0, next, aboveMeta: false, inBody: false }, lexicon);
const kinds = (text: string, others: string[] = [], next?: string) => kindsOf(vectorOf(text, others, next));
const score = (text: string, others: string[] = []) => scoreOf(vectorOf(text, others));

describe('the headline score', () => {
  it('rates a headline the body echoes, with a verb, above "no headline"', () => {
    expect(score('Russia and US agree to resume arms talks')).toBeGreaterThan(FITTED.none);
    expect(kinds('Russia and US agree to resume arms talks')).toContain('verb');
  });

  it('rates every kind of furniture below a headline the body echoes', () => {
    const headline = score('Russia and US agree to resume arms talks');
    for (const line of ['World News', 'RUSSIA AND THE WORLD', '17:08 (ist)', 'Jane Holloway', 'Rights | Site Name']) {
      expect(score(line), line).toBeLessThan(headline);
    }
  });

  it('marks page furniture by its features, each also counted as furniture', () => {
    expect(kinds('World News')).toEqual(expect.arrayContaining(['twoWords', 'menu', 'furniture']));
    expect(kinds('RUSSIA AND THE WORLD')).toContain('capitals');
    expect(kinds('17:08 (ist)')).toContain('stamp');
    expect(kinds('Updated 3 March 2011')).toContain('stamp');
    expect(kinds('WorldMarch 3, 2011')).toContain('stamp');
    expect(kinds('Jane Holloway')).toContain('person');
    expect(kinds('Vienna, Austria')).toContain('place');
    expect(kinds('Secretary of State')).toContain('role');
    expect(kinds('Rights | Site Name')).toContain('siteLabel');
    expect(kinds('JavaScript is off')).toContain('menu');
    expect(kinds('Industry Government diplomacy global politics Russia trade')).toContain('tags');
    expect(kinds('ASSOCIATED PRESS')).toContain('agency');
    expect(kinds('Europe correspondent, Geneva')).toContain('short');
    expect(kinds('Arms Talks To ResumeArms Talks To Resume')).toContain('doubled');
    expect(kinds('News Site - Make a donation to keep us independent!')).toContain('appeal');
    expect(
      kinds('Ambassador Jane Roe and Minister John DoeAgency', ['Ambassador Jane Roe and Minister John Doe']),
    ).toEqual(expect.arrayContaining(['repeats', 'furniture']));
  });

  it('does not count a short line inside a longer one as that line printed again', () => {
    expect(kinds('Iran talks resume in Vienna', ['Iran'])).not.toContain('repeats');
  });

  it('reads a line ending on an adverb as a whole statement, one ending on a preposition as cut off', () => {
    expect(kinds('Leaders say the talks went well')).not.toContain('dangling');
    expect(kinds('Russia announces a new deal to')).toContain('dangling');
  });

  it('reads a Russian verb by its ending, where compromise reads English only', () => {
    expect(kinds('Лавров призывает Вашингтон продолжить переговоры')).toContain('verb');
    expect(kinds('Министры обсудили договор в Женеве')).toContain('verb');
    expect(kinds('Ситуация вокруг ядерной программы')).not.toContain('verb');
    expect(kinds('Визит министра в Женеву')).not.toContain('verb');
  });

  it('gives a line asked again, in another place, the features of that place: only its own are remembered', () => {
    const line = 'Lavrov Meets Kerry';
    const alone = vectorOf(line);
    const started = vectorOf(line, ['Lavrov Meets Kerry in Geneva on Syria'], 'and then more');
    expect(started).toEqual({ ...alone, prefix: 1, runsOn: 1, furniture: 1 });
    expect(vectorOf(line)).toEqual(alone);
    const later = features(
      line,
      { others: [], body: 'Nothing alike.', index: 4, aboveMeta: true, inBody: true },
      lexicon,
    );
    expect(later).toMatchObject({ first: 0, later: 0.5, aboveMeta: 1, inBody: 1, echo: 0 });
  });

  it('answers the same date again, and its answers cannot be changed by whoever asks', () => {
    const first = findDate('Updated 3 March 2011 17:54');
    expect(findDate('Updated 3 March 2011 17:54')).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(dateLine('3 March 2011 17:54'))).toBe(true);
  });

  it('tells a date inside an official title from a line that is mostly a stamp', () => {
    expect(kinds('Remarks to the press after talks with the Foreign Minister, Vienna, October 12, 2017')).toContain(
      'dated',
    );
    expect(kinds('15:17 GMT +3 28 February 2017')).toContain('stamp');
  });

  it('marks a line cut off: a teaser ending on "to", a broken line that runs on in lower case', () => {
    expect(kinds('Russia announces arms deal to')).toContain('dangling');
    expect(kinds('The foreign minister said on Tuesday that the', [], 'talks would resume.')).toEqual(
      expect.arrayContaining(['dangling', 'runsOn']),
    );
    expect(kinds('Russia and US agree to resume arms talks')).not.toContain('dangling');
  });

  it('does not take a headline without function words for a list of tags', () => {
    expect(kinds('Russian foreign minister meets US counterpart')).not.toContain('tags');
  });

  it('marks a line a longer line above the body starts with: a teaser cut off or a caption printed twice', () => {
    const full = 'Russia and US agree to resume arms talks in Geneva next month, officials say';
    expect(kinds('Russia and US agree to resume arms talks', [full])).toContain('prefix');
    // A headline printed twice in one line is no longer line that it starts.
    expect(kinds('Arms talks resume', ['Arms talks resume Arms talks resume'])).not.toContain('prefix');
  });

  it('gives a line in another script than the body an unknown echo, and a score above "no headline"', () => {
    expect(kinds('俄美同意继续军控谈判')).toContain('echoUnknown');
    expect(score('俄美同意继续军控谈判')).toBeGreaterThan(FITTED.none);
  });

  it('tells photo captions and credits', () => {
    expect(isCaptionLine('© Jan Novak/AP', lexicon)).toBe(true);
    expect(isCaptionLine('Jan Novak/Pool/AP', lexicon)).toBe(true);
    expect(isCaptionLine('The minister leaves the mission after the meeting in New York. (AFP)', lexicon)).toBe(true);
    expect(isCaptionLine('Russia and US agree to resume arms talks', lexicon)).toBe(false);
  });

  it('tells names, places and site labels', () => {
    expect(isPersonAlone('Jane Holloway')).toBe(true);
    expect(isPersonAlone('Russia and US agree')).toBe(false);
    expect(isPlaceAlone('Vienna, Austria')).toBe(true);
    expect(isPlaceAlone('• Switzerland-United-States-Syria')).toBe(false);
    expect(isSiteLabel('Rights | Archivo Velmira')).toBe(true);
    expect(isSiteLabel('Syria | Russia and the US agree on a ceasefire')).toBe(false);
  });
});

describe('a headline and its deck run together', () => {
  it('cuts the deck off where a name and a verb open a second clause after a noun', () => {
    expect(splitDeck('Minister reassures allies on missile plan Warsaw is still wary of the shield')).toEqual({
      title: 'Minister reassures allies on missile plan',
      deck: 'Warsaw is still wary of the shield',
    });
  });

  it('leaves whole a headline whose name follows a preposition or a verb, or one in title case', () => {
    for (const line of [
      'Minister says his meeting with Blinken will help US issue a response',
      'Pompeo, Lavrov see hope for improved US-Russia ties',
      'Russia Hints at Possible Deal Over Lifting Iraq Sanctions',
    ]) {
      expect(splitDeck(line)).toEqual({ title: line });
    }
  });
});

describe('the head lines', () => {
  it('reads bylines of several names, with an agency or a time after them', () => {
    expect(readByline('By Anna Kowalczyk And Pierre Dufresne, ASSOCIATED PRESS', lexicon)).toEqual({
      names: 'Anna Kowalczyk, Pierre Dufresne',
      agency: 'Associated Press',
    });
    expect(readByline('Jane Holloway, John Miller  5 hrs ago', lexicon)).toEqual({
      names: 'Jane Holloway, John Miller',
    });
    expect(readByline('By Correspondent / March 6, 2009', lexicon)).toEqual({ names: 'Correspondent' });
    expect(readByline('By JOHN SMITH', lexicon)).toEqual({ names: 'John Smith' });
    expect(readByline('Russia and US to resume arms talks', lexicon)).toBeUndefined();
  });

  it('reads a masthead date line with its outlet, and a writer run into a date', () => {
    expect(dateLine('- The Daily Courier - Saturday, February 8, 2003')).toMatchObject({
      outlet: 'The Daily Courier',
      date: { year: 2003, month: 2, day: 8 },
    });
    expect(dateLine('XY Staff July 16, 2018 21:17:40 IST')).toMatchObject({
      byline: 'XY Staff',
      date: { year: 2018, month: 7, day: 16 },
    });
    expect(dateLine('Other News Materials 6 March 2007 17:54')).not.toHaveProperty('byline');
  });

  it('reads a date with a time run into its year, keeping the words as printed', () => {
    expect(findDate('February 13, 201721:53')).toMatchObject({
      text: 'February 13, 201721:53',
      index: 0,
      year: 2017,
      month: 2,
      day: 13,
    });
  });

  it('reads no date from a relative time', () => {
    expect(findDate('Jane Holloway  5 hrs ago')).toBeUndefined();
  });
});

describe('describe, on pages of unseen forms', () => {
  it('takes the headline of a text whose line breaks were lost from before its date stamp, less the credit', () => {
    const rest = 'The ministers exchanged the documents in Munich. The treaty limits warheads. '.repeat(14);
    const text = `Posted by a reader. Russia and US Ratify Arms Treaty VOA News February 05, 2011 The ministers spoke. ${rest}`;
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      title: 'Russia and US Ratify Arms Treaty',
      titleSupplied: false,
      outlet: { value: 'Voice of America', provenance: 'stated' },
    });
  });

  it('credits a broadcaster in its own dateline as the outlet, not as a wire', () => {
    const text =
      'Russia says it will vote against the draft\nMoscow, 10 March 2003 (RFE/RL) -- Russia said on Monday it would vote against the draft resolution.';
    expect(ingestText('x.txt', text).frontmatter).toMatchObject({
      outlet: { value: 'RFE/RL', provenance: 'stated' },
      agencies: [],
    });
  });

  it('keeps the paragraph under a credit line that comes after the first paragraph', () => {
    const text = [
      'Russia and US agree to resume arms talks',
      'Russia and the United States agreed on Tuesday to continue talks on arms control, officials said.',
      '(Xinhua)',
      'The two sides will meet again in Geneva next month, the foreign ministry said in a statement.',
    ].join('\n');
    const article = ingestText('x.txt', text);
    expect(article.frontmatter.agencies).toEqual(['Xinhua']);
    expect(textOf(article)).toContain('meet again in Geneva');
  });

  it('marks no dateline in the text when the place was read from a line above it', () => {
    const text =
      'Remarks With the Foreign Minister\n\nVienna, Austria\n\nOctober 12, 2017\n\nVienna, Austria, is the host of the talks, the minister said at the start of the meeting today.';
    const article = ingestText('x.txt', text);
    expect(article.frontmatter.dateline).toEqual({ place: 'Vienna', text: 'Vienna, Austria' });
    expect(JSON.stringify(article.blocks)).not.toContain('"type":"dateline"');
  });
});
