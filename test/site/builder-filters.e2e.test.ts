/**
 * Issue 14: the builder adds exercises through the same search and filters as the exercise finder
 * (body area, equipment, level), in Chromium on the bundled library, in English and in Spanish.
 * What each filter leaves is checked against the library's own data, then one is added.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

let site: TestSite;
let browser: BrowserContext | undefined;
beforeAll(async () => {
  site = await buildAndServe('builder-filters');
  browser = await testBrowser();
}, 300_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
});

/** The names shown as results, without the alias in brackets. */
const results = (page: Page) =>
  page.$$eval('[data-builder-results] li span', (spans) =>
    spans.map((s) => s.textContent.replace(/ \(.*\)$/, '')).sort(),
  );

describe("the builder's finder filters", () => {
  it('narrow the exercises to add by body area, level and equipment, as the library says', async () => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 390, height: 844 });
      const outside = watchRequests(page, site.url);
      await page.goto(`${site.url}builder/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-builder-results] li');
      const exercises = Object.values(site.library.exercises);
      const name = (x: { name: string }) => x.name;
      expect(await results(page)).toEqual(exercises.map(name).sort());

      await page.select('[data-builder-filter="area"]', 'side-of-hip');
      const side = exercises.filter((x) => x.areas.includes('side-of-hip'));
      expect(side.length).toBeGreaterThan(1);
      expect(side.length).toBeLessThan(exercises.length);
      expect(await results(page)).toEqual(side.map(name).sort());

      await page.select('[data-builder-filter="level"]', 'beginner');
      const easy = side.filter((x) => x.level === 'beginner');
      expect(await results(page)).toEqual(easy.map(name).sort());
      expect(await page.$eval('[data-builder-count]', (p) => p.textContent)).toBe(
        `${easy.length} exercises match.`,
      );

      // Equipment as in the finder: tick what the patient has; "No equipment" alone = none needed.
      await page.click('[data-builder-filter="have"][value="none"]');
      const bare = easy.filter((x) => x.equipment.length === 0);
      expect(bare.length).toBeLessThan(easy.length);
      expect(await results(page)).toEqual(bare.map(name).sort());
      await page.click('[data-builder-filter="have"][value="resistance-band"]');
      const band = easy.filter((x) => x.equipment.every((e) => e === 'resistance-band'));
      expect(await results(page)).toEqual(band.map(name).sort());

      // Search works with the filters, and a result is added to the program.
      await page.type('[data-builder-search]', 'clam');
      expect(await results(page)).toEqual(['Clamshell']);
      await page.click('[data-builder-results] li button');
      await page.waitForFunction(() =>
        document.querySelector('[data-builder-items] h3')?.textContent.includes('Clamshell'),
      );
      expect(await axeViolations(page)).toEqual([]);
      // Picking filters is not part of the program: its link holds the one exercise only.
      await page.waitForFunction(() => location.hash.startsWith('#p=1.'));
      expect(outside).toEqual([]);

      // The Spanish builder: the same filters in Spanish words.
      await page.goto(`${site.url}es/builder/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-builder-results] li');
      expect(await page.$eval('.builder__filters > legend', (l) => l.textContent.trim())).toBe(
        'Mostrar solo',
      );
      await page.select('[data-builder-filter="area"]', 'side-of-hip');
      expect(await page.$$eval('[data-builder-results] li', (l) => l.length)).toBe(side.length);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});
