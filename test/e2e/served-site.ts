import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { type Served, serve } from '../../scripts/browser/serve.ts';

/** The built site, served, and a Chromium to read it with; set before a file's tests run. */
export interface ServedSite {
  site: Served;
  browser: Browser;
}

/**
 * Serves the site the global setup built and launches Chromium before the calling file's tests, and closes both
 * after them. The object it returns is filled in by then.
 */
export function servedSite(): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    served.site = await serve(inject('dist'));
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}
