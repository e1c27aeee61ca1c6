// @ts-check

import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypeAnnotations } from './src/components/mdx/rehype-annotations.ts';
import { remarkGlosses } from './src/components/mdx/remark-glosses.ts';
import { remarkParagraphIds } from './src/components/mdx/remark-paragraph-ids.ts';
import { basePath } from './src/lib/base-path.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import { storePartsFromDisk } from './src/lib/store-parts-from-disk.ts';

// The unified processor (not the default Sätteri) so that later annotation passes can be remark/rehype
// plugins. No smart punctuation: the archive shows the source's own quotation marks and dashes. No GFM:
// an address in a seed must stay text, never become a link. Each block gets its permalink id from the frontmatter,
// then a gloss of what its annotations resolve; then the annotations become HTML elements.
// The site's public address, for absolute links in feeds, embed snippets and standalone drawings: set SITE_URL
// when building for deployment; without it, the address of `npm run preview`. BASE_PATH is the folder the site is
// published under on that host (default `/`); every internal address goes through src/lib/url.ts to carry it.
const root = fileURLToPath(new URL('.', import.meta.url));
/**
 * The slugs articles had before a corrected headline changed them (kept by the ingest), read when the sitemap is
 * written: the configuration is read before the ingest is done (scripts/astro-preload.ts).
 */
/** @type {Set<string> | undefined} */
let formerAddresses;
/** @param {string} slug */
const formerAddress = (slug) => {
  formerAddresses ??= new Set(loadRedirects(root).map((redirect) => redirect.from));
  return formerAddresses.has(slug);
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: basePath(process.env.BASE_PATH),
  integrations: [
    mdx(),
    // The content store's parts are read from disk by the pages, not bundled (src/lib/store-parts-from-disk.ts).
    storePartsFromDisk(),
    // sitemap-index.xml and sitemap-0.xml, written into the build's own folder (so scripts/build.ts swaps them in
    // with the rest). Every page but the 404 (left out by the integration) and the iframe page /embed/chronology/:
    // it is the chart alone, made to be shown inside other sites, and tells search engines so (noindex, Embed.astro);
    // /embed/, which explains it, is listed.
    // Nor the pages left at an article's former address (src/layouts/Moved.astro), which only send readers on.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.endsWith('/embed/chronology/') && !formerAddress(/\/articles\/([^/]+)\/$/.exec(path)?.[1] ?? '');
      },
    }),
  ],
  markdown: {
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkParagraphIds, remarkGlosses],
      // The annotations become plain elements as each article compiles, not components (rehype-annotations.ts).
      rehypePlugins: [[rehypeAnnotations, { root, base: basePath(process.env.BASE_PATH) }]],
    }),
  },
  trailingSlash: 'always',
  // Pages are generated eight at a time (Astro's `build.concurrency`), on one thread: in a rebuild most pages are
  // copied from the last build (experimental.incrementalBuild below), each copy four file operations on libuv's
  // threads, and one at a time the build waited on each of them in turn (README, "Performance").
  build: { format: 'directory', concurrency: 8 },
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  experimental: {
    // Article and source pages whose data did not change are copied from the last build (src/lib/page-keys.ts).
    incrementalBuild: true,
    // The content store (every article's HTML) is written and read back in 1 MiB parts instead of one file that
    // the build imports as a single string literal: V8 compiles such a literal in time that grows faster than its
    // size (88 s for the 106 MB store of 5,000 articles, 6 s in 1 MiB parts). README, "Performance".
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  vite: {
    build: {
      // scripts/build.ts builds into a folder of its own, which it empties and then fills with the last site's pages
      // that Astro is to leave where they are (scripts/last-pages.ts); anywhere else the output folder is emptied.
      emptyOutDir: process.env.ASTRO_OUT_DIR === undefined,
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler warns about
        // on every article; harmless, and tracked upstream as withastro/astro#18087.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
