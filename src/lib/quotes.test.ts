import { describe, expect, it } from 'vitest';
import { type QuoteRecord, QuoteRecordSchema } from '../schemas/data.ts';
import { ThemeSchema } from '../schemas/theme.ts';
import { aboutness, gatherQuotes, keyQuotes, themeWords } from './quotes.ts';

const quote = (article: string, n: number, text: string, more: Partial<QuoteRecord> = {}): QuoteRecord =>
  QuoteRecordSchema.parse({ article, n, text, speaker: 'sergei-lavrov', published: '2015-09-30', ...more });

const WIRE = [{ witnesses: ['wire-a', 'wire-b'] }];

describe('gatherQuotes', () => {
  it('gives once a quotation two witnesses of one story edited differently, with both witnesses', () => {
    const gathered = gatherQuotes(
      [
        quote('wire-a', 1, '"Our common goal is to defeat Islamic State (IS), not to allow IS to succeed."'),
        quote('wire-b', 4, '"Our common goal is to defeat IS (Islamic State), not to allow IS to succeed."'),
      ],
      WIRE,
    );
    expect(gathered).toHaveLength(1);
    expect(gathered[0]?.witnesses).toEqual([
      { article: 'wire-a', n: 1 },
      { article: 'wire-b', n: 4 },
    ]);
  });

  it('keeps like words apart when another speaker says them, or when they are in unrelated articles', () => {
    const words = '"Our common goal is to defeat IS, not to allow IS to succeed."';
    const gathered = gatherQuotes(
      [quote('wire-a', 1, words), quote('wire-b', 2, words, { speaker: 'barack-obama' }), quote('other', 1, words)],
      WIRE,
    );
    expect(gathered).toHaveLength(3);
  });

  it('dates a quotation by the day said where a witness tells it, else by the day reported', () => {
    const gathered = gatherQuotes(
      [
        quote('wire-a', 1, '"Constructive,"'),
        quote('wire-b', 1, '"Constructive,"', { said: { edtf: '2015-09-29', text: 'Tuesday' } }),
        quote('wire-a', 2, '"Pragmatic"'),
      ],
      WIRE,
    );
    expect(gathered.map(({ text, said, reported }) => [text, said?.edtf, reported])).toEqual([
      ['"Constructive,"', '2015-09-29', undefined],
      ['"Pragmatic"', undefined, '2015-09-30'],
    ]);
  });

  it('orders quotations by date, then by number as a number, and leaves out those without a speaker', () => {
    const gathered = gatherQuotes(
      [
        quote('a', 10, '"ten"'),
        quote('a', 9, '"nine"'),
        quote('a', 3, '"three"', { speaker: undefined }),
        quote('b', 1, '"earlier"', { published: '2009-03-07' }),
      ],
      [],
    );
    expect(gathered.map(({ text }) => text)).toEqual(['"earlier"', '"nine"', '"ten"']);
  });
});

describe('keyQuotes', () => {
  const iran = ThemeSchema.parse({
    id: 'iran',
    title: 'Iran',
    summary: 'Russia and the United States on Iran’s nuclear programme and arms.',
    order: 4,
    signals: { entities: [{ id: 'iran', weight: 1.5 }], terms: [{ term: 'nuclear', weight: 0.6 }] },
  });
  const signals = themeWords(iran, new Map([['iran', { name: 'Iran', aliases: ['Islamic Republic'] }]]));

  it('scores a quotation by the theme’s signals it names, each once', () => {
    expect(aboutness('"Iran must not get nuclear weapons; Iran will not."', signals)).toBeCloseTo(2.1);
    expect(aboutness('"The Iranians agreed."', signals)).toBe(0);
    expect(aboutness('"the Islamic Republic"', signals)).toBe(1.5);
  });

  it('ranks the quotations most about the theme first, then the newest, at most as many as asked', () => {
    const gathered = gatherQuotes(
      [
        quote('reset', 1, '"We hope to press the reset button,"', { published: '2009-03-07' }),
        quote('reset', 2, '"We supply Iran only defensive weapons,"', { published: '2009-03-07' }),
        quote('later', 1, '"We spoke about many things,"', { published: '2010-01-01' }),
      ],
      [],
    );
    expect(keyQuotes(gathered, new Set(['reset', 'later']), signals, 2).map(({ text }) => text)).toEqual([
      '"We supply Iran only defensive weapons,"',
      '"We spoke about many things,"',
    ]);
  });
});
