/**
 * Visits pages of the test site in a few tabs of one browser at once and notes, for each, what a
 * user and a checker see: the status, every link, requests to other addresses and axe violations.
 * One visit a page serves the accessibility, link and request tests, which used to open every
 * page once each (about 110 s of the suite's 155 s).
 */
import type { Page } from 'puppeteer-core';
import type { PageHost } from '../../src/pdf/browser.ts';
import { axeViolations } from '../helpers/axe.ts';

export interface PageFacts<T = undefined> {
  /** The path under the site's base, as asked for: "", "exercises/clamshell/", "?q=zzzz". */
  readonly path: string;
  readonly status: number;
  /** Every href and src on the page (links, style sheets, scripts, pictures), without #fragments. */
  readonly links: readonly string[];
  /** Links to a place in a page, as written ("#planner", "/base/prevention/#planner"). */
  readonly fragments: readonly string[];
  /** The id of every element on the page: the places a #fragment can point to. */
  readonly ids: readonly string[];
  /** Requests to anything but the test server or a data: URI. */
  readonly outside: readonly string[];
  /** One line per axe violation (WCAG 2.2 AA). */
  readonly axe: readonly string[];
  /** What the caller's probe found on the page, before axe ran. */
  readonly probed: T | undefined;
}

export interface CrawlOptions<T> {
  /** How many tabs at once; two cores give most of their gain with three. */
  readonly tabs?: number;
  /** Reads more from a page for a test of its own, in the same visit. */
  readonly probe?: (page: Page, path: string) => Promise<T>;
}

/**
 * Visits `paths` under `siteUrl` in a few tabs at once (one tab loads while the others run axe).
 * The facts come back in the order of `paths`.
 */
export async function crawl<T = undefined>(
  browser: PageHost,
  siteUrl: string,
  paths: readonly string[],
  { tabs = 3, probe }: CrawlOptions<T> = {},
): Promise<PageFacts<T>[]> {
  const origin = new URL(siteUrl).origin;
  const facts = new Map<string, PageFacts<T>>();
  const queue = [...paths];
  const worker = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    page.setDefaultNavigationTimeout(30_000);
    let outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) outside.push(url);
    });
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        outside = [];
        const response = await page.goto(`${siteUrl}${next}`, { waitUntil: 'load' });
        const written = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
          els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
        );
        const links = written.map((href) => href.replace(/#.*$/, '')).filter(Boolean);
        const fragments = written.filter((href) => href.includes('#'));
        const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
        const probed = await probe?.(page, next);
        const axe = await axeViolations(page);
        const status = response?.status() ?? 0;
        facts.set(next, { path: next, status, links, fragments, ids, outside, axe, probed });
      }
    } catch (error) {
      queue.length = 0; // the other tabs stop after their current page
      throw error;
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, worker));
  return paths.map((p) => {
    const found = facts.get(p);
    if (!found) throw new Error(`${p} was not visited`);
    return found;
  });
}
