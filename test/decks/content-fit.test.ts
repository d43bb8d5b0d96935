/**
 * Every deck made from the bundled content (routines/) fits its slides: nothing runs into the
 * footer or off the side, at the slide's own text size or at 90% (the build's fit step makes a long
 * slide's text smaller, down to 80%, before it fails). Long text in a YAML file fails here, naming
 * the deck and the slide.
 */
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { fitDecks } from '../../src/decks/fit.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';

let browser: BrowserContext;
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

  it('fit every slide at its own text size, or at 90% where the build makes a long slide smaller', async () => {
    // The build's own fit step (src/decks/fit.ts): it throws, naming the text, for a slide that
    // does not fit even at 80%. English, the language the content is written in, must not need 80%.
    const fitted = await fitDecks(
      () => Promise.resolve(browser),
      library,
      templateEnv('templates'),
      allDecks(library),
    );
    const smallest = fitted.flatMap((plan) =>
      plan.slides.flatMap((slide, i) =>
        slide.textSize !== undefined && slide.textSize < 90
          ? [`${plan.id}: slide ${i + 1} "${slide.title}" at ${slide.textSize}%`]
          : [],
      ),
    );
    expect(smallest).toEqual([]);
  });

  it('fit in Spanish too, as the build fits them (down to 80%), so `npm run build` makes every deck', async () => {
    // Spanish runs longer: a slide may need 80% here, but one that does not fit even then stops the
    // build (seen on a fresh clone: the Spanish glute bridge slide with its routine note, 71 px too
    // tall, once a wide moving figure took the words' room). fitDecks throws, naming the text.
    const spanish = await loadLibrary(path.join(projectRoot, 'routines'), { language: 'es' });
    const fitted = await fitDecks(
      () => Promise.resolve(browser),
      spanish,
      templateEnv('templates'),
      allDecks(spanish),
    );
    expect(fitted.map((plan) => plan.id).sort()).toEqual(
      allDecks(spanish)
        .map((plan) => plan.id)
        .sort(),
    );
  });

  it('fit every notes page: no text runs off the page', async () => {
    const problems = await withPage(browser, async (page) => {
      await page.setJavaScriptEnabled(false);
      const found: string[] = [];
      for (const plan of allDecks(library)) {
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
