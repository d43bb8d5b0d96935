import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfCache } from '../../src/pdf/cache.ts';
import { renderPdfs, type PdfJob } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser, type SharedBrowser } from '../../src/pdf/shared-browser.ts';

let folder: string;
let shared: SharedBrowser;
let launches = 0;
let lines: string[] = [];
const stream = { write: (text: string) => lines.push(text) };

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-render-'));
  shared = sharedBrowser();
});
afterAll(async () => {
  await shared.close();
  await rm(folder, { recursive: true, force: true });
});

const browser = (): Promise<Browser> => {
  launches++;
  return shared.get();
};
const job = (n: number, text = `Document ${n}`): PdfJob => ({
  source: { html: `<!doctype html><html lang="en"><title>Doc ${n}</title><h1>${text}</h1></html>` },
  what: `Document ${n}`,
  files: [path.join(folder, 'out', `${n}.pdf`), path.join(folder, 'copy', `${n}.pdf`)],
});

describe('rendering many PDFs', () => {
  it('prints each once, writes every copy, shows progress, then serves unchanged ones from the cache', async () => {
    const cache = pdfCache(path.join(folder, 'cache'));
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    const first = await renderPdfs(jobs, { label: 'docs', browser, cache, stream });
    expect(first).toMatchObject({ rendered: 5, cached: 0 });
    expect(lines).toEqual([
      '  docs 1/5\n',
      '  docs 2/5\n',
      '  docs 3/5\n',
      '  docs 4/5\n',
      '  docs 5/5\n',
    ]);
    expect((await readdir(path.join(folder, 'copy'))).sort()).toEqual([
      '1.pdf',
      '2.pdf',
      '3.pdf',
      '4.pdf',
      '5.pdf',
    ]);
    expect(await readFile(path.join(folder, 'copy', '3.pdf'))).toEqual(
      await readFile(path.join(folder, 'out', '3.pdf')),
    );
    expect((await readdir(path.join(folder, 'cache'))).length).toBe(5);

    lines = [];
    launches = 0;
    const again = await renderPdfs([...jobs.slice(0, 4), job(5, 'Changed')], {
      label: 'docs',
      browser,
      cache,
      stream,
    });
    expect(again).toMatchObject({ rendered: 1, cached: 4 });
    expect(lines.at(-1)).toBe('  docs 5/5 (4 unchanged, from the cache)\n');

    launches = 0;
    const cachedOnly = await renderPdfs(jobs.slice(0, 4), {
      label: 'docs',
      browser,
      cache,
      stream,
    });
    expect(cachedOnly).toMatchObject({ rendered: 0, cached: 4 });
    expect(launches).toBe(0); // nothing to print, so the browser was not even asked for
  });

  it('leaves no half-written file when a document fails', async () => {
    const bad: PdfJob = { ...job(9), source: { html: '<img src="https://example.com/x.png">' } };
    await expect(renderPdfs([job(8), bad], { label: 'docs', browser, stream })).rejects.toThrow(
      /blocked https:\/\/example\.com\/x\.png/,
    );
    const names = await readdir(path.join(folder, 'out'));
    expect(names).not.toContain('9.pdf');
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
