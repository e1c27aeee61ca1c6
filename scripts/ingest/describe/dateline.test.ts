import { describe, expect, it } from 'vitest';
import { ingestText, lexicon } from '../../../test/ingest.ts';
import { blockText } from '../text/document.ts';
import { readDateline } from './dateline.ts';

describe('a dateline closed by a credit in brackets, with no dash', () => {
  it('reads the place, in capitals or a known place in title case, and a known agency as the agency', () => {
    expect(readDateline('VIENNA (AP) The talks resumed on Tuesday after a week’s pause.', lexicon)).toMatchObject({
      place: 'Vienna',
      text: 'VIENNA (AP)',
      agency: 'Associated Press',
    });
    const site = readDateline('Geneva, Switzerland (Lakeside News) The statement below was issued today:', lexicon);
    expect(site).toMatchObject({ place: 'Geneva', text: 'Geneva, Switzerland (Lakeside News)' });
    expect(site?.agency).toBeUndefined();
  });

  it('reads no dateline from a name with a position in brackets, or a date in them', () => {
    expect(readDateline('Obama (left) Meets Putin in Geneva', lexicon)).toBeUndefined();
    expect(readDateline('Lavrov (right) Speaks to the press', lexicon)).toBeUndefined();
    expect(readDateline('Geneva (March 3) The talks resumed', lexicon)?.agency).toBeUndefined();
  });

  it('starts the body at a line that opens with such a dateline, though the line is too short to be prose', () => {
    const article = ingestText(
      'dateline-credit-no-dash.txt',
      [
        'Geneva, Switzerland (Lakeside News) The statement below is attributable to the spokesperson:',
        '',
        'The foreign ministers spoke today by telephone about the treaty and agreed to meet again next month in Geneva.',
        '',
      ].join('\n'),
    );
    expect(article.frontmatter.dateline?.place).toBe('Geneva');
    expect(article.frontmatter.titleSupplied).toBe(true);
    expect(article.blocks.map(blockText)[0]).toContain('The statement below is attributable');
  });
});
