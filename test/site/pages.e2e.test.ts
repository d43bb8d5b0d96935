/**
 * Every page of the website built from the bundled content pack, in real Chromium: accessibility
 * (axe-core, WCAG 2.2 AA), links, base path, the sitemap, print, the planner, no-JS, and the size
 * of the scripts.
 */
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser, withPage } from '../../src/pdf/browser.ts';
import { allPagePaths } from '../../src/site/links.ts';
import { projectRoot } from '../helpers/cli.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

const axePath = path.join(projectRoot, 'node_modules/axe-core/axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  // Judge colours once they have settled: a chip the finder checks on load fades its background
  // in over 0.15 s, and axe caught it halfway (a flaky contrast failure).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags: string[]) => {
    const result = await (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, axeTags);
  return violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('the website', () => {
  let site: TestSite;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    site = await buildAndServe('pages');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await site.close();
  });

  const open = <T>(pagePath: string, fn: (page: Page) => Promise<T>, js = true) =>
    withPage(browser, async (page) => {
      await page.setJavaScriptEnabled(js);
      outside.push(...watchRequests(page, site.url));
      const response = await page.goto(`${site.url}${pagePath}`, { waitUntil: 'load' });
      expect(response?.status(), pagePath).toBe(200);
      return fn(page);
    });

  it('has no WCAG 2.2 AA problems on any page (axe-core)', async () => {
    const states = [
      ...allPagePaths(site.library),
      '?time=20&have=none',
      '?q=zzzz',
      'exercises/?category=strength&have=none',
    ];
    const problems: string[] = [];
    for (const state of states) {
      await open(state, async (page) =>
        problems.push(...(await axe(page)).map((p) => `/${state} ${p}`)),
      );
    }
    // The 404 page is served with status 404, so it is opened on its own.
    await withPage(browser, async (page) => {
      await page.goto(`${site.url}no-such-page/`, { waitUntil: 'load' });
      problems.push(...(await axe(page)).map((p) => `404 ${p}`));
    });
    expect(problems).toEqual([]);
    expect(states.length).toBeGreaterThan(8);
  }, 300_000);

  it('links only to pages that exist, always under the base path', async () => {
    const links = new Set<string>();
    for (const pagePath of allPagePaths(site.library)) {
      await open(pagePath, async (page) => {
        const found = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
          els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
        );
        for (const href of found) if (!href.startsWith('#')) links.add(href);
      });
    }
    const notUnderBase = [...links].filter((href) => !href.startsWith(site.base));
    expect(notUnderBase).toEqual([]);
    // Handouts and decks are copied in by their own build steps, not by this site-only build.
    const pages = [...links].filter((href) => !/^.*\/(handouts|decks)\//.test(href));
    const origin = new URL(site.url).origin;
    const broken: string[] = [];
    for (const href of pages) {
      const response = await fetch(new URL(href, origin), { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${href} → ${response.status}`);
    }
    expect(broken).toEqual([]);
    expect(pages.every((href) => href.includes('.') || href.endsWith('/'))).toBe(true);
  }, 120_000);

  it('lists every page in the sitemap with its full public address', async () => {
    const sitemap = await readFile(path.join(site.root, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const baseUrl = site.library.settings.site.baseUrl;
    expect(locs).toEqual(allPagePaths(site.library).map((p) => `${baseUrl}${p}`));
  });

  it('shows every routine on the home page without JavaScript', async () => {
    await open(
      '',
      async (page) => {
        const visible = await page.$$eval('[data-finder-item]', (items) =>
          items
            .filter((li) => (li as HTMLElement).offsetParent !== null)
            .map((li) => li.querySelector('a')?.getAttribute('href')),
        );
        const ids = Object.keys(site.library.routines).map((id) => `${site.base}routines/${id}/`);
        expect(visible.sort()).toEqual(ids.sort());
      },
      false,
    );
  });

  it('renders each routine section by section through the shared exercise card', async () => {
    for (const routine of Object.values(site.library.routines)) {
      await open(`routines/${routine.id}/`, async (page) => {
        const cards = await page.$$eval('.routine-section .exercise-card', (els) =>
          els.map((el) => el.querySelector('.exercise-card__name')?.textContent.trim()),
        );
        const items = [...routine.warmUp.items, ...routine.main, ...routine.coolDown];
        expect(cards).toEqual(items.map((i) => site.library.exercises[i.exercise]?.name));
        const downloads = await page.$$eval('.downloads a', (as) =>
          as.map((a) => a.getAttribute('href')),
        );
        expect(downloads).toContain(`${site.base}handouts/${routine.id}-a4.pdf`);
        expect(downloads).toContain(`${site.base}handouts/${routine.id}-letter-large.pdf`);
        expect(downloads).toContain(`${site.base}decks/${routine.id}.html`);
        expect(await page.$eval('[data-print]', (b) => (b as HTMLElement).hidden)).toBe(false);
        expect(await page.$eval('.note', (n) => n.textContent)).toContain(
          'Education, not diagnosis.',
        );
      });
    }
  });

  it('prints a routine as a clean handout: no menu, no buttons, cards kept whole', async () => {
    const routine = Object.values(site.library.routines)[0];
    expect(routine).toBeDefined();
    await open(`routines/${routine?.id ?? ''}/`, async (page) => {
      await page.emulateMediaType('print');
      const look = await page.evaluate(() => {
        const display = (s: string) => {
          const el = document.querySelector(s);
          return el ? getComputedStyle(el).display : 'missing';
        };
        return {
          header: display('.site-header'),
          actions: display('.actions'),
          downloads: display('.downloads'),
          printHeader: display('.print-header'),
          disclaimer: display('.disclaimer'),
          cardBreak: getComputedStyle(document.querySelector('.exercise-card') ?? document.body)
            .breakInside,
        };
      });
      expect(look).toEqual({
        header: 'none',
        actions: 'none',
        downloads: 'none',
        printHeader: 'flex',
        disclaimer: 'block',
        cardBreak: 'avoid',
      });
    });
  });

  it('plans the next 6 weeks with the 10% rule, and shows a table without JavaScript', async () => {
    const percent = site.library.guidance.tenPercentRule.percent;
    await open('prevention/', async (page) => {
      await page.click('#planner-distance', { count: 3 });
      await page.type('#planner-distance', '30');
      await page.click('label[for="planner-unit-km"]');
      const weeks = await page.$$eval('[data-week]', (cells) => cells.map((c) => c.textContent));
      let most = 30;
      const expected = weeks.map(() => {
        most *= 1 + percent / 100;
        const value = Math.floor(most * 10 + 1e-9) / 10;
        return `${Number.isInteger(value) ? value : value.toFixed(1)} km`;
      });
      expect(weeks).toEqual(expected);
      expect(weeks).toHaveLength(6);
    });
    await open(
      'prevention/',
      async (page) => {
        expect(
          await page.$eval('[data-planner]', (f) => (f as HTMLElement).offsetParent),
        ).toBeNull();
        expect(
          await page.$$eval('.planner__table tbody tr', (rows) => rows.length),
        ).toBeGreaterThan(3);
      },
      false,
    );
  });

  it('answers a missing page with the 404 page', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto(`${site.url}no-such-page/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe('We cannot find that page');
    });
  });

  it('keeps the script of each page under 8 KB gzipped', async () => {
    const routine = Object.keys(site.library.routines)[0] ?? '';
    for (const pagePath of ['', 'exercises/', 'prevention/', `routines/${routine}/`]) {
      const html = await readFile(path.join(site.root, pagePath, 'index.html'), 'utf8');
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => m[1] ?? '',
      );
      const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) =>
        path.join(site.root, (m[1] ?? '').slice(site.base.length)),
      );
      // Follow the module imports of linked scripts, so shared chunks count too.
      const linked: string[] = [];
      for (let file = files.shift(); file; file = files.shift()) {
        const code = await readFile(file, 'utf8');
        linked.push(code);
        for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g))
          files.push(path.resolve(path.dirname(file), m[1] ?? ''));
      }
      const js = [...inline, ...linked].join('\n');
      expect(js.length, pagePath).toBeGreaterThan(0);
      expect(gzipSync(js).length, pagePath).toBeLessThan(8 * 1024);
    }
  });

  it('never requests anything from another address', () => {
    expect(outside).toEqual([]);
  });
});
