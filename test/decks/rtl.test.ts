/**
 * Issue 18: a right-to-left clinic name on the slides. The clinic (Hebrew, test/fixtures/handout-rtl/)
 * appears above the title on the first slide and in every slide's footer, between the "education,
 * not diagnosis" note and the slide number: each time in a `<bdi>` of its own, laid out right to
 * left, with the note before it and the number after it.
 */
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { deckForRoutine } from '../../src/decks/plan.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { lookup } from '../../src/model/lookup.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

const clinic = 'מרפאת הנהר';

let content: string;
let browser: BrowserContext;
let html: string;

beforeAll(async () => {
  content = await fixtureLibrary('handout-rtl');
  const library = await loadLibrary(content);
  const templates = templateEnv(path.join(projectRoot, 'templates'));
  const routine = lookup(library, 'routine', 'side-hip-starter');
  html = await deckHtml(library, templates, deckForRoutine(library, routine));
  browser = await testBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(content);
});

describe('a right-to-left clinic name on the slides', () => {
  it('is isolated on every slide, between the note and the slide number', async () => {
    await withPage(browser, async (page) => {
      await page.setViewport({ width: 1280, height: 720 });
      await page.setContent(html, { waitUntil: 'load' });
      const seen = await page.evaluate((name) => {
        const holders: { tag: string; direction: string }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.textContent?.includes(name)) {
            const bdi = node.parentElement?.closest('bdi');
            holders.push({
              tag: bdi?.tagName ?? 'none',
              direction: bdi ? getComputedStyle(bdi).direction : '',
            });
          }
        const footer = document.querySelector('.slide.is-current .slide__footer, .slide__footer');
        const left = (selector: string) =>
          footer?.querySelector(selector)?.getBoundingClientRect().left ?? Number.NaN;
        return {
          holders,
          slides: document.querySelectorAll('.slide').length,
          kicker: document.querySelector('.slide--title .slide__kicker')?.innerHTML,
          order: [left('.slide__note'), left('.slide__clinic'), left('.slide__number')],
        };
      }, clinic);
      expect(seen.slides).toBeGreaterThan(3);
      expect(seen.kicker).toBe(`<bdi>${clinic}</bdi>`);
      // Above the title once, and in the footer of every slide.
      expect(seen.holders).toHaveLength(seen.slides + 1);
      for (const holder of seen.holders) expect(holder).toEqual({ tag: 'BDI', direction: 'rtl' });
      const [note = Number.NaN, name = Number.NaN, number = Number.NaN] = seen.order;
      expect(note).toBeLessThan(name);
      expect(name).toBeLessThan(number);
    });
  });
});
