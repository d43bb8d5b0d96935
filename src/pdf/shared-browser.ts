/**
 * One browser for a whole build, launched on first use. Handouts and decks both call `get()`; a
 * build that renders nothing (everything cached) never starts Chromium. The build closes it in
 * `finally`, after every step.
 */
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser, type BrowserOptions } from './browser.ts';

export interface SharedBrowser {
  /**
   * The browser, launched the first time it is asked for. Concurrent callers share one launch.
   * A plain function, so it can be passed around unbound (`browser: shared.get`).
   */
  readonly get: () => Promise<Browser>;
  /** Closes the browser if it was launched. Safe to call more than once. */
  readonly close: () => Promise<void>;
  /** True once a launch has started. */
  readonly launched: boolean;
}

export function sharedBrowser(options: BrowserOptions = {}): SharedBrowser {
  let launching: Promise<Browser> | undefined;
  return {
    get: () => {
      launching ??= launchBrowser(options);
      return launching;
    },
    close: async () => {
      const pending = launching;
      launching = undefined;
      if (!pending) return;
      // A launch that failed has nothing to close; its error was already reported to the caller.
      const browser = await pending.catch(() => undefined);
      if (browser) await closeBrowser(browser);
    },
    get launched() {
      return launching !== undefined;
    },
  };
}
