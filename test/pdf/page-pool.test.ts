/**
 * The page pool replaces a page after it has loaded its share of documents, so the renderer's
 * memory does not grow with the library; the documents printed on a fresh page are the same.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagePool } from '../../src/pdf/page-pool.ts';
import { printPdf } from '../../src/pdf/print.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';

let browser: BrowserContext | undefined;
beforeAll(async () => {
  browser = await testBrowser();
});
afterAll(() => releaseBrowser(browser));

const html = (n: number) =>
  `<!doctype html><html lang="en"><title>Doc ${n}</title><h1>Document ${n}</h1></html>`;

describe('the page pool', () => {
  it('closes a page after its share of documents and prints the rest on a fresh one', async () => {
    if (!browser) throw new Error('no browser');
    const pool = createPagePool(browser, { size: 1, documentsPerPage: 2 });
    const pages: Page[] = [];
    const pdfs: Uint8Array[] = [];
    try {
      for (const n of [1, 2, 3, 4, 5])
        pdfs.push(
          await pool.use((pooled) => {
            pages.push(pooled.page);
            return printPdf(pooled, { html: html(n) }, { what: `Document ${n}` });
          }),
        );
    } finally {
      await pool.close();
    }
    const distinct = [...new Set(pages)];
    expect(distinct).toHaveLength(3);
    expect(pages.map((p) => distinct.indexOf(p))).toEqual([0, 0, 1, 1, 2]);
    expect(distinct.every((p) => p.isClosed())).toBe(true);
    // Every document printed whole, on an old page or a fresh one.
    for (const pdf of pdfs)
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF-[\s\S]*%%EOF\s*$/);
  });
});
