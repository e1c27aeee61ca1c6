import { describe, expect, it } from 'vitest';
import { chronologyFixture } from '../../../test/chronology-fixture.ts';
import { expectSvgGolden } from '../../../test/golden-svg.ts';
import { xmlErrors } from '../../../test/xml.ts';
import { chartMarkup } from './chart.ts';

const data = chronologyFixture();

describe('the chronology drawn as SVG', () => {
  it('draws the whole chronology with lanes, shapes, a cluster and labels', () => {
    expectSvgGolden('chronology', chartMarkup(data, {}, {}, { label: 'Chronology' }));
  });

  it('draws one theme’s slice', () => {
    expectSvgGolden('chronology-iraq', chartMarkup(data, { theme: 'iraq' }, {}, { label: 'Iraq' }));
  });

  it('draws a compact overview without labels', () => {
    expectSvgGolden('chronology-compact', chartMarkup(data, {}, { width: 640, labels: false }, { label: 'Overview' }));
  });

  it('draws a standalone file with a legend and its own styles', () => {
    const svg = chartMarkup(data, { from: 2003, to: 2009 }, {}, { label: 'Chronology 2003–2009', standalone: true });
    expectSvgGolden('chronology-standalone', svg);
  });

  it('keeps a title’s markup as text', () => {
    const svg = chartMarkup(data, {}, {}, { label: 'Chronology' });
    expect(svg).toContain('<title>2012-06-18: Putin and Obama meet at Los Cabos &#x3C;G20></title>');
    expect(svg).not.toContain('><G20>');
  });

  it('writes a standalone file as well-formed XML, markup in titles included', () => {
    const svg = chartMarkup(data, {}, {}, { label: 'Chronology', standalone: true });
    expect(xmlErrors(svg)).toEqual([]);
    expect(xmlErrors('<svg aria-label="<G20>"/>'), 'what the HTML serialiser would have written').not.toEqual([]);
    expect(svg).toContain('Los Cabos &#x3C;G20>');
  });
});
