import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { type Served, serve } from '../../scripts/browser/serve.ts';
import { xmlErrors } from '../xml.ts';

let site: Served;
let blog: { url: string; server: Server };
let browser: Browser;
let dist: string;

/** A blogger's page on another origin (another port), holding the snippets this test puts in it. */
const pages = new Map<string, string>();

beforeAll(async () => {
  dist = inject('dist');
  site = await serve(dist);
  const server = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(pages.get(request.url ?? '/') ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  blog = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((done) => blog?.server.close(done));
});

const MEETING = '2015-09-28-cexf5w';

/** A page of the blog with the snippet the archive's /embed/ page gives, addresses pointing at the test's archive. */
function blogPage(path: string, body: string): string {
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><title>A blog</title></head><body><h1>A blog post</h1>${body}</body></html>`,
  );
  return `${blog.url}${path}`;
}

/** The snippet of a kind from the built /embed/ page, with the archive's configured address replaced by the test's. */
function snippet(kind: string, query = ''): string {
  const page = fromHtml(readFileSync(join(dist, 'embed', 'index.html'), 'utf8'));
  const code = select(`[data-snippet="${kind}"]`, page);
  if (!code) throw new Error(`/embed/ has no ${kind} snippet`);
  const text = toText(code, { whitespace: 'pre' });
  return text
    .replaceAll('http://localhost:4321', site.url)
    .replace('/embed/chronology/"', `/embed/chronology/${query}"`);
}

async function visit(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(url);
  return page;
}

describe('the chronology in an iframe on another site', () => {
  it('takes the height of its content through the snippet’s message listener', async () => {
    const page = await visit(blogPage('/iframe', snippet('iframe')));
    const frame = page.locator('iframe');
    await expect.poll(() => frame.getAttribute('height')).not.toBe('520');
    const inner = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(Number(await frame.getAttribute('height'))).toBe(inner);
    await page.close();
  });

  it('shows the event its ?event= names, inside the iframe', async () => {
    const page = await visit(blogPage('/deep', snippet('iframe', `?theme=syria&event=${MEETING}`)));
    const inside = page.frameLocator('iframe');
    await expect
      .poll(() => inside.locator('.chart-panel h3').innerText())
      .toBe('Putin and Obama meet at the UN General Assembly');
    expect(await inside.locator('svg.chrono g.lane').count()).toBe(1);
    await page.close();
  });

  it('opens the archive in the top window from its links', async () => {
    const page = await visit(blogPage('/links', snippet('iframe')));
    const inside = page.frameLocator('iframe');
    await inside.locator('.chart-tools select').first().waitFor();
    await inside.locator('.embed-title a').click();
    await page.waitForURL(`${site.url}/chronology/`);
    await page.close();
  });
});

describe('the chronology element on another site', () => {
  it('draws the chosen theme’s years in a shadow root, its data fetched from the archive', async () => {
    const element = snippet('element').replace('<mw-chronology>', '<mw-chronology theme="iraq" from="2003" to="2003">');
    const page = await visit(blogPage('/element', `<style>svg { display: none }</style>${element}`));
    const host = page.locator('mw-chronology');
    await expect.poll(() => host.locator('svg.chrono g.lane').count()).toBe(1);
    expect(await host.locator('svg.chrono g.lane').getAttribute('data-lane')).toBe('iraq');
    expect(await host.locator('svg.chrono').isVisible()).toBe(true);
    expect(await host.locator('svg.chrono').getAttribute('data-domain')).toBe('2003-01-01/2003-12-31');
    await page.close();
  });

  it('redraws when its attributes change', async () => {
    const page = await visit(blogPage('/change', snippet('element')));
    const host = page.locator('mw-chronology');
    await expect.poll(() => host.locator('svg.chrono g.lane').count()).toBeGreaterThan(1);
    await host.evaluate((element) => element.setAttribute('theme', 'syria'));
    await expect.poll(() => host.locator('svg.chrono g.lane').count()).toBe(1);
    expect(await host.locator('svg.chrono a.event').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the chronology as files', () => {
  it('has a standalone SVG for the whole and for each theme, well-formed, with a title and a description', () => {
    for (const name of ['chronology', 'chronology-iraq', 'chronology-syria', 'chronology-reset', 'chronology-iran']) {
      const svg = readFileSync(join(dist, 'embed', `${name}.svg`), 'utf8');
      expect(xmlErrors(svg), name).toEqual([]);
      expect(svg).toMatch(/<title>Moscow–Washington chronology[^<]*<\/title><desc>\d+ dated events/);
    }
  });

  it('publishes chronology.json valid under its published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(dist, 'data', 'chronology.schema.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(dist, 'data', 'chronology.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, events: [{ id: 'x' }] })).toBe(false);
  });

  it('publishes chronology.csv that a CSV parser reads back to the same events', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data', 'chronology.json'), 'utf8')) as {
      events: { id: string; title: string; edtf: string }[];
    };
    const rows = parse(readFileSync(join(dist, 'data', 'chronology.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => [row['id'], row['edtf'], row['title']])).toEqual(
      data.events.map((event) => [event.id, event.edtf, event.title]),
    );
  });
});
