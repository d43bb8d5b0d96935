/**
 * One Chromium for every browser test a vitest worker runs. A worker runs its test files one after
 * another in one process (isolate: false in vitest.config.ts), so a file opens its pages in the
 * browser the files before it used instead of starting its own (about 0.9 s of CPU a launch).
 *
 * In a test file: `browser = await testBrowser()` in beforeAll, `await releaseBrowser(browser)` in
 * afterAll, which closes every page the file left open (a popup, a page of a failed test). The
 * browser ends with the worker: vitest stops it with SIGTERM, whose handler ends Chromium and
 * removes its profile (src/core/interrupt.ts), and Chromium, driven over a pipe, quits with the
 * worker whatever ends it.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/pdf/browser.ts';

let shared: Promise<Browser> | undefined;
/** Pages that were open when the current file took the browser. */
let kept = new Set<Page>();

/** The worker's browser, launched by the first file that asks (again if it has died). */
export async function testBrowser(): Promise<Browser> {
  shared ??= launchBrowser().then(
    (browser) => {
      browser.once('disconnected', () => (shared = undefined));
      return browser;
    },
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  const browser = await shared;
  kept = new Set(await browser.pages());
  return browser;
}

/** Closes the pages the file opened, so the next file starts with none of them running. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser?.connected) return;
  for (const page of await browser.pages()) if (!kept.has(page)) await page.close();
}
