/**
 * Every deck made from the bundled content (routines/) fits its slides: nothing runs into the
 * footer or off the side. Long text in a YAML file fails here, naming the deck and the slide.
 */
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';

let browser: Browser;
let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
});

describe('the bundled decks', () => {
  it('include one deck per routine and the "Hip pain after running" talk', () => {
    const ids = allDecks(library).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(Object.keys(library.routines)));
    expect(ids).toContain('hip-pain-after-running');
  });

  it('fit every slide and notes page: no text runs into the footer or off the page', async () => {
    const problems = await withPage(browser, async (page) => {
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1280, height: 720 });
      const found: string[] = [];
      for (const plan of allDecks(library)) {
        await page.setContent(await deckHtml(library, templateEnv('templates'), plan), {
          waitUntil: 'load',
        });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const overflowing = await page.$$eval('.slide', (slides) =>
          slides.flatMap((slide) => {
            const body = slide.querySelector('.slide__body');
            const footer = slide.querySelector('.slide__footer');
            if (!body || !footer) return [`${slide.id} has no body or footer`];
            const bottom = Math.max(
              ...Array.from(body.querySelectorAll('*'), (el) => el.getBoundingClientRect().bottom),
            );
            const over = Math.ceil(bottom - footer.getBoundingClientRect().top);
            const wide = body.scrollWidth - body.clientWidth;
            return over > 0 || wide > 0
              ? [
                  `${slide.id} "${slide.getAttribute('data-title') ?? ''}" ${over} px too tall, ${wide} px too wide`,
                ]
              : [];
          }),
        );
        found.push(...overflowing.map((p) => `${plan.id}: ${p}`));
        const notes = await deckHtml(library, templateEnv('templates'), plan, { printNotes: true });
        await page.setContent(notes, { waitUntil: 'load' });
        const cut = await page.$$eval('.notes-page', (pages) =>
          pages.flatMap((notesPage, i) =>
            notesPage.scrollHeight > notesPage.clientHeight ||
            notesPage.scrollWidth > notesPage.clientWidth
              ? [`notes page ${i + 1} runs over`]
              : [],
          ),
        );
        found.push(...cut.map((p) => `${plan.id}: ${p}`));
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
});
