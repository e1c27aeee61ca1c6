import { describe, expect, it } from 'vitest';
import { finishedPages } from './astro-pages.ts';

/**
 * What `finishedPages` tells after each chunk of `chunks`, the pages told by that chunk in a list of their own; a page
 * Astro rendered is marked `*`.
 */
function told(chunks: string[]): string[][] {
  const pages: string[] = [];
  const read = finishedPages((path, copied) => pages.push(copied ? path : `${path} *`));
  return chunks.map((chunk) => {
    const before = pages.length;
    read(chunk);
    return pages.slice(before);
  });
}

const at = '04:06:04 ';

describe('finishedPages', () => {
  it('tells each page Astro copies from its last build once its copy is named, in order', () => {
    expect(
      told([
        `${at}  ├─ /articles/years/2021/index.html (restored)\n${at}  ├─ /articles/a/index.html (restored)\n`,
        `${at}  ├─ /articles/a/source.txt (cached)\n`,
      ]),
    ).toEqual([['articles/years/2021/index.html', 'articles/a/index.html'], ['articles/a/source.txt']]);
  });

  it('tells rendered pages only when every page begun has its time, since a time does not say whose it is', () => {
    // Three pages begun at once: two times come after the third page's name, and the third's last.
    expect(
      told([
        `${at}  ├─ /404.html${at}  ├─ /about/index.html${at}  ├─ /agreements/index.html (+52ms) \n`,
        ' (+51ms) \n',
        `${at}  ├─ /agreements/new-start/index.html (restored)\n`,
        ' (+1.20s) \n',
      ]),
    ).toEqual([
      [],
      [],
      ['agreements/new-start/index.html'],
      ['404.html *', 'about/index.html *', 'agreements/index.html *'],
    ]);
  });

  it('tells a page rendered alone as soon as its time comes, among copies', () => {
    expect(
      told([
        `${at}  ├─ /articles/a/index.html (restored)\n${at}  ├─ /articles/b/index.html`,
        ` (+31ms) \n${at}  ├─ /articles/c/index.html (restored)\n`,
      ]),
    ).toEqual([['articles/a/index.html'], ['articles/b/index.html *', 'articles/c/index.html']]);
  });

  it('waits for a line to end, so a name or a mark cut between chunks is read whole', () => {
    expect(
      told([`${at}  ├─ /articles/long-na`, 'me/index.html (rest', 'ored)\n', `${at}  ├─ /x/index.html (restored)\n`]),
    ).toEqual([[], [], ['articles/long-name/index.html'], ['x/index.html']]);
  });

  it('reads Astro’s output coloured for a terminal', () => {
    expect(
      told([
        `\x1b[2m04:06:04\x1b[22m   \x1b[32m├─\x1b[39m \x1b[2m/people/x/index.html\x1b[22m \x1b[32m(restored)\x1b[39m\n`,
        `\x1b[34m├─\x1b[39m \x1b[2m/people/y/index.html\x1b[22m \x1b[2m(+8ms)\x1b[22m \n`,
      ]),
    ).toEqual([['people/x/index.html'], ['people/y/index.html *']]);
  });

  it('tells nothing of pages whose end is not seen, nor of lines that are not about pages', () => {
    expect(
      told([
        `${at}[build] ✓ Completed in 2.61s.\n${at}[vite] ✓ built in 886ms\n`,
        `${at}  ├─ /a/index.html${at}  ├─ /b/index.html (+40ms) \n`,
      ]),
    ).toEqual([[], []]);
  });
});
