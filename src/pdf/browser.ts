/**
 * The one door to Chromium (after marp-cli's browser.ts): one browser per build, pages with a
 * timeout on every wait, and everything closed in `finally`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Config } from '../core/config.ts';
import { findBrowser } from './find-browser.ts';

export interface BrowserOptions {
  /** --browser-path from the command line. */
  readonly browserPath?: string | undefined;
  /** CHROME_PATH and whether this runs in CI (see src/core/config.ts). */
  readonly config?: Pick<Config, 'chromePath' | 'ci'> | undefined;
  /** Milliseconds allowed for any one wait (navigation, selector, PDF). */
  readonly timeout?: number;
}

export const defaultTimeout = 30_000;

/** Chromium's sandbox cannot start as root or inside most containers, so it is turned off only there. */
function needsNoSandbox(ci: boolean): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const container = existsSync('/.dockerenv') || existsSync('/run/.containerenv') || ci;
  return root || container;
}

/** Flags that keep Chromium off the network: no update checks, no sync, no first-run pages. */
const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-gpu',
  '--disable-quic',
  '--font-render-hinting=none',
];

export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const executablePath = findBrowser(options.browserPath);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'routine-press-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: [...quietFlags, ...(needsNoSandbox(options.config?.ci ?? false) ? ['--no-sandbox'] : [])],
    timeout: options.timeout ?? defaultTimeout,
  });
  profiles.set(browser, profile);
  return browser;
}

/** The throwaway profile folder of each browser we launched, removed when it closes. */
const profiles = new WeakMap<Browser, string>();

/** Closes the browser and removes its profile folder. */
export async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await browser.close();
  } finally {
    const profile = profiles.get(browser);
    // Chromium may still be flushing files for a moment after close; retry rather than fail.
    if (profile)
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/** Runs `fn` with a browser that is always closed afterwards. */
export async function withBrowser<T>(
  fn: (browser: Browser) => Promise<T>,
  options: BrowserOptions = {},
): Promise<T> {
  const browser = await launchBrowser(options);
  try {
    return await fn(browser);
  } finally {
    await closeBrowser(browser);
  }
}

/** Runs `fn` with a new page that has a timeout on every wait and is always closed afterwards. */
export async function withPage<T>(
  browser: Browser,
  fn: (page: Page) => Promise<T>,
  timeout = defaultTimeout,
): Promise<T> {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}
