/**
 * The clinic's theme on the website (issue 17): the valid library with test/fixtures/theme/
 * (forest green, warm yellow, a serif font and a logo) built and opened in Chromium. The header,
 * links and text take the theme's colours, the clinic's logo is in the header, phones get the
 * primary colour for their bar, and axe finds nothing on the themed pages.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { buildAndServe, type TestSite } from './helpers.ts';

/** test/fixtures/theme/settings.yaml, and the header colour the site makes of its primary colour. */
const theme = { primary: '#1d5b3a', accent: '#f2c14e', text: '#1a1a1a', header: '#143e27' };
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

let content: string;
let site: TestSite;
let browser: BrowserContext;

beforeAll(async () => {
  content = await fixtureLibrary('theme');
  site = await buildAndServe('theme-site', content);
  browser = await testBrowser();
}, 240_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
  await removeFixture(content);
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return page;
}

describe('a website in the clinic theme', () => {
  it('takes the colours, font and logo of settings.yaml', async () => {
    const page = await open('routines/side-hip-starter/');
    try {
      const look = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          return getComputedStyle(element);
        };
        const logo = document.querySelector<HTMLImageElement>('.site-header .site-name__logo');
        return {
          header: style('.site-header').backgroundColor,
          link: style('main a[href]').color,
          text: style('main h1').color,
          font: style('body').fontFamily,
          logo: logo?.naturalWidth ?? 0,
          logoSrc: logo?.getAttribute('src') ?? '',
          bar: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
        };
      });
      const { font, logoSrc, ...colours } = look;
      expect(font).toMatch(/^Georgia,/);
      // One file for every page, not a data: URI inlined in each (issue 18).
      expect(logoSrc).toMatch(/^\/[^:]*figures\/clinic-logo-[\w-]{10}\.svg$/);
      expect(colours).toEqual({
        header: rgb(theme.header),
        link: rgb(theme.primary),
        text: rgb(theme.text),
        logo: 240,
        bar: theme.primary,
      });
    } finally {
      await page.close();
    }
  });

  it('tells phones installing it the primary colour', async () => {
    const page = await open('manifest.webmanifest');
    try {
      const manifest = JSON.parse(await page.evaluate(() => document.body.innerText)) as {
        theme_color: string;
      };
      expect(manifest.theme_color).toBe(theme.primary);
    } finally {
      await page.close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA) on the home page and a routine page', async () => {
    for (const path of ['', 'routines/side-hip-starter/']) {
      const page = await open(path);
      try {
        expect(await axeViolations(page), path || 'home').toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
