import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { type Served, serve } from '../../scripts/browser/serve.ts';

let site: Served;
let browser: Browser;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  site = await serve(inject('dist'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${site.url}/articles/the-us-and-russia-began-restart-relations/`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the reading view of seed 003 in Chromium', () => {
  it('shows the headline with its quotation marks repaired, and the standfirst', async () => {
    expect(await page.locator('h1').innerText()).toMatch(/^The U\.S\. and Russia began "restart" relations/);
    expect(await page.locator('.standfirst').innerText()).toBe(
      'The first bilateral meeting between Sergei Lavrov and Hillary Clinton',
    );
  });

  it('shows the inferred date as a machine-readable time, marked inferred, with its evidence', async () => {
    const time = page.locator('.facts time');
    expect(await time.getAttribute('datetime')).toBe('2009-03-07');
    expect(await time.innerText()).toBe('7 March 2009');
    const facts = page.locator('.facts');
    expect(await facts.innerText()).toContain('inferred');
    await page.locator('.facts summary').first().click();
    expect(await page.locator('.facts details').first().innerText()).toContain('5 December 2009');
  });

  it('shows the agency and the dateline place', async () => {
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('RIA Novosti');
    expect(facts).toContain('Geneva');
  });

  it('sets the five run-in subheadings as headings of the text', async () => {
    expect(await page.locator('.prose h2').allInnerTexts()).toEqual([
      'The US and Russia hope to the end of the year to reach a new agreement on strategic offensive arms',
      'Iran is one of the main topics of the talks',
      'Stabilization in Afghanistan - a common problem',
      'Problematic issues remain Kosovo and Georgia',
      'One practical result of the meeting has already been achieved',
    ]);
  });

  it('keeps the last paragraph and drops the Russian comment form', async () => {
    const text = await page.locator('.prose').innerText();
    expect(text).toContain('"We will press the reset button on our constructive relations"');
    expect(await page.locator('body').innerText()).not.toMatch(/Похожие|Ввести код|Ваше имя/);
  });

  it('links the repair of the headline to a note that gives the original', async () => {
    await page.locator('h1 .note-ref a').click();
    const note = page.locator('.notes li:target');
    expect(await note.innerText()).toContain('\\restart\\');
  });

  it('loads no script', () => {
    expect(scripts).toEqual([]);
  });
});
