/**
 * The bench's Chromium watcher follows each process's children instead of reading every process on
 * the machine. It must still see the whole tree: checked here against a plain scan of /proc.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchChromium } from '../../src/bench/process-tree.ts';
import { releaseBrowser, ownBrowser } from '../helpers/browser.ts';

/**
 * Every Chromium process under `root` (a child named so, and all under it), by a scan of all of
 * /proc: what the watcher used to do each sample. Other children (esbuild's service, started by
 * another test file in this process) are left out, as the watcher leaves them out.
 */
async function chromiumUnder(root: number): Promise<Set<number>> {
  const parents = new Map<number, { ppid: number; name: string }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    parents.set(Number(name), {
      ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]),
      name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    });
  }
  const found = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid, name }] of parents)
      if (!found.has(pid) && ((ppid === root && /chrom/i.test(name)) || found.has(ppid))) {
        found.add(pid);
        grew = true;
      }
  }
  return found;
}

describe.runIf(process.platform === 'linux')('watchChromium', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    // A whole browser of its own: the test counts the processes under it.
    browser = await ownBrowser();
  });
  afterAll(() => releaseBrowser(browser));

  it('counts the CPU of every Chromium process under this one, renderers included', async () => {
    if (!browser) throw new Error('no browser');
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    const watch = await watchChromium(50);
    // Work for two renderers: lay out a long page again and again.
    const words = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ');
    await Promise.all(
      pages.map(async (page) => {
        await page.setContent(`<p style="width:300px">${words}</p>`);
        for (let i = 0; i < 20; i++) await page.setViewport({ width: 400 + i * 10, height: 600 });
      }),
    );
    const expected = await chromiumUnder(process.pid);
    const usage = await watch.stop();
    await Promise.all(pages.map((page) => page.close()));
    const chromium = [...expected].length;
    // The browser, its zygotes, the GPU and network processes and at least the two renderers.
    expect(chromium).toBeGreaterThanOrEqual(4);
    expect(usage.processes).toBeGreaterThanOrEqual(chromium);
    expect(usage.chromiumCpuMs).toBeGreaterThan(0);
    expect(usage.chromiumPeakBytes).toBeGreaterThan(10 * 2 ** 20);
  });
});
