/**
 * Which pages `astro build` has finished writing, read from what it prints as it generates them, so that the search
 * index can begin on them while Astro is still at work (scripts/build.ts, scripts/search/index-site.ts).
 *
 * Astro (7.4, `core/build/generate.js`) opens each page's line with `├─ <file>` before it renders or copies it:
 * - a page it copies from its last build is final at once, and the same call prints ` (restored)` (or ` (cached)`)
 *   right after its name, with nothing between;
 * - a page it renders gets its time, ` (+52ms)`, only once the file is written, and with several pages generated at
 *   once (`build.concurrency`) the times come in the order the pages finish, after other pages' names, so a time
 *   does not say whose it is.
 *
 * So a rendered page is known to be written when every page begun has its time: then all are. In a rebuild, where a
 * few pages are rendered among thousands copied, that is soon after each. Nothing here is trusted blindly: the search
 * step reads every page again once Astro is done and indexes the site afresh if one it was given changed. Astro's
 * output is a log, not an interface, so a change to it can only make this see fewer pages, never wrong ones: a page
 * is named final only after its own name and a sign of completion.
 *
 * Written by hand since no library reads Astro's log; Astro offers no hook per page (`astro:build:generated` comes
 * after the last one).
 */

/**
 * A page's name, its copy, or a rendered page's time, in Astro's output with its colours taken out. A name is
 * followed by a space or, when Astro begins another line before the page's end, straight by that line's time of day
 * (`/404.html04:06:04   ├─ /about/index.html`), which is three groups of digits in the system's locale (Astro's
 * logger, `dateTimeFormat`) and then spaces and the next line's mark.
 */
const TOKEN =
  /├─ (\S+?)(?=\s|\p{N}+(?:[^\p{N}\s]\p{N}+){2}\s+(?:├─|\[)|$)|\((restored|cached)\)|\(\+\d+(?:\.\d+)?m?s\)/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: Astro colours its output on a terminal.
const COLOUR = /\x1b\[[0-9;]*m/g;

/**
 * Reads Astro's output, chunk by chunk as it comes, and tells `page` the path of each page (relative to the build's
 * folder, without a leading `/`) once it is written and final, and whether Astro copied it from its last build.
 */
export function finishedPages(page: (path: string, copied: boolean) => void): (chunk: Buffer | string) => void {
  let rest = '';
  /** The page whose name came last, before anything said whether it was copied. */
  let named: string | undefined;
  /** Pages being rendered, not yet told: they are final once every page begun has its time. */
  const rendering: string[] = [];
  let begun = 0;
  let timed = 0;
  const tell = (path: string, copied: boolean) => page(path.replace(/^\/+/, ''), copied);
  /** The page last named is being rendered: nothing said it was copied. */
  const rendered = () => {
    if (named === undefined) return;
    rendering.push(named);
    begun += 1;
    named = undefined;
  };
  return (chunk) => {
    // A token may be cut between chunks; only what ends before the last line break is read now, which every token
    // Astro prints does (a page's name is followed, at the latest, by the next line's).
    const text = (rest + chunk.toString()).replace(COLOUR, '');
    const cut = text.lastIndexOf('\n') + 1;
    rest = text.slice(cut);
    for (const [, path, copied] of text.slice(0, cut).matchAll(TOKEN)) {
      if (path !== undefined) {
        rendered();
        named = path;
      } else if (copied !== undefined) {
        if (named !== undefined) tell(named, true);
        named = undefined;
      } else {
        rendered();
        timed += 1;
        if (timed === begun) for (const path of rendering.splice(0)) tell(path, false);
      }
    }
  };
}
