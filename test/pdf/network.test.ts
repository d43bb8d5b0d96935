import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagePool, type PagePool } from '../../src/pdf/page-pool.ts';
import { printPdf } from '../../src/pdf/print.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';

// A 1×1 PNG, for an image that is allowed to load.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let browser: BrowserContext;
let server: Server;
let origin: string;
let pool: PagePool;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/dot.png')
      response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await testBrowser();
  pool = createPagePool(browser, { allowedOrigin: origin, timeout: 10_000 });
});
afterAll(async () => {
  await pool.close();
  await releaseBrowser(browser);
  await new Promise((resolve) => server.close(resolve));
});

async function print(body: string): Promise<string> {
  try {
    const pdf = await pool.use((page) => printPdf(page, { html: body }, { what: 'The test page' }));
    return `printed ${pdf.byteLength > 1000 ? 'a PDF' : 'nothing'}`;
  } catch (error) {
    return (error as Error).message.split(origin).join('<origin>');
  }
}

describe('the network policy of printed pages', () => {
  it('prints data: pictures and pictures from the allowed origin', async () => {
    expect(await print(`<img src="data:image/png;base64,${png.toString('base64')}">`)).toBe(
      'printed a PDF',
    );
    expect(await print(`<img src="${origin}/dot.png">`)).toBe('printed a PDF');
  });

  it('refuses a file on this computer, naming it, wherever the document asks for it', async () => {
    const attempts = [
      '<img src="file:///etc/passwd">',
      '<p style="background: url(file:///etc/passwd)">x</p>',
      '<iframe src="file:///etc/passwd"></iframe>',
    ];
    for (const html of attempts)
      expect(await print(html), html).toBe(
        [
          'The test page tried to load something from outside the document, so it was not written:',
          '  - blocked file:///etc/passwd (a file on this computer)',
          'Only pictures inside routines/ (set in the YAML) can be used; they are embedded in the file.',
        ].join('\n'),
      );
  });

  it('blocks a remote picture, font or style sheet, naming each', async () => {
    expect(
      await print(
        '<img src="https://example.com/x.png"><style>@import url(https://example.com/a.css);</style>',
      ),
    ).toMatchInlineSnapshot(`
      "The test page tried to load something from outside the document, so it was not written:
        - blocked https://example.com/a.css
        - blocked https://example.com/x.png
      Only pictures inside routines/ (set in the YAML) can be used; they are embedded in the file."
    `);
  });

  it('fails on a missing picture from the allowed origin', async () => {
    expect(await print(`<img src="${origin}/missing.png">`)).toMatchInlineSnapshot(`
      "The test page tried to load something from outside the document, so it was not written:
        - not found (404) <origin>/missing.png
      Only pictures inside routines/ (set in the YAML) can be used; they are embedded in the file."
    `);
  });

  it('does not run scripts in the document', async () => {
    const text = await pool.use(async (pooled) => {
      await pooled.page.setContent('<p id="x">before</p><script>x.textContent = "after"</script>');
      return pooled.page.$eval('#x', (p) => p.textContent);
    });
    expect(text).toBe('before');
  });
});
