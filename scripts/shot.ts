import { launchChromium } from './browser/launch.ts';
import { serve } from './browser/serve.ts';

const site = await serve('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.text()));
for (const q of ['Lavrov', 'Лавров', '"reset button"', 'zzzzqq']) {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '');
  await page.waitForTimeout(300);
  console.log(
    q,
    '→',
    await page.locator('#search-status').innerText(),
    (await page.locator('#search-results h2').allInnerTexts()).slice(0, 5),
  );
}
await page.goto(`${site.url}/search/?q=Lavrov&sort=newest&type=article`);
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/search.png' });
await browser.close();
await site.close();
