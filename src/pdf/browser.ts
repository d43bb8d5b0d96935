/**
 * The one door to Chromium (after marp-cli's browser.ts): one browser per build, pages with a
 * timeout on every wait, and everything closed in `finally`. Chromium is driven over a pipe, so it
 * exits when this process dies, even by SIGKILL; Ctrl-C ends it and removes its profile; and each
 * launch first sweeps what a killed build left (profiles.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.ts';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import type { Config } from '../core/config.ts';
import { whenInterrupted } from '../core/interrupt.ts';
import { findBrowser } from './find-browser.ts';
import { makeProfile, removeProfile, removeProfileNow, sweepProfiles } from './profiles.ts';

export interface BrowserOptions {
  /** --browser-path from the command line. */
  readonly browserPath?: string | undefined;
  /** CHROME_PATH and whether this runs in CI (see src/core/config.ts). */
  readonly config?: Pick<Config, 'chromePath' | 'ci'> | undefined;
  /** Milliseconds allowed for any one wait (navigation, selector, PDF). */
  readonly timeout?: number;
}

export const defaultTimeout = 30_000;

/**
 * Where pages are opened: a browser, or one context of it (the tests give each test file a context
 * of its own in one browser). Printing and drawing only open pages, so they take either.
 */
export type PageHost = Browser | BrowserContext;

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
  await sweepProfiles();
  const profile = await makeProfile();
  // Ctrl-C while launching or printing: end this Chromium and remove its profile.
  const stopCleanup = whenInterrupted(() => removeProfile(profile));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      // Over a pipe, not a WebSocket port: Chromium quits when the pipe closes, that is when
      // this process ends in any way, so a killed build leaves no browser running.
      pipe: true,
      // Our own handler (src/core/interrupt.ts) ends Chromium and removes its profile, then
      // stops with the signal; puppeteer's would exit with code 130 first and skip the rest.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      userDataDir: profile,
      args: [
        ...quietFlags,
        ...(needsNoSandbox(options.config?.ci ?? false) ? ['--no-sandbox'] : []),
      ],
      timeout: options.timeout ?? defaultTimeout,
    });
    // A process that ends with the browser still open (a test worker that vitest stops, a
    // command that returns early) removes the profile on its way out; Chromium quits with the pipe.
    const onExit = () => {
      removeProfileNow(profile);
    };
    process.once('exit', onExit);
    launched.set(browser, {
      profile,
      stopCleanup: () => {
        stopCleanup();
        process.off('exit', onExit);
      },
    });
    return browser;
  } catch (error) {
    stopCleanup();
    await removeProfile(profile);
    throw error;
  }
}

const versions = new Map<string, string>();

/**
 * What identifies the browser that would print, for the caches' keys (src/pdf/cache.ts), so that a
 * browser upgrade prints everything again: its own version line ("Chromium 150.0.7871.100 built on
 * Debian…") and its file's size and time, read once a process, without starting it to print. Empty
 * when there is no browser: then nothing cached is used, and printing says how to get one.
 */
export function browserVersion(options: Pick<BrowserOptions, 'browserPath'> = {}): string {
  let executable: string;
  try {
    executable = findBrowser(options.browserPath);
  } catch {
    return '';
  }
  let version = versions.get(executable);
  if (version === undefined) {
    let said = '';
    try {
      said = execFileSync(executable, ['--version'], {
        encoding: 'utf8',
        timeout: 20_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      // Chrome on Windows prints no version; the file's size and time still change with it.
    }
    const file = statSync(realpathSync(executable));
    version = `${said}\0${file.size}\0${file.mtimeMs}`;
    versions.set(executable, version);
  }
  return version;
}

/** The throwaway profile folder of each browser we launched, and its Ctrl-C cleanup. */
const launched = new WeakMap<Browser, { profile: string; stopCleanup: () => void }>();

/** Closes the browser and removes its profile folder. */
export async function closeBrowser(browser: Browser): Promise<void> {
  try {
    // A browser that already died cannot be closed; its profile still goes below.
    if (browser.connected) await browser.close();
  } finally {
    const own = launched.get(browser);
    if (own) {
      own.stopCleanup();
      await removeProfile(own.profile);
    }
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
  browser: PageHost,
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

/**
 * An error from a browser that is gone (killed, crashed, out of memory) becomes one plain message
 * naming the document, instead of puppeteer's "Protocol error … Target closed". Any other error is
 * returned as it is.
 */
export function browserStopped(
  browser: PageHost | undefined,
  what: string,
  error: unknown,
): unknown {
  if (!browser || ('browser' in browser ? browser.browser() : browser).connected) return error;
  const document = what.charAt(0).toLowerCase() + what.slice(1);
  return new UserError(
    `The browser stopped while printing ${document}. Hint: Run the command again. If it stops again, close other programs to free memory, or run with DEBUG=1 and report it.`,
    { cause: error },
  );
}
