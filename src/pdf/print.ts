/**
 * Loads one document into a pooled page and prints it to PDF: self-contained HTML through
 * `page.setContent`, or a URL on the pool's allowed 127.0.0.1 origin. The network guard is checked
 * before printing, so a document that reached outside is never written. PDFs are tagged and carry
 * an outline from the headings; the paper size comes from the document's CSS `@page` rule.
 */
import { TimeoutError, type Page } from 'puppeteer-core';
import { UserError } from '../core/errors.ts';
import type { PooledPage } from './page-pool.ts';
import { timedOut, withTimeout } from './timeout.ts';

/** What to load: a whole HTML document as text, or an address on the pool's allowed origin. */
export type DocumentSource = { readonly html: string } | { readonly url: string };

export interface PrintOptions {
  /** Names the document in messages: "The handout side-hip-starter-a4.pdf". */
  readonly what: string;
  /** Tagged (accessible) PDF. Default true. */
  readonly tagged?: boolean;
  /** A PDF outline (bookmarks) from the headings. Default true. */
  readonly outline?: boolean;
  /**
   * Run on the loaded document before printing (a handout's fit): the problems it finds, each a
   * message a person can act on. With any, nothing is printed: `NotPrinted` carries them.
   */
  readonly check?: ((page: Page) => Promise<readonly string[]>) | undefined;
}

/** A document its check refused, with every problem the check found. */
export class NotPrinted extends UserError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** Puppeteer's own timeouts become the same plain message as ours. */
async function plainTimeouts<T>(work: Promise<T>, what: string, ms: number): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TimeoutError) throw new UserError(timedOut(what, ms), { cause: error });
    throw error;
  }
}

/** Loads `source` into the page and waits for it and its fonts; throws if anything was blocked. */
export async function loadDocument(
  { page, guard, timeout }: PooledPage,
  source: DocumentSource,
  what: string,
): Promise<void> {
  guard.reset();
  const loading =
    'html' in source
      ? page.setContent(source.html, { waitUntil: 'load', timeout })
      : page.goto(source.url, { waitUntil: 'load', timeout }).then(() => undefined);
  await plainTimeouts(loading, what, timeout);
  await withTimeout(
    page.evaluate(() => document.fonts.ready.then(() => undefined)),
    timeout,
    what,
  );
  await guard.check(what);
}

/** Loads and prints one document; returns the PDF bytes. */
export async function printPdf(
  pooled: PooledPage,
  source: DocumentSource,
  options: PrintOptions,
): Promise<Uint8Array> {
  await loadDocument(pooled, source, options.what);
  const problems = (await options.check?.(pooled.page)) ?? [];
  if (problems.length > 0) throw new NotPrinted(problems);
  const printing = pooled.page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: options.tagged ?? true,
    outline: options.outline ?? true,
    waitForFonts: true,
    timeout: pooled.timeout,
  });
  const pdf = await plainTimeouts(printing, options.what, pooled.timeout);
  // Printing can start late requests (print-only images); check again before anyone writes it.
  await pooled.guard.check(options.what);
  return pdf;
}
