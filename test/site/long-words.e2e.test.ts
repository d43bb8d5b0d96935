/**
 * A very long word (a web address in a step, a clinic name typed without spaces) wraps everywhere:
 * the site stays as wide as a phone, the handout keeps the clinic's phone on page 1, and a slide
 * keeps its cue on the slide (issue 18: a 300-character word made a page 9,074 px wide).
 * Fixture: test/fixtures/long-word/ (a 265-character address in a step, a 108-character cue
 * word, an 72-character clinic name).
 */
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { deckForRoutine } from '../../src/decks/plan.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { buildAndServe, type TestSite } from './helpers.ts';

let content: string;
let site: TestSite;
let browser: BrowserContext;

beforeAll(async () => {
  content = await fixtureLibrary('long-word');
  site = await buildAndServe('long-words', content);
  browser = await testBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
  await removeFixture(content);
});

describe('a very long word', () => {
  it('wraps on the exercise page on a phone, so the page is no wider than the phone', async () => {
    const width = await withPage(browser, async (page) => {
      await page.setViewport({ width: 375, height: 800 });
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      expect(await page.$eval('main', (main) => main.textContent)).toContain(
        'a-very-long-address-with-no-spaces-a-very-long',
      );
      return page.evaluate(() => document.documentElement.scrollWidth);
    });
    expect(width).toBe(375);
  });

  it("wraps in the handout, so the clinic's name and phone stay on the paper", async () => {
    const templates = templateEnv('templates');
    for (const large of [false, true]) {
      const html = await handoutHtml(site.library, templates, 'side-hip-starter', {
        paper: 'letter',
        large,
        date: new Date(0),
      });
      // Laid out as printed, on a window as wide as US Letter paper (8.5 in at 96 px an inch).
      const width = await withPage(browser, async (page) => {
        await page.emulateMediaType('print');
        await page.setViewport({ width: 816, height: 1056 });
        await page.setContent(html, { waitUntil: 'load' });
        expect(await page.$eval('.clinic', (clinic) => clinic.textContent)).toContain('555-0100');
        return page.evaluate(() => document.documentElement.scrollWidth);
      });
      expect(width, large ? 'large print' : 'regular print').toBe(816);
    }
  });

  it('wraps on the exercise slide, so the cue stays on the slide', async () => {
    const routine = site.library.routines['side-hip-starter'];
    if (!routine) throw new Error('the fixture has no side-hip-starter routine');
    const plan = deckForRoutine(site.library, routine);
    const html = await deckHtml(site.library, templateEnv('templates'), plan);
    const overflow = await withPage(browser, async (page) => {
      // Without the deck's script every slide is laid out, one under the other.
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1280, height: 720 });
      await page.setContent(html, { waitUntil: 'load' });
      return page.$$eval('.slide', (slides) =>
        slides.map((slide) => ({
          cue: slide.textContent.includes('Keepgoinggoing'),
          right: Math.max(
            ...Array.from(slide.querySelectorAll('*'), (e) => e.getBoundingClientRect().right),
          ),
        })),
      );
    });
    expect(overflow.filter((slide) => slide.cue)).toHaveLength(1);
    expect(overflow.map((slide) => slide.right <= 1280)).not.toContain(false);
  });
});
