/**
 * Loaded with `node --import` before Astro's command line by `scripts/build.ts`, which starts `astro build` while the
 * ingest is still running: this loads Astro's build and the libraries it runs on (Vite, Rolldown, the MDX and sitemap
 * integrations), then waits for a line on standard input, which the build writes once the ingest has written
 * `content/`. Only then does Astro's command line run, read its configuration and the content, and build, exactly as
 * it would have without this: Node's module cache hands it the modules already loaded. A rebuild's ingest runs on one
 * core, so on a machine with two the loading (about 1.5 s of CPU) comes off the build's wall time.
 * If standard input closes without that line (the ingest failed, or the build was stopped), the process ends.
 */
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
const go = await new Promise<boolean>((settle) => {
  process.stdin.once('data', () => settle(true));
  process.stdin.once('end', () => settle(false));
  process.stdin.once('error', () => settle(false));
});
process.stdin.destroy();
if (!go) process.exit(1);
// A module that could not be loaded here is loaded by Astro itself, which reports any error.
await loading;
