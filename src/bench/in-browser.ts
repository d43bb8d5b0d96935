/**
 * What the benchmarks share: the median of a run's times, and a built site served from its folder
 * with one Chromium page on it (the finder's keystrokes, the site's filter changes, the builder's
 * first load and Print), all closed afterwards.
 */
import type { Page } from 'puppeteer-core';
import { withBrowser, withPage } from '../pdf/browser.ts';
import { startStaticServer } from '../site/serve.ts';

/** The middle value (the upper one of an even count); 0 for none. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Serves `root` at `base` and runs `fn` with a page and the server's address. A page of a
 * thousand cards on a busy 2-core machine gets more than the usual wait.
 */
export async function withServedPage<T>(
  root: string,
  base: string,
  fn: (page: Page, url: string) => Promise<T>,
): Promise<T> {
  const server = await startStaticServer({ root, base });
  try {
    return await withBrowser((browser) =>
      withPage(browser, (page) => fn(page, server.url), 120_000),
    );
  } finally {
    await server.close();
  }
}
