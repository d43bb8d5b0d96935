/**
 * The browser of a test file: `browser = await testBrowser()` in beforeAll,
 * `await releaseBrowser(browser)` in afterAll, which closes it with every page the file left open
 * (a popup, the page of a failed test) and removes its profile.
 *
 * One browser a worker, shared by the files it runs one after another, would save about 0.9 s of
 * CPU a file; but vitest ends a worker with SIGKILL half a second after SIGTERM, sometimes before
 * the profile is removed, and the run's check for leftovers (test/leftovers-setup.ts) rightly
 * fails on that. So each file closes its own.
 */
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/pdf/browser.ts';

export function testBrowser(): Promise<Browser> {
  return launchBrowser();
}

export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (browser) await closeBrowser(browser);
}
