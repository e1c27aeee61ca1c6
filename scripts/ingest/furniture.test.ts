import { describe, expect, it } from 'vitest';
import { ingestText, lexicon } from '../../test/ingest.ts';
import type { KeptPiece } from './clean.ts';
import {
  bodyFeatures,
  dropFurniture,
  FITTED,
  furnitureProbability,
  isSiteNotice,
  namesKept,
  THRESHOLD,
} from './furniture.ts';
import { blockText } from './text/document.ts';

const piece = (text: string, line: number, caption = false): KeptPiece => ({ line, text, caption });

const PARAGRAPHS = [
  'Foreign ministers Anna Kowalczyk and Pavel Ostrov met in Geneva on Tuesday to discuss the arms control treaty, officials said.',
  'Kowalczyk said the two sides had agreed to meet again next month, and Ostrov called the talks useful.',
  'Neither minister gave details of the proposals discussed during the four hours of talks.',
];

describe('the features of body pieces', () => {
  it('describes a picture’s caption: who stands where, the present tense, a credit in brackets', () => {
    const body = [
      piece(PARAGRAPHS[0] ?? '', 1),
      piece('Kowalczyk (L) and Ostrov (R) shake hands before their talks in Geneva. (AP)', 2),
      piece(PARAGRAPHS[1] ?? '', 3),
    ];
    const caption = bodyFeatures(body, lexicon)[1];
    expect(caption).toMatchObject({ caption: 1, present: 1, credited: 1 });
    expect(bodyFeatures(body, lexicon)[0]).toMatchObject({ caption: 0, present: 0, prose: 1 });
  });

  it('describes a site’s appeal, its notice to the reader, a repeated line and the lines after the text', () => {
    const body = [
      piece(PARAGRAPHS[0] ?? '', 1),
      piece('Get our daily newsletter free!', 2),
      piece(PARAGRAPHS[1] ?? '', 3),
      piece('If you are a subscriber, log in to read more', 4),
      piece('Get our daily newsletter free!', 5),
    ];
    const [, appeal, , notice, again] = bodyFeatures(body, lexicon);
    expect(appeal).toMatchObject({ appeal: 1, web: 1, exclaims: 1, repeated: 1, tail: 0 });
    expect(notice).toMatchObject({ reader: 1, web: 1, tail: 1 });
    expect(again).toMatchObject({ repeated: 1, tail: 1 });
  });

  it('does not count a quotation’s "you" or its exclamation as the page speaking to its reader', () => {
    const [quoted] = bodyFeatures(
      [piece('"You will not divide us!" the minister told reporters in Geneva.', 1)],
      lexicon,
    );
    expect(quoted).toMatchObject({ reader: 0, exclaims: 0, quoted: 1 });
  });
});

describe('taking furniture out of the body', () => {
  it('takes out a caption the model is sure of, records it, and keeps every paragraph', () => {
    const body = [
      piece(PARAGRAPHS[0] ?? '', 1),
      piece('Kowalczyk (L) and Ostrov (R) shake hands before their talks in Geneva. (AP)', 2, true),
      piece(PARAGRAPHS[1] ?? '', 3),
      piece(PARAGRAPHS[2] ?? '', 4),
    ];
    const chance = furnitureProbability(bodyFeatures(body, lexicon)[1] ?? ({} as never));
    expect(chance).toBeGreaterThanOrEqual(THRESHOLD);
    const { body: kept, changes } = dropFurniture(body, lexicon);
    expect(kept.map(({ line }) => line)).toEqual([1, 3, 4]);
    expect(changes).toEqual([expect.objectContaining({ kind: 'removed', line: 2 })]);
    expect(changes[0]?.reason).toMatch(/fitted furniture model/);
  });

  it('keeps a caption that names someone the text does not', () => {
    expect(namesKept('Kowalczyk (L) meets the envoy Tomasz Wierzbicki in Geneva. (AP)', PARAGRAPHS)).toBe(false);
    expect(namesKept('Kowalczyk (L) and Ostrov (R) in Geneva. (Photo: REUTERS/Tomasz Wierzbicki)', PARAGRAPHS)).toBe(
      true,
    );
  });

  it('takes out what it would with every feature read, though it reads the tagger’s only where they could matter', () => {
    const body = [
      piece(PARAGRAPHS[0] ?? '', 1),
      piece('Kowalczyk (L) and Ostrov (R) shake hands before their talks in Geneva. (AP)', 2, true),
      piece('Sign up for our newsletter today!', 3),
      piece(PARAGRAPHS[1] ?? '', 4),
      piece('Kowalczyk and Ostrov talk before the meeting [Agency]', 5),
      piece(PARAGRAPHS[2] ?? '', 6),
    ];
    const exact = bodyFeatures(body, lexicon)
      .map((vector, index) =>
        furnitureProbability(vector) >= THRESHOLD || isSiteNotice(body[index]?.text ?? '')
          ? body[index]?.line
          : undefined,
      )
      .filter((line) => line !== undefined);
    const removed = dropFurniture(body, lexicon).changes.map(({ line }) => line);
    expect(removed).toEqual(exact);
  });

  it('never empties a body of its prose', () => {
    const body = [piece('Kowalczyk (L) and Ostrov (R) shake hands before their talks in Geneva. (AP)', 1, true)];
    expect(dropFurniture(body, lexicon).body).toEqual(body);
  });

  it('uses weights fitted for every feature, with the method they were fitted by', () => {
    expect(FITTED.method).toMatch(/cross-validation/);
  });

  it('keeps a story’s paragraphs whole through the pipeline, the caption between them taken out', () => {
    const article = ingestText(
      'furniture-caption.txt',
      [
        'Ministers agree to resume arms talks',
        '',
        PARAGRAPHS[0],
        '',
        'Kowalczyk (L) and Ostrov (R) shake hands before their talks in Geneva. (AP)',
        '',
        PARAGRAPHS[1],
        '',
        PARAGRAPHS[2],
        '',
      ].join('\n'),
    );
    const text = article.blocks.map(blockText).join('\n');
    expect(text).not.toContain('shake hands');
    for (const paragraph of PARAGRAPHS) expect(text).toContain((paragraph ?? '').slice(0, 30));
  });
});
