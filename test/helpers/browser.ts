/**
 * The browser of a test file: `browser = await testBrowser()` in beforeAll,
 * `await releaseBrowser(browser)` in afterAll.
 *
 * testBrowser() gives the file a browser context of its own (its own cookies, storage, cache,
 * service workers and pages, as a fresh profile would) in the one Chromium of its vitest worker:
 * the first file of the worker that asks launches it, and it stays up for the files the worker
 * runs after. releaseBrowser closes the context with every page the file left open. The worker's
 * Chromium is closed, and its profile removed, when vitest stops the worker
 * (test/worker-environment.ts), before the run's check for leftovers. One launch a worker instead
 * of one a file saves about 1.5 s of CPU for each file.
 *
 * ownBrowser() launches a Chromium for the file alone, for the tests that need a whole browser:
 * a default profile (a page's installability as an app) or the browser's own processes.
 */
import type { Browser, BrowserContext } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/pdf/browser.ts';

interface WorkerBrowser {
  browser?: Promise<Browser> | undefined;
  /** Closes the worker's Chromium; called by test/worker-environment.ts when the worker stops. */
  close?: () => Promise<void>;
}

/**
 * Kept on globalThis, not in this module: the worker environment that closes it is loaded apart
 * from the test files (and, with isolation off, a module may be evaluated again for a later file).
 */
const holder = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('routine-press.worker-browser')
] ??= {}) as WorkerBrowser;

async function workerBrowser(): Promise<Browser> {
  const running = await holder.browser?.catch(() => undefined);
  if (running?.connected) return running;
  const launching = launchBrowser();
  holder.browser = launching;
  holder.close = async () => {
    holder.browser = undefined;
    const browser = await launching.catch(() => undefined);
    if (browser) await closeBrowser(browser);
  };
  if (running) await closeBrowser(running); // it crashed: remove its profile
  return launching;
}

export async function testBrowser(): Promise<BrowserContext> {
  return (await workerBrowser()).createBrowserContext();
}

export function ownBrowser(): Promise<Browser> {
  return launchBrowser();
}

export async function releaseBrowser(browser: Browser | BrowserContext | undefined): Promise<void> {
  if (!browser) return;
  if ('createBrowserContext' in browser) await closeBrowser(browser);
  else if (!browser.closed) await browser.close();
}
