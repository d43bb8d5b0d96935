/**
 * The runner on a 390 × 844 phone, on the bundled pack, in real Chromium: plain words find
 * the outer-hip routine, the body picture reaches it in two taps, and a filter set that matches
 * nothing shows the closest routines with what differs and a change that gives results.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from '../../src/pdf/browser.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildAndServe, type TestSite } from './helpers.ts';

const outerHip = 'Ease pain on the outside of your hip';

describe('the finder on a phone', () => {
  let site: TestSite;
  let browser: BrowserContext;

  beforeAll(async () => {
    site = await buildAndServe('finder-phone');
    browser = await testBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await site.close();
  });

  const onPhone = <T>(query: string, fn: (page: Page) => Promise<T>) =>
    withPage(browser, async (page) => {
      await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
      await page.goto(`${site.url}${query}`, { waitUntil: 'load' });
      return fn(page);
    });
  const shownTitles = (page: Page) =>
    page.$$eval('[data-finder-item]', (items) =>
      items
        .filter((li) => (li as HTMLElement).offsetParent !== null)
        .map((li) => li.querySelector('h3')?.textContent.trim() ?? ''),
    );

  it('finds the outer-hip routine from "outer hip" and from "bursitis"', async () => {
    for (const words of ['outer hip', 'bursitis', 'bursitsi'])
      await onPhone('', async (page) => {
        await page.type('#finder-q', words);
        expect(await shownTitles(page), words).toContain(outerHip);
      });
  });

  it('reaches the outer-hip routine in 2 taps from "Where does it hurt?"', async () => {
    await onPhone('', async (page) => {
      expect(await page.$eval('h1', (h) => h.textContent.trim())).toBe('Where does it hurt?');
      const area = await page.waitForSelector('a[data-area="side-of-hip"]');
      expect(await area?.evaluate((a) => a.textContent.trim())).toMatch(/Side of the hip$/);
      await area?.tap();
      const panel = '#hurts-side-of-hip';
      await page.waitForFunction(
        (sel) => document.querySelector<HTMLElement>(sel)?.offsetParent,
        {},
        panel,
      );
      expect(await page.$eval(panel, (p) => p.textContent)).toContain(
        'Pain on the outside of the hip (Trochanteric bursitis)',
      );
      const routine = await page.$(`${panel} a[href$="routines/outer-hip-pain/"]`);
      // The second tap: the routine link is on screen, not scrolled out of reach.
      const box = await routine?.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
      await Promise.all([page.waitForNavigation(), routine?.tap()]);
      expect(await page.$eval('h1', (h) => h.textContent.trim())).toBe(outerHip);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    });
  });

  it('shows the closest routines with what differs, and a change that gives results', async () => {
    await onPhone('?time=10&have=none&condition=trochanteric-bursitis', async (page) => {
      expect(await shownTitles(page)).toEqual([]);
      const closest = await page.$$eval('[data-finder-closest] li', (lis) =>
        lis.map((li) => li.textContent.trim()),
      );
      expect(closest[0]).toBe(`${outerHip} takes 15 minutes, needs resistance band (loop).`);
      const change = await page.$eval('[data-finder-changes] li', (li) => li.textContent.trim());
      expect(change).toBe('Without "10 min or less", with "Resistance band (loop)": 1 routine');
      await page.tap('[data-finder-changes] a');
      expect(await shownTitles(page)).toEqual([outerHip]);
      expect(new URL(page.url()).search).toBe(
        '?have=resistance-band&condition=trochanteric-bursitis',
      );
      expect(await page.$eval('[data-finder-suggest]', (el) => (el as HTMLElement).hidden)).toBe(
        true,
      );
    });
  });

  it('names an exercise to swap in when only equipment is missing, with no axe violation', async () => {
    await onPhone('?have=none&condition=trochanteric-bursitis', async (page) => {
      const first = await page.$eval('[data-finder-closest] li', (li) => li.textContent.trim());
      expect(first).toMatch(
        /needs resistance band \(loop\)\. Swap Isometric hip abduction for .+\.$/,
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('at 1366 × 768 reaches every filter by scrolling the page, with no box that scrolls on its own', async () => {
    await withPage(browser, async (page) => {
      await page.setViewport({ width: 1366, height: 768 });
      await page.goto(site.url, { waitUntil: 'load' });
      // Every folded group open, as someone looking for a filter opens them.
      await page.$$eval('#finder-form details', (all) => all.forEach((d) => (d.open = true)));
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            '#finder-form input:not([type="hidden"]), #finder-form button, #finder-form summary',
          ),
        ];
        for (const control of controls) {
          // A chip's box is its label (the radio or checkbox inside may be drawn by CSS).
          const box =
            control instanceof HTMLInputElement && control.labels?.[0]
              ? control.labels[0]
              : control;
          const name = (control.id || control.textContent.trim()).slice(0, 60);
          for (let up = box.parentElement; up && up !== document.body; up = up.parentElement) {
            const { overflowY } = getComputedStyle(up);
            if (overflowY !== 'visible' && up.scrollHeight > up.clientHeight + 1)
              found.push(`${name} is in a box that scrolls or clips (${up.className})`);
          }
          box.scrollIntoView({ block: 'center' });
          const r = box.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (
            r.top < 0 ||
            r.bottom > innerHeight ||
            !hit ||
            !(box.contains(hit) || hit.contains(box))
          )
            found.push(
              `${name} cannot be reached (${Math.round(r.top)} to ${Math.round(r.bottom)} px)`,
            );
        }
        return controls.length > 10 ? found : [`only ${controls.length} controls found`];
      });
      expect(problems).toEqual([]);
    });
  });
});
