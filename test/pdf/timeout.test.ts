import { existsSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser } from '../../src/pdf/shared-browser.ts';
import { alive } from '../../src/build/lock.ts';

let server: Server;
let origin: string;
const waiting: ServerResponse[] = [];

beforeAll(async () => {
  // Answers nothing, ever: a picture that never arrives.
  server = createServer((_request, response) => void waiting.push(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const response of waiting) response.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('a page that hangs', () => {
  it('times out with a clear message and leaves no Chromium process or profile behind', async () => {
    const browser = sharedBrowser({ timeout: 20_000 });
    let pid = 0;
    let profile = '';
    const failure = await (async () => {
      try {
        await renderPdfs(
          [
            {
              source: { html: `<img src="${origin}/never.png">` },
              what: 'The slow page',
              files: [],
            },
          ],
          {
            label: 'test',
            allowedOrigin: origin,
            timeout: 1500,
            stream: { write: () => true },
            browser: async () => {
              const b = await browser.get();
              pid = b.process()?.pid ?? 0;
              profile =
                b
                  .process()
                  ?.spawnargs.find((a) => a.startsWith('--user-data-dir='))
                  ?.slice(16) ?? '';
              return b;
            },
          },
        );
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      } finally {
        await browser.close();
      }
    })();
    expect(failure).toMatchInlineSnapshot(
      `"The slow page did not finish within 1.5 s, so it was stopped. Something in it may be waiting for a file that never arrives; run it again, and if it keeps happening, run with DEBUG=1 and report it."`,
    );
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
    expect(profile).toMatch(/routine-press-chromium-/);
    expect(existsSync(profile)).toBe(false);
  });
});
