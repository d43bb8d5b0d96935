/**
 * `npm run figures` on a fixture library: the review sheet appears in <output>/figures/ as HTML and
 * as a PNG screenshot taken in Chromium, with nothing half-written left behind. Every drawn
 * exercise of the bundled library has a strip of 5 frames of its movement, which differ; in
 * Chromium the sheet plays the moving figure, and for reduced motion shows the stills and a switch.
 */
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSheet, contactSheetTemplate } from '../../src/figures/contact-sheet.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { textOf } from '../domain/html-text.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { englishIn, withoutNames } from '../helpers/english-words.ts';
import { fixtureLibrary, fixturesRoot, normalise, removeFixture } from '../helpers/fixtures.ts';

let content: string;
let output: string;
let browser: BrowserContext;

const sheetHtml = (library: Library) =>
  templateEnv('templates').render(contactSheetTemplate, contactSheet(library).view);

beforeAll(async () => {
  content = await fixtureLibrary('figure-card');
  output = await tempWorkFolder('figures');
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(content);
  await rm(output, { recursive: true, force: true });
});

describe('npm run figures', () => {
  it('writes the contact sheet as HTML and PNG', async () => {
    const result = await runCli(['figures'], {
      ROUTINE_PRESS_CONTENT: content,
      ROUTINE_PRESS_OUTPUT: output,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(normalise(result.stdout, output)).toBe(
      'Figures for 3 exercises: 1 drawn, 1 with their own pictures, 1 with none.\n' +
        '  routines/figures/contact-sheet.html\n  routines/figures/contact-sheet.png\n',
    );
    const folder = path.join(output, 'figures');
    expect((await readdir(folder)).sort()).toEqual(['contact-sheet.html', 'contact-sheet.png']);

    const html = await readFile(path.join(folder, 'contact-sheet.html'), 'utf8');
    expect(html.match(/<section id="[a-z-]+">/g)).toEqual([
      '<section id="clamshell">',
      '<section id="glute-bridge">',
      '<section id="hip-swing">',
    ]);
    expect(html).toContain('<title>Exercise figures: contact sheet</title>');
    expect(html).toContain('<h1>Exercise figures (3 exercises)</h1>');
    expect(html).toContain('<h2>Clamshell <small>(clamshell)</small></h2>');
    expect(html).toContain('<p><strong>Step 1:</strong> Lie on your side');
    // The clamshell: the moving figure, start, end, and the strip of 5 frames of the movement.
    expect(html.match(/<svg /g)).toHaveLength(8);
    const strip = /<ol class="strip">(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
    expect(
      strip
        .match(/<li><svg [^>]*aria-label="([^"]*)"/g)
        ?.map((m) => /aria-label="([^"]*)"/.exec(m)?.[1]),
    ).toEqual(
      [0, 25, 50, 75, 100].map(
        (n) => `Clamshell, ${n}% of the way from the start position to the end position`,
      ),
    );
    expect(strip.match(/<\/svg>[^<]*<\/li>/g)).toEqual(
      ['0%', '25%', '50%', '75%', '100%'].map((label) => `</svg>${label}</li>`),
    );
    expect(html).toContain('Picture: Riverside Physio Clinic, CC BY 4.0');
    expect(html).toContain('<p class="missing">No figure and no picture.</p>');

    const png = PNG.sync.read(await readFile(path.join(folder, 'contact-sheet.png')));
    expect(png.width).toBe(1500);
    expect(png.height).toBeGreaterThan(300);
    // Something was drawn: the core colour of the working leg is on the page.
    let core = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i] === 0xf5 && png.data[i + 1] === 0x9e && png.data[i + 2] === 0x4b) core++;
    expect(core).toBeGreaterThan(50);
  });

  it('warns when an arrow is asked for but its point does not move', async () => {
    const library = await loadLibrary(content);
    const clamshell = library.exercises['clamshell'];
    if (!clamshell?.figure) throw new Error('the fixture clamshell has a figure');
    const still = { ...clamshell, figure: { start: clamshell.figure.start, end: {} } };
    const html = sheetHtml({ ...library, exercises: { clamshell: still } });
    expect(html).toContain(
      '<p class="missing">The start arrow at near-knee is not drawn: that point hardly moves between start and end.</p>',
    );
    expect(sheetHtml(library)).not.toContain('is not drawn');
  });
});

describe('the contact sheet in Spanish', () => {
  /**
   * What a reviewer reads on the sheet: the text and alt texts, without the styles and without
   * each exercise's id (its file name, "(foam-roll-buttock)": a name, not a word to translate).
   */
  const readable = (html: string, library: Library) => {
    const shown = html.replace(/<style\b[\s\S]*?<\/style>|<small>[^<]*<\/small>/g, ' ');
    const alts = [...shown.matchAll(/\s(?:alt|aria-label)="([^"]*)"/g)].map((m) => m[1] ?? '');
    return withoutNames(textOf(`${shown} ${alts.join(' ')}`), library);
  };

  it('writes contact-sheet-es with --lang es, in Spanish words', async () => {
    // The figures' fixture with the Spanish translation of the same exercises laid over it.
    const spanish = await fixtureLibrary('figure-card');
    await cp(path.join(fixturesRoot, 'translation-es'), spanish, { recursive: true });
    const out = await tempWorkFolder('figures-es');
    try {
      const result = await runCli(['figures', '--lang', 'es'], {
        ROUTINE_PRESS_CONTENT: spanish,
        ROUTINE_PRESS_OUTPUT: out,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(normalise(result.stdout, out)).toContain(
        '  routines/figures/contact-sheet-es.html\n  routines/figures/contact-sheet-es.png\n',
      );
      const folder = path.join(out, 'figures');
      expect((await readdir(folder)).sort()).toEqual([
        'contact-sheet-es.html',
        'contact-sheet-es.png',
      ]);
      const html = await readFile(path.join(folder, 'contact-sheet-es.html'), 'utf8');
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('<title>Figuras de los ejercicios: hoja de revisión</title>');
      expect(html).toContain('<h1>Figuras de los ejercicios (3 ejercicios)</h1>');
      expect(html).toContain('<h2>Almeja <small>(clamshell)</small></h2>');
      expect(html).toContain('<p><strong>Paso 1:</strong> Acuéstate de lado');
      expect(html).toContain('<p class="missing">No hay figura ni imagen.</p>');
      expect(html).toContain('> Ver el movimiento</label>');
      const strip = /<ol class="strip">(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
      expect(strip.match(/<\/svg>[^<]*<\/li>/g)).toEqual(
        ['0 %', '25 %', '50 %', '75 %', '100 %'].map((label) => `</svg>${label}</li>`),
      );
      expect(strip).toContain('aria-label="Almeja, al 25 % del camino');
    } finally {
      await removeFixture(spanish);
      await rm(out, { recursive: true, force: true });
    }
  });

  it('has no English interface word for the bundled library in Spanish', async () => {
    const content = path.join(projectRoot, 'routines');
    const spanish = await loadLibrary(content, { language: 'es' });
    const html = sheetHtml(spanish);
    expect(html).toContain('<html lang="es">');
    expect(englishIn(readable(html, spanish))).toEqual([]);
    // The check can fail: the English sheet has the words it looks for.
    const english = await loadLibrary(content);
    const words = englishIn(readable(sheetHtml(english), english)).map((w) => w.split(':')[0]);
    for (const word of ['exercise', 'figures', 'step', 'start', 'movement'])
      expect(words).toContain(word);
  });
});

describe('the strip of each movement', () => {
  /** A frame's drawing, without its label (which names its own moment). */
  const drawing = (svg: string) => svg.slice(svg.indexOf('<g '));
  const viewBox = (svg: string) => /viewBox="([^"]+)"/.exec(svg)?.[1];

  it('has 5 frames for every animated bundled exercise, all different and in one frame', async () => {
    const library = await loadLibrary(path.join(projectRoot, 'routines'));
    const { view } = contactSheet(library);
    const animated = view.exercises.filter((e) => e.figures.kind === 'drawn');
    expect(animated.length).toBeGreaterThan(30);
    for (const exercise of animated) {
      expect(
        exercise.strip.map((f) => f.percent),
        exercise.id,
      ).toEqual([0, 25, 50, 75, 100]);
      const drawings = exercise.strip.map((f) => drawing(f.svg));
      expect(new Set(exercise.strip.map((f) => viewBox(f.svg))).size, exercise.id).toBe(1);
      // The body of the foam roll does not move: only its roller goes from the thigh to the knee,
      // and a prop that changes place switches halfway, so its frames show two pictures.
      const expected = exercise.id === 'foam-roll-outer-thigh' ? 2 : 5;
      expect(new Set(drawings).size, exercise.id).toBe(expected);
      expect(drawings[0], exercise.id).not.toBe(drawings[4]);
    }
    const none = view.exercises.filter((e) => e.figures.kind !== 'drawn');
    for (const exercise of none) expect(exercise.strip).toEqual([]);
  });

  it('plays the moving figure on the page, and for reduced motion shows the stills and a switch', async () => {
    const html = sheetHtml(await loadLibrary(content));
    const shown = (reduce: boolean, play = false) =>
      withPage(browser, async (page) => {
        await page.emulateMediaFeatures([
          { name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' },
        ]);
        await page.setViewport({ width: 1500, height: 900 });
        await page.setContent(html, { waitUntil: 'load' });
        if (play) await page.click('#clamshell .exercise-figure__play');
        const width = (selector: string) =>
          page.$eval(`#clamshell ${selector}`, (e) => e.getBoundingClientRect().width);
        // The moving figure's clock runs: SMIL plays inside the SVG itself.
        const clock = () =>
          page.$eval('#clamshell .exercise-figure--motion svg', (svg) => svg.getCurrentTime());
        const before = await clock();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return {
          motion: await width('.exercise-figure--motion'),
          start: await width('.exercise-figure--start'),
          play: await width('.exercise-figure__play'),
          strip: await width('.strip'),
          runs: (await clock()) > before,
          animates: await page.$$eval(
            '#clamshell .exercise-figure--motion animate',
            (a) => a.length,
          ),
        };
      });
    const moving = await shown(false);
    expect(moving.motion).toBeGreaterThan(100);
    expect(moving.animates).toBeGreaterThan(1);
    expect(moving.runs).toBe(true);
    expect(moving.play).toBe(0);
    const still = await shown(true);
    expect(still.motion).toBe(0);
    expect(still.play).toBeGreaterThan(100);
    expect(still.start).toBeGreaterThan(100);
    expect(still.strip).toBeGreaterThan(300);
    const played = await shown(true, true);
    expect(played.motion).toBeGreaterThan(100);
  });
});
