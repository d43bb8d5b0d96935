/**
 * A small pool of pages on one browser. Pages are opened lazily up to `size`, each with the network
 * guard turned on once and a default timeout on every wait, and reused between documents. A page
 * whose job failed (a timeout, say) is closed rather than reused, since it may still be busy. A
 * page that has loaded `documentsPerPage` documents is closed and a fresh one opened: a renderer
 * keeps about 4.5 MiB of every document it loaded, so a page that loads a whole library grows
 * without end.
 */
import os from 'node:os';
import type { Page } from 'puppeteer-core';
import { defaultTimeout, type PageHost } from './browser.ts';
import { guardNetwork, type NetworkGuard } from './network.ts';

/**
 * One page a core, at least two: a page's layout and print run on one renderer thread, so pages
 * printing side by side keep every core busy, and a second page hides the waits of the first.
 */
export const defaultPoolSize = Math.max(2, os.availableParallelism());

/**
 * Documents a page loads before it is replaced by a fresh one. Measured on the bundled handouts:
 * each document leaves about 4.5 MiB in the renderer; a new page costs a few tens of milliseconds.
 */
export const defaultDocumentsPerPage = 20;

export interface PoolOptions {
  /** Pages open at once: one a core by default (`defaultPoolSize`), each printing on its own. */
  readonly size?: number;
  /** Milliseconds for any one wait on a page. */
  readonly timeout?: number;
  /** The one origin pages may load from, e.g. "http://127.0.0.1:4321"; data: URIs always load. */
  readonly allowedOrigin?: string | undefined;
  /** Let documents run scripts. Off by default: handouts need none, and a stray script cannot run. */
  readonly javaScript?: boolean;
  /** Documents a page loads before it is closed and replaced (`defaultDocumentsPerPage`). */
  readonly documentsPerPage?: number;
}

export interface PooledPage {
  readonly page: Page;
  readonly guard: NetworkGuard;
  /** The timeout this pool gives each wait, for waits that need one passed explicitly. */
  readonly timeout: number;
}

export interface PagePool {
  /** Runs `fn` on a free page (waiting for one if all are busy) and gives the page back after. */
  use<T>(fn: (pooled: PooledPage) => Promise<T>): Promise<T>;
  /** Closes every page. Jobs still waiting for a page are rejected. */
  close(): Promise<void>;
}

export function createPagePool(browser: PageHost, options: PoolOptions = {}): PagePool {
  const size = Math.max(1, options.size ?? defaultPoolSize);
  const timeout = options.timeout ?? defaultTimeout;
  const idle: PooledPage[] = [];
  const open = new Set<PooledPage>();
  const waiting: ((pooled: PooledPage | Error) => void)[] = [];
  const perPage = Math.max(1, options.documentsPerPage ?? defaultDocumentsPerPage);
  /** Documents each open page has loaded. */
  const loaded = new Map<PooledPage, number>();
  let closed = false;

  async function openPage(): Promise<PooledPage> {
    const page = await browser.newPage();
    const pooled: PooledPage = {
      page,
      guard: await guardNetwork(page, options.allowedOrigin),
      timeout,
    };
    page.setDefaultTimeout(timeout);
    page.setDefaultNavigationTimeout(timeout);
    await page.setJavaScriptEnabled(options.javaScript ?? false);
    open.add(pooled);
    return pooled;
  }

  async function acquire(): Promise<PooledPage> {
    if (closed) throw new Error('The page pool is closed.');
    const free = idle.pop();
    if (free) return free;
    if (open.size < size) return openPage();
    const next = await new Promise<PooledPage | Error>((resolve) => waiting.push(resolve));
    if (next instanceof Error) throw next;
    return next;
  }

  function release(pooled: PooledPage): void {
    const next = waiting.shift();
    if (next) next(pooled);
    else idle.push(pooled);
  }

  async function discard(pooled: PooledPage): Promise<void> {
    open.delete(pooled);
    loaded.delete(pooled);
    await pooled.page.close().catch(() => undefined);
    // Someone may be waiting for the slot this page held.
    const next = waiting.shift();
    if (next) openPage().then(next, (error: unknown) => next(error as Error));
  }

  return {
    async use(fn) {
      const pooled = await acquire();
      pooled.guard.reset();
      try {
        const result = await fn(pooled);
        const count = (loaded.get(pooled) ?? 0) + 1;
        loaded.set(pooled, count);
        // A page that has loaded its share is replaced by a fresh one (its renderer only grows).
        if (count >= perPage) await discard(pooled);
        else release(pooled);
        return result;
      } catch (error) {
        await discard(pooled);
        throw error;
      }
    },
    async close() {
      closed = true;
      for (const next of waiting.splice(0)) next(new Error('The page pool was closed.'));
      const pages = [...open];
      open.clear();
      loaded.clear();
      idle.length = 0;
      await Promise.all(pages.map((p) => p.page.close().catch(() => undefined)));
    },
  };
}
