/**
 * Every bundled deck fits the screens a coach or a runner uses: a phone, a tablet both ways, a
 * projector and a large monitor. Phones and tablets are emulated with touch and mobile layout, where
 * a slide sized from `innerWidth` was cut off at both sides. The whole slide must be inside the
 * viewport and as large as it can be (touching two opposite edges).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeck } from '../../src/decks/build.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';

const screens = [
  { width: 390, height: 844, mobile: true },
  { width: 768, height: 1024, mobile: true },
  { width: 1024, height: 768, mobile: true },
  { width: 1280, height: 720, mobile: false },
  { width: 1920, height: 1080, mobile: false },
] as const;

let browser: BrowserContext;
let work: string;
let plans: DeckPlan[];

beforeAll(async () => {
  work = await tempWorkFolder('decks-screens');
  const library = await loadLibrary(path.join(projectRoot, 'routines'));
  plans = allDecks(library);
  const context = { library, templates: templateEnv('templates') };
  for (const plan of plans) await writeDeck(context, plan, [work], { slides: false, notes: false });
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await rm(work, { recursive: true, force: true });
});

/** How the slide on screen sits in the viewport: "" when it fits exactly, else what is wrong. */
async function misfit(page: Page): Promise<string> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide.is-current');
    if (!slide) return 'no slide showing';
    const box = slide.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const round = (n: number) => Math.round(n);
    const where = `slide at ${round(box.left)},${round(box.top)} to ${round(box.right)},${round(box.bottom)} in ${width}×${height}`;
    const slack = 1; // sub-pixel rounding of the scale
    const inside =
      box.left >= -slack &&
      box.top >= -slack &&
      box.right <= width + slack &&
      box.bottom <= height + slack;
    if (!inside) return `cut off: ${where}`;
    const fillsWidth = box.left <= slack && box.right >= width - slack;
    const fillsHeight = box.top <= slack && box.bottom >= height - slack;
    if (!fillsWidth && !fillsHeight) return `smaller than it could be: ${where}`;
    return '';
  });
}

describe('every bundled deck on every screen', () => {
  for (const screen of screens) {
    it(`shows the whole slide at ${screen.width} × ${screen.height}`, async () => {
      const page = await browser.newPage();
      try {
        page.setDefaultTimeout(15_000);
        await page.setViewport({
          width: screen.width,
          height: screen.height,
          isMobile: screen.mobile,
          hasTouch: screen.mobile,
        });
        const problems: string[] = [];
        for (const plan of plans) {
          // The first exercise slide: the widest content of a deck.
          const exercise = plan.slides.findIndex((slide) => slide.kind === 'exercise') + 1;
          const url = pathToFileURL(path.join(work, `${plan.id}.html`)).href;
          await page.goto(`${url}#${Math.max(1, exercise)}`, { waitUntil: 'load' });
          const wrong = await misfit(page);
          if (wrong) problems.push(`${plan.id}: ${wrong}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('fits again when the window changes size, as when a phone turns', async () => {
    const page = await browser.newPage();
    try {
      const plan = plans[0];
      if (!plan) throw new Error('no decks');
      await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
      await page.goto(pathToFileURL(path.join(work, `${plan.id}.html`)).href, {
        waitUntil: 'load',
      });
      expect(await misfit(page)).toBe('');
      await page.setViewport({ width: 844, height: 390, isMobile: true, hasTouch: true });
      await page.waitForFunction(
        () =>
          (document.querySelector('.slide.is-current')?.getBoundingClientRect().height ?? 0) > 380,
      );
      expect(await misfit(page)).toBe('');
    } finally {
      await page.close();
    }
  });
});
