/**
 * The browser of a test file: `browser = await testBrowser()` in beforeAll,
 * `await releaseBrowser(browser)` in afterAll.
 *
 * It is a browser context of the run's one Chromium (test/browser-setup.ts, launched when the
 * first file asks): pages, storage, service workers and downloads of its own, so nothing a file
 * leaves in the browser reaches another, while the launch (about 1 s of CPU) is paid once a run.
 * Each file connects over its own WebSocket and sees only its own contexts' pages. Release closes
 * the context with every page the file left open (a popup, the page of a failed test).
 */
import { writeFile } from 'node:fs/promises';
import puppeteer, { type BrowserContext } from 'puppeteer-core';
import { inject } from 'vitest';
import type { BrowserAnswer } from '../browser-setup.ts';
import { waitForJson } from './once.ts';

/** The run's browser, launched on this first request; its WebSocket address. */
async function runBrowserEndpoint(): Promise<string> {
  const { request, answer } = inject('runBrowser');
  await writeFile(request, '', { flag: 'a' });
  const said = await waitForJson<BrowserAnswer>(answer, 'Starting the run browser', 60_000);
  if ('error' in said) throw new Error(`The run's browser did not start: ${said.error}`);
  return said.endpoint;
}

export async function testBrowser(): Promise<BrowserContext> {
  const browser = await puppeteer.connect({
    browserWSEndpoint: await runBrowserEndpoint(),
    // Only pages of this connection's own contexts: the default context's (there are none) and
    // other files' contexts, which this connection does not know, are left alone.
    targetFilter: (target) => target.browserContext().id !== undefined,
  });
  return browser.createBrowserContext();
}

export async function releaseBrowser(context: BrowserContext | undefined): Promise<void> {
  if (!context) return;
  const browser = context.browser();
  // Contexts a test made of its own (context.browser().createBrowserContext()) go too.
  for (const own of browser.browserContexts()) if (own.id !== undefined) await own.close();
  await browser.disconnect();
}
