import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/** A file's weight in bytes: as stored, and compressed as a host would send it precompressed. */
export interface Weight {
  raw: number;
  /** gzip at level 9. */
  gzip: number;
  /** Brotli at quality 11, its highest, as hosts precompress static files. */
  brotli: number;
}

/** A built page and its weight. */
export interface PageWeight extends Weight {
  /** Its address, e.g. `/chronology/`. */
  path: string;
}

/** What the benchmark reads from a built `dist/`. */
export interface DistFigures {
  /** `/chronology/`, with the elements of its chart's SVG and the rows of its tables. */
  chronology: PageWeight & { svgElements: number; tableRows: number };
  /** Every page under `/chronology/` (the page itself, and any split off it), heaviest (gzip) first. */
  chronologyPages: PageWeight[];
  /** Every theme page, `/themes/<id>/`, heaviest (gzip) first. */
  themes: PageWeight[];
  /** `/data/chronology-view.json`, which the enhancement fetches at once (the events without their sentences). */
  data: Weight;
  /** `/data/chronology.json`, the whole file, which the panel fetches when a reader first opens an event. */
  fullData: Weight;
  /** The scripts `/chronology/` loads from `/_astro/`, static imports followed, and their total gzip bytes. */
  pageScripts: { paths: string[]; gzip: number };
  /** `/embed/chronology.js`, the embeddable element's one script. */
  embedScript: Weight;
}

/** A buffer's weight, raw and compressed. */
export function weigh(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The elements of a page's chart (its first `svg.chrono` that is not a decorative swatch, itself included). */
export function svgElementCount(tree: Root): number {
  const svg = select('svg.chrono:not([aria-hidden])', tree);
  // selectAll matches the node it starts from as well as its descendants.
  return svg ? selectAll('*', svg).length : 0;
}

/** The rows of a page's event tables. */
export function tableRowCount(tree: Root): number {
  return selectAll('table.events tbody tr', tree).length;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in minified or formatted JavaScript. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * The scripts a page loads at once, by address: each `<script src>` and what the scripts (inline ones too) import
 * statically, transitively, in the order found. `read` gives a script's text by address, undefined if not found.
 */
export function pageScripts(tree: Root, path: string, read: (path: string) => string | undefined): string[] {
  const found: string[] = [];
  const visit = (text: string, from: string) => {
    for (const [, specifier = ''] of text.matchAll(STATIC_IMPORT))
      add(new URL(specifier, `http://site${from}`).pathname);
  };
  const add = (address: string) => {
    if (found.includes(address)) return;
    found.push(address);
    const text = read(address);
    if (text !== undefined) visit(text, address);
  };
  for (const script of selectAll('script', tree) as Element[]) {
    const src = script.properties['src'];
    if (typeof src === 'string') add(new URL(src, `http://site${path}`).pathname);
    else visit(script.children.map((child) => (child.type === 'text' ? child.value : '')).join(''), path);
  }
  return found;
}

/** The built pages at and under an address, e.g. every `index.html` under `/chronology/`, by address. */
function pagesUnder(dist: string, path: string): string[] {
  const dir = join(dist, path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `${path}${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/** Reads the chronology's figures from a built site. */
export function measureDist(dist: string): DistFigures {
  const file = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  const page = (path: string): PageWeight => ({ path, ...weigh(file(path)) });
  const heaviest = (pages: PageWeight[]) => pages.sort((a, b) => b.gzip - a.gzip);
  const html = file('/chronology/').toString('utf8');
  const tree = fromHtml(html);
  const scripts = pageScripts(tree, '/chronology/', (path) =>
    existsSync(join(dist, path)) ? file(path).toString('utf8') : undefined,
  );
  return {
    chronology: { ...page('/chronology/'), svgElements: svgElementCount(tree), tableRows: tableRowCount(tree) },
    chronologyPages: heaviest(pagesUnder(dist, '/chronology/').map(page)),
    themes: heaviest(
      pagesUnder(dist, '/themes/')
        .filter((path) => path !== '/themes/')
        .map(page),
    ),
    data: weigh(file('/data/chronology-view.json')),
    fullData: weigh(file('/data/chronology.json')),
    pageScripts: {
      paths: scripts,
      gzip: scripts.reduce((sum, path) => sum + (existsSync(join(dist, path)) ? weigh(file(path)).gzip : 0), 0),
    },
    embedScript: weigh(file('/embed/chronology.js')),
  };
}
