/**
 * Loaded with `node --import` before Astro's command line by `scripts/build.ts`, which starts `astro build` while the
 * ingest is still running: this loads Astro's build and the libraries it runs on (Vite, Rolldown, the MDX and sitemap
 * integrations), and lets Astro's command line run at once: it reads its configuration, starts Vite and loads the
 * content's configuration and loaders, on the second core while the ingest writes `content/`. The loaders of what the
 * ingest writes wait (src/lib/content-ready.ts) for a line on standard input, which the build writes once the ingest
 * is done; then Astro reads the content and builds, as it would have without this. A rebuild's ingest runs on one
 * core, so on a machine with two that work (about 1.5 s of CPU loading modules, about as much reading the
 * configuration and starting the content layer, at 1,000 articles) comes off the build's wall time.
 * If standard input closes without that line (the ingest failed, or the build was stopped), the process ends.
 */
import { CONTENT_READY } from '../src/lib/content-ready.ts';
import { tellBuild } from '../src/lib/kept-pages.ts';
import { writesReplaceLinks } from './last-pages.ts';

// The build's folder holds the last site's unchanged pages as links (scripts/last-pages.ts): a page Astro renders again
// must replace its link, not write through it into the last site. Once written, it is final (Astro writes a page once
// in a build), and the build is told so at once, for the search index (src/lib/kept-pages.ts).
if (process.env.ASTRO_OUT_DIR) writesReplaceLinks(process.env.ASTRO_OUT_DIR, (path) => tellBuild('written', [path]));

const astro = (path: string) => new URL(`../node_modules/astro/dist/${path}`, import.meta.url).href;
/** Astro's own files are named by their place, as its command line imports them (its package exports no `dist/`). */
const MODULES = [
  astro('cli/index.js'),
  astro('core/build/index.js'),
  astro('core/sync/index.js'),
  'astro/config',
  'vite',
  '@astrojs/mdx',
  '@astrojs/sitemap',
  '@astrojs/markdown-remark',
];

const loading = Promise.allSettled(MODULES.map((name) => import(name)));
(globalThis as { [CONTENT_READY]?: Promise<void> })[CONTENT_READY] = new Promise<void>((ready) => {
  const end = () => process.exit(1);
  process.stdin.once('data', () => {
    process.stdin.off('end', end).off('error', end);
    process.stdin.destroy();
    ready();
  });
  process.stdin.once('end', end);
  process.stdin.once('error', end);
});
// A module that could not be loaded here is loaded by Astro itself, which reports any error.
await loading;
