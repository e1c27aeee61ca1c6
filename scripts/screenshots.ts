import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './browser/launch.ts';
import { serve } from './browser/serve.ts';

/**
 * `npm run screenshots -- /path/a/ /path/b/#anchor [--full]`: photographs built pages from `dist/` at
 * phone and desktop widths, light and dark, into `screenshots/`, for a person to look at: the first
 * screen (or the screen at the anchor), or with `--full` the whole page. Not part of the test suite.
 */
const root = resolve(import.meta.dirname, '..');
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const fullPage = process.argv.includes('--full');
const out = resolve(root, 'screenshots');
mkdirSync(out, { recursive: true });
const site = await serve(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme });
        await page.goto(site.url + path);
        const name = `${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: resolve(out, name), fullPage });
        await page.close();
        console.log(`screenshots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
