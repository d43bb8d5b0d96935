/**
 * The network policy for every page we print: nothing may load except data: URIs and, when given,
 * one allowed origin (a 127.0.0.1 server we started). Anything else is blocked and recorded, so the
 * caller can fail naming the URL. A file:// URL is always blocked: a local file must never end up in
 * a PDF. Images that did not load (missing, blocked, refused by Chromium itself) are reported too.
 */
import type { ConsoleMessage, HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';
import { UserError } from '../core/errors.ts';

export interface NetworkGuard {
  /** Forget what earlier documents on this page did. Call before loading a new document. */
  reset(): void;
  /** Every problem seen since the last reset: "blocked https://…", "not found (404) http://…". */
  problems(): readonly string[];
  /** Throws a UserError naming every blocked or missing URL, plus images that did not load. */
  check(what: string): Promise<void>;
}

function allowed(url: string, origin: string | undefined): boolean {
  if (url.startsWith('data:') || url === 'about:blank') return true;
  if (!origin) return false;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Shortens a data: URI so a message stays readable. */
function shown(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}…` : url;
}

/** Turns on request interception for `page`. Call once per page; use `reset()` between documents. */
export async function guardNetwork(page: Page, allowedOrigin?: string): Promise<NetworkGuard> {
  const origin = allowedOrigin ? new URL(allowedOrigin).origin : undefined;
  let seen: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (allowed(url, origin)) {
      void request.continue();
      return;
    }
    seen.push(`blocked ${shown(url)}`);
    void request.abort('blockedbyclient');
  });
  page.on('response', (response: HTTPResponse) => {
    if (response.status() >= 400)
      seen.push(`not found (${response.status()}) ${shown(response.url())}`);
  });
  // Chromium refuses file:// from a page that is not a file before interception sees the request
  // (CSS, frames, objects); it only says so on the console, so listen there too.
  page.on('console', (message: ConsoleMessage) => {
    const local = /^Not allowed to load local resource: (.+)$/.exec(message.text())?.[1];
    if (local) seen.push(`blocked ${shown(local)} (a file on this computer)`);
  });
  page.on('requestfailed', (request: HTTPRequest) => {
    const url = request.url();
    // Blocked requests are already listed; anything else that failed is listed once here.
    if (allowed(url, origin)) seen.push(`failed to load ${shown(url)}`);
  });

  return {
    reset: () => {
      seen = [];
    },
    problems: () => seen,
    async check(what) {
      // Chromium refuses some URLs (file:// from a page that is not a file) before interception
      // sees them; such an image is simply broken, so broken images are listed as well.
      const broken = await page.evaluate(() =>
        Array.from(document.images)
          .filter((img) => !img.complete || img.naturalWidth === 0)
          // currentSrc is "" (not null) for an image that never resolved, so look past empty strings.
          .map(
            (img) =>
              [img.currentSrc, img.getAttribute('src')].find(Boolean) ?? '(an image with no src)',
          ),
      );
      const named = (src: string) => seen.some((p) => p.includes(` ${shown(src)}`));
      const problems = [
        ...new Set([
          ...seen,
          ...broken.filter((src) => !named(src)).map((src) => `image did not load: ${shown(src)}`),
        ]),
      ].sort(); // requests finish in any order; a sorted list reads the same every time
      if (problems.length === 0) return;
      throw new UserError(
        `${what} tried to load something from outside the document, so it was not written:\n${problems
          .map((p) => `  - ${p}`)
          .join(
            '\n',
          )}\nOnly pictures inside routines/ (set in the YAML) can be used; they are embedded in the file.`,
      );
    },
  };
}
