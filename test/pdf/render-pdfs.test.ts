import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserVersion } from '../../src/pdf/browser.ts';
import { cacheKey, pdfCache } from '../../src/pdf/cache.ts';
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

/** Temporary files left in a folder: what an interrupted or failed write would leave. */
async function strays(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('rendering many PDFs', () => {
  it('prints each once, writes every copy, shows progress, then serves unchanged ones from the cache', async () => {
    const cache = pdfCache(path.join(folder, 'cache'), browserVersion());
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

  it('prints everything again with another browser version, and takes it from the cache after', async () => {
    const jobs = [21, 22].map((n) => job(n));
    const under = (version: string) => pdfCache(path.join(folder, 'versions'), version);
    const render = async (version: string) => {
      launches = 0;
      const stats = await renderPdfs(jobs, {
        label: 'docs',
        browser,
        cache: under(version),
        stream,
      });
      return { ...stats, launches };
    };
    expect(await render('Chromium 150.0.7871.100')).toMatchObject({ rendered: 2, launches: 1 });
    expect(await render('Chromium 150.0.7871.100')).toMatchObject({ cached: 2, launches: 0 });
    // The browser was upgraded: nothing it printed before is used.
    expect(await render('Chromium 151.0.7900.1')).toMatchObject({ rendered: 2, launches: 1 });
    expect(await render('Chromium 151.0.7900.1')).toMatchObject({ cached: 2, launches: 0 });
  });

  it('keeps the old file whole when a document fails to print', async () => {
    await mkdir(path.join(folder, 'out'), { recursive: true });
    await writeFile(path.join(folder, 'out', '9.pdf'), 'the old PDF');
    const bad: PdfJob = { ...job(9), source: { html: '<img src="https://example.com/x.png">' } };
    await expect(renderPdfs([job(8), bad], { label: 'docs', browser, stream })).rejects.toThrow(
      /blocked https:\/\/example\.com\/x\.png/,
    );
    expect(await readFile(path.join(folder, 'out', '9.pdf'), 'utf8')).toBe('the old PDF');
    expect(await strays(path.join(folder, 'out'))).toEqual([]);
  });

  it('leaves no half-written file when writing a copy fails', async () => {
    // The second copy cannot be put in place: a folder with a file in it has its name. The PDF is
    // printed and written in full to a temporary file first, which must not be left behind.
    const taken = path.join(folder, 'taken', '10.pdf');
    await mkdir(taken, { recursive: true });
    await writeFile(path.join(taken, 'keep.txt'), 'kept');
    const job10: PdfJob = { ...job(10), files: [path.join(folder, 'out', '10.pdf'), taken] };
    await expect(renderPdfs([job10], { label: 'docs', browser, stream })).rejects.toThrow(
      /10\.pdf/,
    );
    expect(await strays(path.join(folder, 'taken'))).toEqual([]);
    expect(await readdir(path.join(folder, 'taken'))).toEqual(['10.pdf']);
    expect(await readFile(path.join(taken, 'keep.txt'), 'utf8')).toBe('kept');
    // The first copy was written whole before that: a complete PDF, from header to end marker.
    const pdf = (await readFile(path.join(folder, 'out', '10.pdf'))).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('keeps the old file whole when the disk stops the write halfway', async () => {
    // A child process with a 16 KB file-size limit (ulimit -f counts 512-byte blocks) writes a
    // 64 KB PDF over a file that holds the old one: the disk takes the first 16 KB and then
    // refuses (EFBIG), as a full disk would. Written in place, the old file would be cut short.
    const html = '<!doctype html><title>Big</title><h1>Big</h1>';
    const cache = pdfCache(path.join(folder, 'limited-cache'), browserVersion());
    const big = new Uint8Array(64 * 1024).fill(0x25);
    await cache.put(cacheKey(html, { tagged: true, outline: true }), big);
    const target = path.join(folder, 'limited', 'big.pdf');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, 'the old PDF');
    const child = path.join(import.meta.dirname, 'fixtures/limited-write.ts');
    const script = 'ulimit -f 32 && exec "$0" "$@"';
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const run = execFile('sh', [
        '-c',
        script,
        process.execPath,
        child,
        cache.folder,
        target,
        html,
      ]);
      let stdout = '';
      run.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      run.on('close', (code) => resolve({ code, stdout }));
    });
    expect(result.stdout).toMatch(/^EFBIG: /);
    expect(result.code).toBe(1);
    const kept = await readFile(target, 'utf8');
    expect(kept.length, 'characters left in the target').toBe('the old PDF'.length);
    expect(kept).toBe('the old PDF');
    expect(await readdir(path.dirname(target))).toEqual(['big.pdf']);
  });
});
