import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser } from '../../src/pdf/shared-browser.ts';
import { processesWith } from '../../src/core/processes.ts';
import { hangingServer } from './hanging-server.ts';

const server = hangingServer();

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
              source: { html: `<img src="${server.origin}/never.png">` },
              what: 'The slow page',
              files: [],
            },
          ],
          {
            label: 'test',
            allowedOrigin: server.origin,
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
    expect(profile).toMatch(/routine-press-chromium-\d+-/);
    // Every Chromium process carries its profile on its command line.
    expect(processesWith(`--user-data-dir=${profile}`)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
  });
});
