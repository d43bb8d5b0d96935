/**
 * The figures reach every output: a routine page on the website (and pass axe there), a printed
 * handout PDF, and a deck slide. Content: the valid fixture library with a drawn clamshell and a
 * clinic photo for the glute bridge (test/fixtures/figure-card/).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { allDecks } from '../../src/decks/plan.ts';
import { accent, workCore } from '../../src/figures/svg.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { axeViolations } from '../helpers/axe.ts';
import { pixelsNear, renderPages } from '../helpers/pdf-raster.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { buildAndServe, type TestSite } from '../site/helpers.ts';

const startAlt =
  'Clamshell, start position: lying on your side, both hips bent, both knees bent, a band around your knees, top leg highlighted. Arrow: your top knee moves up.';
const credit = 'Picture: Riverside Physio Clinic, CC BY 4.0';

let content: string;
let library: Library;
let browser: BrowserContext;

beforeAll(async () => {
  content = await fixtureLibrary('figure-card');
  library = await loadLibrary(content);
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(content);
});

describe('figures in the website', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildAndServe('figures-site', content);
  });
  afterAll(async () => site.close());

  /** The clamshell's figures as the page shows them: alt text, width (0 when hidden), file. */
  const shown = (page: Page) =>
    page.$$eval('[data-figure-slot="clamshell"] img', (images) =>
      images.map((image) => ({
        label: image.alt,
        width: image.getBoundingClientRect().width,
        loaded: image.naturalWidth > 0,
        src: image.getAttribute('src') ?? '',
      })),
    );
  const visible = (figures: Awaited<ReturnType<typeof shown>>) =>
    figures.filter((f) => f.width > 50).map((f) => f.label.split(/[:.]/)[0]);
  /** The site's figure files, each once: "clamshell-moving-<hash>.svg" → its text. */
  const figureFiles = async () => {
    const folder = path.join(site.root, 'figures');
    const names = await readdir(folder);
    return new Map(
      await Promise.all(
        names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const),
      ),
    );
  };

  it('shows the moving figure and the credited photo on a routine page, with no axe violations', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto(`${site.url}routines/side-hip-starter/`, {
        waitUntil: 'load',
      });
      expect(response?.status()).toBe(200);
      const figures = await shown(page);
      expect(figures.map((f) => f.label)).toEqual([
        expect.stringMatching(
          /^Clamshell, moving from the start position to the end position and back\. Clamshell, start position: /,
        ),
        startAlt,
        expect.stringMatching(/^Clamshell, end position: /),
      ]);
      // Each drawing is a file of the site, written once, and the page has no drawing inline.
      expect(figures.map((f) => f.src.slice(site.base.length))).toEqual([
        expect.stringMatching(/^figures\/clamshell-moving-[\w-]{10}\.svg$/),
        expect.stringMatching(/^figures\/clamshell-start-[\w-]{10}\.svg$/),
        expect.stringMatching(/^figures\/clamshell-end-[\w-]{10}\.svg$/),
      ]);
      expect(figures.map((f) => f.loaded)).toEqual([true, true, true]);
      expect(await page.$$eval('svg', (svgs) => svgs.length)).toBe(0);
      const files = await figureFiles();
      expect([...files.keys()].filter((name) => name.startsWith('clamshell-')).sort()).toEqual(
        figures.map((f) => f.src.slice(`${site.base}figures/`.length)).sort(),
      );
      // The animation is in the moving figure's file only; the alt text is in the page, not in the files.
      expect(
        figures.map((f) =>
          files.get(f.src.slice(`${site.base}figures/`.length))?.includes('<animate'),
        ),
      ).toEqual([true, false, false]);
      for (const text of files.values()) expect(text).not.toMatch(/aria-label|<title>/);
      // The movement plays (SMIL runs inside an <img>); the stills wait for print and for reduced motion.
      expect(visible(figures)).toEqual([
        'Clamshell, moving from the start position to the end position and back',
      ]);
      const moving = await page.$('[data-figure-slot="clamshell"] .exercise-figure--motion img');
      const frames = new Set<string>();
      for (let i = 0; i < 4; i++) {
        frames.add(
          Buffer.from((await moving?.screenshot({ encoding: 'binary' })) ?? []).toString('base64'),
        );
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      expect(frames.size).toBeGreaterThan(1);
      const photo = await page.$eval('[data-figure-slot="glute-bridge"] figure', (figure) => ({
        loaded: (figure.querySelector('img')?.naturalWidth ?? 0) > 0,
        credit: figure.querySelector('figcaption')?.textContent,
        src: figure.querySelector('img')?.getAttribute('src') ?? '',
        // Its size in the page before the file loads (the photo is 8 × 6 pixels).
        size: [
          figure.querySelector('img')?.getAttribute('width'),
          figure.querySelector('img')?.getAttribute('height'),
        ],
      }));
      expect(photo).toEqual({
        loaded: true,
        credit,
        src: expect.stringMatching(/figures\/glute-bridge-picture-1-[\w-]{10}\.png$/) as string,
        size: ['8', '6'],
      });
      // The clinic's photo is a file of the site too, written once, its bytes those of routines/media/.
      const photoFile = photo.src.slice(`${site.base}figures/`.length);
      expect([...(await figureFiles()).keys()].filter((name) => name.includes('picture'))).toEqual([
        photoFile,
      ]);
      expect(await readFile(path.join(site.root, 'figures', photoFile))).toEqual(
        await readFile(path.join(content, 'media/glute-bridge.png')),
      );
      expect(await page.content()).not.toContain('data:image');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('shows the same figure files on the exercise page', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`${site.url}routines/side-hip-starter/`, { waitUntil: 'load' });
      const onRoutine = (await shown(page)).map((f) => f.src);
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      expect((await shown(page)).map((f) => f.src)).toEqual(onRoutine);
    });
  });

  it('shows the stills and a play switch, no animation, when the device asks for less motion', async () => {
    await withPage(browser, async (page) => {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      expect(visible(await shown(page))).toEqual([
        'Clamshell, start position',
        'Clamshell, end position',
      ]);
      const play = '[data-figure-slot="clamshell"] .exercise-figure__play';
      expect(await page.$eval(play, (label) => label.textContent.trim())).toBe('Play the movement');
      await page.click(play);
      expect(visible(await shown(page))).toEqual([
        'Clamshell, moving from the start position to the end position and back',
      ]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('prints the stills, never the moving figure', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      expect(visible(await shown(page))).toEqual([
        'Clamshell, start position',
        'Clamshell, end position',
      ]);
      const play = await page.$eval(
        '[data-figure-slot="clamshell"] .exercise-figure__play',
        (label) => label.getBoundingClientRect().height,
      );
      expect(play).toBe(0);
    });
  });

  it('puts the figure first in a card on a phone (390 × 844)', async () => {
    await withPage(browser, async (page) => {
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(`${site.url}routines/side-hip-starter/`, { waitUntil: 'load' });
      const order = await page.$eval(
        '.exercise-card:has([data-figure-slot="clamshell"])',
        (card) => {
          const top = (selector: string) =>
            card.querySelector(selector)?.getBoundingClientRect().top ?? -1;
          return {
            figure: top('.exercise-card__figure'),
            name: top('.exercise-card__name'),
            card: card.getBoundingClientRect().top,
          };
        },
      );
      expect(order.figure).toBeLessThan(order.name);
      // Nothing of the card above it: the figure is the first thing in it.
      expect(order.figure - order.card).toBeLessThan(30);
    });
  });
});

describe('figures in a handout PDF', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-figures-pdf-'));
  });
  afterAll(async () => rm(folder, { recursive: true, force: true }));

  it('prints the drawn figures and the photo with its credit', async () => {
    const html = await handoutHtml(library, templateEnv('templates'), 'side-hip-starter', {
      paper: 'a4',
      large: false,
      date: new Date(Date.UTC(2026, 0, 1)),
    });
    expect(html).toContain(`aria-label="${startAlt}"`);
    const file = path.join(folder, 'side-hip-starter-a4.pdf');
    await renderPdfs([{ source: { html }, what: 'The handout', files: [file] }], {
      label: 'handouts',
      browser: () => Promise.resolve(browser),
      stream: { write: () => true },
    });
    const pdf = await readPdf(file);
    const text = pdf.text.join(' ');
    expect(text).toContain(credit);
    expect(text).toMatch(/Start End/);
    // The figures are vector drawings, so look at the printed pages (at 150 dpi: the figures are small): the colours of the
    // clamshell's working leg and arrow are there (nothing else on a handout uses them).
    // The safety box and summary come first, so the card may start on page 2: look at every page.
    const pages = await renderPages(file, 150);
    const coloured = pages.map((page) => pixelsNear(page, accent) + pixelsNear(page, workCore));
    expect(Math.max(...coloured)).toBeGreaterThan(10);
  });
});

describe('figures in a deck', () => {
  it('puts the figures on the exercise slide', async () => {
    const plan = allDecks(library).find((p) => p.id === 'side-hip-starter');
    if (!plan) throw new Error('no deck for side-hip-starter');
    const html = await deckHtml(library, templateEnv('templates'), plan);
    const slot = /data-figure-slot="clamshell">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(slot).toContain(`<svg xmlns="http://www.w3.org/2000/svg"`);
    expect(slot).toContain(`aria-label="${startAlt}"`);
    expect(html).toContain(credit);
  });
});
