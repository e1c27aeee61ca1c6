import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { pageScripts, svgElementCount, tableRowCount, weigh } from './chronology-measure.ts';

const page = fromHtml(`<!doctype html><html><head>
<script type="module" src="/_astro/enhance.js"></script>
<script type="module">import "./inline-dep.js"; console.log(1)</script>
</head><body>
<figure class="chart"><svg class="chrono" role="group"><g class="lane"><a class="event"><circle/><text>A</text></a></g><rect/></svg></figure>
<ul><li><svg class="chrono" aria-hidden="true"><rect/><rect/></svg> Iraq</li></ul>
<table class="events"><thead><tr><th>Date</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>
</body></html>`);

describe('chronology figures from a built page', () => {
  it('counts the elements of the chart, not of the legend swatches', () => {
    expect(svgElementCount(page)).toBe(6);
  });

  it('counts the body rows of the event tables, not the heading row', () => {
    expect(tableRowCount(page)).toBe(2);
  });

  it('follows the static imports of the scripts a page loads, once each, relative to each importer', () => {
    const files: Record<string, string> = {
      '/_astro/enhance.js': 'import{n as e}from"./state.js";export{x}from"./more.js";e()',
      '/_astro/state.js': 'import"./enhance.js";const t=`from "./in-a-string.js"`;export{t as n}',
      '/_astro/more.js': 'export const x=1',
    };
    expect(pageScripts(page, '/chronology/', (path) => files[path])).toEqual([
      '/_astro/enhance.js',
      '/_astro/state.js',
      '/_astro/more.js',
      '/chronology/inline-dep.js',
    ]);
  });

  it('weighs bytes raw, gzipped and brotli-compressed', () => {
    const text = Buffer.from('<tr><td>an event</td></tr>'.repeat(1000));
    const weight = weigh(text);
    expect(weight.raw).toBe(26_000);
    expect(weight.gzip).toBeLessThan(weight.raw / 20);
    expect(weight.brotli).toBeLessThan(weight.gzip);
  });
});
