import { describe, expect, it } from 'vitest';
import { hasDoubleMarks, quotedSpans, singleQuotedSpans, withTypedMarks } from './marks.ts';

/** The quoted words of a block written with single marks. */
function quoted(text: string): string[] {
  return singleQuotedSpans(text, 0).map((span) => text.slice(span.start, span.end));
}

describe('quotedSpans', () => {
  it('takes a straight double mark typed for an apostrophe ("the Council"s session") for no quotation mark', () => {
    const text = 'She addressed the Council"s session. "We agree," she said, and Rice"s letter followed.';
    expect(quotedSpans(text, 0).map((span) => text.slice(span.start, span.end))).toEqual(['"We agree,"']);
  });

  it('reads a block whose first mark closes a quotation after a comma as quoted from its start, its mark lost', () => {
    const text = 'Here is what I can tell you,” he went on. “We meet next month.';
    const spans = quotedSpans(text, 0);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Here is what I can tell you,”',
      '“We meet next month.',
    ]);
    expect(spans.map((span) => span.unopened ?? false)).toEqual([true, false]);
  });

  it('takes a mark opened in brackets that close without it for a reference, and keeps a quotation left open', () => {
    const cited = 'The sanctions were announced in January. ("Talks Stall Again, Weekly Brief 2/8/99).';
    expect(quotedSpans(cited, 0)).toEqual([]);
    const open = 'Yeltsin said (in Moscow), "The talks go on';
    expect(quotedSpans(open, 0).map((span) => open.slice(span.start, span.end))).toEqual(['"The talks go on']);
  });

  it('opens nothing at a closing mark after a word, a straight mark, or a block opening in lower case', () => {
    for (const text of ['The venue is not chosen yet”. They meet.', 'We agree," he said.', 'and so on,” he said.']) {
      expect(quotedSpans(text, 0)).toEqual([]);
    }
  });
});

describe('singleQuotedSpans', () => {
  it("finds 'a good deal,' he said in single marks", () => {
    expect(quoted("It is 'a good deal,' he said, and 'we shall sign it.'")).toEqual([
      "'a good deal,'",
      "'we shall sign it.'",
    ]);
  });

  it('takes no apostrophe for a mark: "Russia\'s", "don\'t", "the ministers\' talks", "the \'90s"', () => {
    expect(quoted("Russia's envoy said he didn't know; the ministers' talks recalled the '90s.")).toEqual([]);
  });

  it('leaves a quotation open at the end of a block that does not close it', () => {
    expect(quoted("He said: 'We shall ratify it")).toEqual(["'We shall ratify it"]);
  });
});

describe('hasDoubleMarks', () => {
  it('tells an article with double marks or guillemets from one with single marks only', () => {
    expect(hasDoubleMarks(["'a deal,' he said", 'He called it “fair”.'])).toBe(true);
    expect(hasDoubleMarks(["'a deal,' he said", "Russia's envoy"])).toBe(false);
  });
});

describe('withTypedMarks', () => {
  it("makes ``…`` and ``…'' curly marks, offsets kept, and leaves a lone '' alone", () => {
    const text = "He will ``seek a ban.`` She said ``no,'' and it''s done.";
    expect(withTypedMarks(text)).toBe("He will  “seek a ban.”  She said  “no,”  and it''s done.");
    expect(withTypedMarks(text)).toHaveLength(text.length);
  });

  it("reads two apostrophes on both sides (''…'') as a pair of marks, but not one glued to a word", () => {
    const text = "The visit ''is about trust,'' he said; ''We agree.'' It''s done.";
    expect(withTypedMarks(text)).toBe("The visit  “is about trust,”  he said;  “We agree.”  It''s done.");
    expect(withTypedMarks(text)).toHaveLength(text.length);
  });
});
