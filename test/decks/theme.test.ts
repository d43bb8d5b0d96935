/**
 * The clinic's theme (issue 17): settings.yaml `theme` (test/fixtures/theme/: forest green, warm
 * yellow, an off-white background, a serif font and a logo) shows in the HTML deck, its PDF and its
 * PowerPoint file; axe finds nothing on the themed deck; handouts stay black on white with the logo.
 * A pair of colours under 4.5:1 is refused by `npm run check`, at the setting's line.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeck } from '../../src/decks/build.ts';
import { deckPptx } from '../../src/decks/pptx.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import { templateEnv } from '../../src/render/env.ts';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { pixelsNear, renderPages } from '../helpers/pdf-raster.ts';
import { buildFixtureDecks, openDeck, printDecks, type BuiltDecks } from './fixture.ts';
import { ownDeckId } from './own-slides.ts';
import { readPptx, type PptxFacts } from './pptx-read.ts';

/** The colours of test/fixtures/theme/settings.yaml. */
const theme = { primary: '#1d5b3a', accent: '#f2c14e', text: '#1a1a1a', background: '#fffdf7' };
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const pptxHex = (hex: string) => hex.slice(1).toUpperCase();

let browser: BrowserContext;
let decks: BuiltDecks;
let work: string;
let plan: DeckPlan;
let pptx: PptxFacts;

beforeAll(async () => {
  work = await tempWorkFolder('theme');
  decks = await buildFixtureDecks(work, {
    overlay: [path.join('test', 'fixtures', 'own-slides'), path.join('test', 'fixtures', 'theme')],
  });
  const found = decks.plans.find((p) => p.id === ownDeckId);
  if (!found) throw new Error('the own-slides deck was not planned');
  plan = found;
  browser = await testBrowser();
  const context = { library: decks.library, templates: templateEnv('templates') };
  await printDecks(await writeDeck(context, plan, [work], { slides: true, notes: false }), browser);
  pptx = await readPptx(await deckPptx(decks.library, plan, browser));
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});

describe('a deck in the clinic theme', () => {
  it('shows the theme colours, font and logo in the HTML deck', async () => {
    const { page } = await openDeck(browser, decks.url(ownDeckId));
    try {
      const look = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          return getComputedStyle(element);
        };
        const logo = document.querySelector<HTMLImageElement>('#slide-1 .slide__logo');
        return {
          titleBackground: style('#slide-1').backgroundColor,
          titleText: style('#slide-1 .slide__title').color,
          titleKicker: style('#slide-1 .slide__kicker').color,
          slideBackground: style('#slide-3').backgroundColor,
          slideText: style('#slide-3 .slide__title').color,
          link: style('#slide-3 .rich a').color,
          badge: style('#slide-8 .slide__dose').backgroundColor,
          font: style('#slide-3').fontFamily,
          logo: logo ? { alt: logo.alt, width: logo.naturalWidth } : null,
        };
      });
      const { font, ...colours } = look;
      expect(font).toMatch(/^Georgia,/);
      expect(colours).toEqual({
        titleBackground: rgb(theme.primary),
        titleText: rgb(theme.background),
        titleKicker: rgb(theme.accent),
        slideBackground: rgb(theme.background),
        slideText: rgb(theme.text),
        link: rgb(theme.primary),
        badge: rgb(theme.primary),
        logo: { alt: 'Riverside Running Physio logo', width: 240 },
      });
    } finally {
      await page.close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA) on any of its slides', async () => {
    const { page } = await openDeck(browser, decks.url(ownDeckId));
    try {
      // Every slide at once, as the page is without the runtime.
      await page.evaluate(() => document.documentElement.classList.remove('js'));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('prints title and section slides on the primary colour, the others on the background', async () => {
    const [title, section, picture] = await renderPages(
      path.join(work, `${ownDeckId}.pdf`),
      24,
      [1, 2, 3],
    );
    if (!title || !section || !picture) throw new Error('the PDF has no pages 1 to 3');
    const share = (raster: typeof title, hex: string) =>
      pixelsNear(raster, hex, 12) / (raster.width * raster.height);
    expect(share(title, theme.primary)).toBeGreaterThan(0.7);
    expect(share(section, theme.primary)).toBeGreaterThan(0.7);
    expect(share(picture, theme.background)).toBeGreaterThan(0.4);
  });

  it('gives the PowerPoint file the theme colours, font and logo', () => {
    const masters = pptx.backgrounds.join('\n');
    expect(masters).toContain(`<a:srgbClr val="${pptxHex(theme.primary)}"`);
    expect(masters).toContain(`<a:srgbClr val="${pptxHex(theme.background)}"`);
    const [title, , , , , , , exercise] = pptx.slides;
    // The kicker above the title in the accent colour, the logo with its alt text.
    expect(title?.xml).toContain(`<a:srgbClr val="${pptxHex(theme.accent)}"`);
    expect(title?.xml).toMatch(/<p:pic>[\s\S]*descr="Riverside Running Physio logo"/);
    expect(exercise?.xml).toMatch(
      new RegExp(`<a:solidFill><a:srgbClr val="${pptxHex(theme.primary)}"/></a:solidFill>`),
    );
    expect(exercise?.xml).toContain(`<a:srgbClr val="${pptxHex(theme.text)}"`);
    expect(pptx.slides.every((slide) => !slide.xml.includes('typeface="Arial"'))).toBe(true);
    expect(exercise?.xml).toContain('typeface="Georgia"');
    expect(pptx.slides.every((slide) => !slide.xml.includes('0B3D91'))).toBe(true);
  });

  it('leaves handouts black on white, with the logo', async () => {
    const html = await handoutHtml(decks.library, templateEnv('templates'), 'side-hip-starter', {
      paper: 'letter',
      large: false,
      date: new Date('2026-12-03'),
    });
    expect(html).toContain('class="clinic__logo" src="data:image/svg+xml;base64,');
    expect(html.toLowerCase()).not.toContain(theme.primary);
    expect(html.toLowerCase()).not.toContain(theme.background);
  });
});

describe('a theme whose colours are too close', () => {
  it('is refused by npm run check, naming each setting at its line with a colour that passes', async () => {
    const content = await fixtureLibrary('theme-contrast');
    try {
      const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: content });
      expect(result.code).not.toBe(0);
      expect(normalise(result.stderr, content)).toContain(
        [
          'routines/settings.yaml:12:12: theme.primary has a contrast of 2.9:1 with #ffffff (headings, links and title slides); text needs at least 4.5:1 (WCAG AA) (got "#6fa287") Hint: Use #537a65 or another primary colour with more contrast against #ffffff.',
          'routines/settings.yaml:13:11: theme.accent has a contrast of 1.4:1 with #6fa287 (highlights on title and section slides); text needs at least 4.5:1 (WCAG AA) (got "#8fbfa0") Hint: Use #243028 or another accent colour with more contrast against #6fa287.',
        ].join('\n'),
      );
    } finally {
      await removeFixture(content);
    }
  });

  it('measures contrast as WCAG does, and knows the website colours of site.css', async () => {
    const { contrast } = await import('../../src/model/colour.ts');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    const { siteDefaults } = await import('../../src/model/palette.ts');
    const css = await readFile('src/site/styles/site.css', 'utf8');
    expect(css).toContain(`--paper: ${siteDefaults.paper};`);
    expect(css).toContain(`--ink: ${siteDefaults.ink};`);
  });
});
