/**
 * No PDF is held in memory after it is written (issue 20): documents printed through the build's
 * page pool (renderPdfs) are gone from Node's memory once collected. Each PDF the pool hands to
 * the cache is watched with a WeakRef (the same bytes are then dated and written to every file),
 * and Node's array buffers, where PDF bytes live, are measured after a collection before and after
 * the run. V8's collector is reached without starting Node with --expose-gc (jest's leak detector
 * does the same).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfCache } from '../../src/pdf/cache.ts';
import { renderPdfs, type PdfJob } from '../../src/pdf/render-pdfs.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';

let folder: string;
let browser: BrowserContext | undefined;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-pdf-memory-'));
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await rm(folder, { recursive: true, force: true });
});

/** V8's garbage collector as a function, as `--expose-gc` would give it. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}

/**
 * Collects until nothing more goes: a WeakRef's target is kept until the current task ends, and
 * a buffer's memory is given back when its finaliser runs, so each round waits a task first.
 */
async function collect(gc: () => void): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
}

/** A document of a few pages of its own text, so each PDF is different and some tens of KB. */
const job = (n: number): PdfJob => {
  const words = Array.from({ length: 2500 }, (_, i) => `word${n}x${i}`).join(' ');
  return {
    source: {
      html: `<!doctype html><html lang="en"><title>Doc ${n}</title><h1>Document ${n}</h1><p>${words}</p></html>`,
    },
    what: `Document ${n}`,
    files: [path.join(folder, 'out', `${n}.pdf`)],
  };
};

describe('PDFs printed through the page pool', () => {
  it('are not kept in memory once written: every one is collected, and array buffers do not grow by them', async () => {
    const gc = collector();
    const watched: WeakRef<Uint8Array>[] = [];
    let printedBytes = 0;
    // A cache that keeps nothing: it only watches the PDFs the pool prints.
    const cache: PdfCache = {
      folder,
      get: () => Promise.resolve(undefined),
      put: (_key, bytes) => {
        watched.push(new WeakRef(bytes));
        printedBytes += bytes.byteLength;
        return Promise.resolve();
      },
      prune: () => Promise.resolve(),
    };
    const print = (jobs: PdfJob[]) =>
      renderPdfs(jobs, {
        label: 'documents',
        browser: () =>
          browser ? Promise.resolve(browser) : Promise.reject(new Error('no browser')),
        cache,
        date: new Date('2026-12-04T00:00:00Z'),
        stream: { write: () => true },
      });

    // A first few, so the browser connection's own buffers are in the baseline.
    await print([1, 2, 3].map(job));
    await collect(gc);
    const before = process.memoryUsage().arrayBuffers;
    printedBytes = 0;
    watched.length = 0;

    // More than twice the documents a page loads before it is replaced (20), so pages turn over.
    const stats = await print(Array.from({ length: 45 }, (_, i) => job(i + 10)));
    expect(stats).toMatchObject({ rendered: 45, cached: 0 });
    expect((await readdir(path.join(folder, 'out'))).length).toBe(48);
    expect(watched).toHaveLength(45);
    expect(printedBytes).toBeGreaterThan(45 * 20_000);

    await collect(gc);
    const kept = watched.filter((ref) => ref.deref() !== undefined).length;
    const grew = process.memoryUsage().arrayBuffers - before;
    expect(kept, 'PDFs still reachable after they were written').toBe(0);
    // Held, the PDFs alone would add printedBytes (about 1.5 MB); a little noise is allowed.
    expect(grew, `array buffers grew ${grew} bytes after printing ${printedBytes}`).toBeLessThan(
      printedBytes / 4,
    );
  });

  it('make each document when its turn comes: never more made than printed, plus one a page', async () => {
    let made = 0;
    let printed = 0;
    let mostAhead = 0;
    const cache: PdfCache = {
      folder,
      get: () => Promise.resolve(undefined),
      put: () => {
        printed++;
        return Promise.resolve();
      },
      prune: () => Promise.resolve(),
    };
    const jobs = Array.from({ length: 12 }, (_, i): PdfJob => {
      const { source, ...rest } = job(i + 100);
      return {
        ...rest,
        source: () => {
          made++;
          mostAhead = Math.max(mostAhead, made - printed);
          return Promise.resolve(source as { html: string });
        },
      };
    });
    await renderPdfs(jobs, {
      label: 'documents',
      browser: () => (browser ? Promise.resolve(browser) : Promise.reject(new Error('no browser'))),
      cache,
      poolSize: 2,
      stream: { write: () => true },
    });
    expect(made).toBe(12);
    expect(printed).toBe(12);
    // Two pages: at most two documents made and not yet printed.
    expect(mostAhead).toBe(2);
  });
});
