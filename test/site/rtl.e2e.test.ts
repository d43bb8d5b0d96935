/**
 * Issue 18: right-to-left words in the clinic's name or phone cannot reverse the words round them
 * on the website. A clinic named in Hebrew (test/fixtures/handout-rtl/) whose phone says its
 * extension in Hebrew ("555-0100 שלוחה 2"), its e-mail after it: the exercise and routine pages
 * isolate the name, the phone and the e-mail each (`<bdi>`), and the `<title>` (text, not markup)
 * wraps the page's title and the clinic's name in first-strong isolates. With the phone and e-mail
 * in one isolate, the Hebrew made the line right-to-left and the e-mail came before the phone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from '../../src/pdf/browser.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { buildAndServe, type TestSite } from './helpers.ts';

const clinic = 'מרפאת הנהר';
const phone = '555-0100 שלוחה 2';
const email = 'front-desk@example.org';
const pages = [
  { path: 'exercises/clamshell/', title: 'Clamshell' },
  { path: 'routines/side-hip-starter/', title: 'Build strong side hips at home' },
];

let content: string;
let site: TestSite;
let browser: BrowserContext;

beforeAll(async () => {
  content = await fixtureLibrary('handout-rtl');
  const settings = path.join(content, 'settings.yaml');
  const yaml = await readFile(settings, 'utf8');
  await writeFile(settings, yaml.replace('phone: 555-0100', `phone: ${phone}`));
  site = await buildAndServe('rtl', content);
  browser = await testBrowser();
});

afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
  await removeFixture(content);
});

/** Where the clinic's name and its contact line are, and how each is isolated, on `page`. */
function seen(page: Page) {
  return page.evaluate(
    (names) => {
      /** The left edge of `text` inside `element`, as laid out. */
      const left = (element: Element | null, text: string) => {
        if (!element) return Number.NaN;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(text) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          return range.getBoundingClientRect().left;
        }
        return Number.NaN;
      };
      /** Every text of the page holding `text`, with the element that isolates it, if any. */
      const holders = (text: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.textContent?.includes(text))
            found.push(node.parentElement?.closest('bdi, [dir="auto"]')?.tagName ?? 'none');
        return found;
      };
      const header = document.querySelector('.print-header');
      const footer = document.querySelector('.site-footer__clinic');
      return {
        title: document.title,
        clinic: holders(names.clinic),
        phone: holders(names.phone),
        email: holders(names.email),
        printHeader: [left(header, names.phone), left(header, names.email)],
        footer: [left(footer, names.phone), left(footer, names.email)],
      };
    },
    { clinic, phone, email },
  );
}

describe('a right-to-left clinic name on the website', () => {
  for (const { path, title } of pages)
    it(`is isolated on ${path}, and the e-mail stays after the phone`, async () => {
      await withPage(browser, async (page) => {
        await page.emulateMediaType('print');
        const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        const found = await seen(page);
        // Text, not markup: each part its own isolate, so neither can pull the other round.
        expect(found.title).toBe(`\u2068${title}\u2069 · \u2068${clinic}\u2069`);
        // The header, the printed header and the footer each isolate the name, the phone, the e-mail.
        expect(found.clinic).toEqual(['BDI', 'BDI', 'BDI']);
        expect(found.phone).toEqual(['BDI', 'BDI']);
        expect(found.email).toEqual(['BDI', 'BDI']);
        // In the order written, left to right, on the printed page and in the footer.
        for (const [phoneAt = Number.NaN, emailAt = Number.NaN] of [
          found.printHeader,
          found.footer,
        ])
          expect(phoneAt).toBeLessThan(emailAt);
      });
    });
});
