/**
 * Where one handout's time goes, on a warm page: loading the HTML, waiting for its fonts, and
 * printing, the print taken apart by turning the tagging and the outline off in turn; Chromium's
 * own counters (CDP `Performance.getMetrics`: style, layout, script, all tasks) for one print as the
 * build does it; and the CPU time all Chromium processes spend on it, from /proc. Medians of a
 * few rounds after one that warms the page up.
 */
import type { CDPSession } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../pdf/browser.ts';
import { createPagePool } from '../pdf/page-pool.ts';
import { loadDocument } from '../pdf/print.ts';
import { documentOf, type PdfJob } from '../pdf/render-pdfs.ts';
import { watchChromium } from './process-tree.ts';
import { median } from './in-browser.ts';

export interface HandoutProfile {
  /** setContent to the load event. */
  readonly load: number;
  /** The document's fonts ready, after load. */
  readonly fonts: number;
  /** page.pdf as the build prints: tagged, with an outline. */
  readonly print: number;
  readonly printUntagged: number;
  readonly printNoOutline: number;
  /** Load + fonts + print as the build does them. */
  readonly total: number;
  /** Chromium's counters over one load and print: milliseconds of each kind of work. */
  readonly metrics: { style: number; layout: number; script: number; tasks: number };
  /** CPU time of every Chromium process for one load and print, as the build does it. */
  readonly chromiumCpu: number;
}

async function counters(session: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export async function profileHandout(job: PdfJob, rounds = 10): Promise<HandoutProfile> {
  const source = await documentOf(job);
  const browser = await launchBrowser();
  const pool = createPagePool(browser, { size: 1 });
  const times: Record<keyof Omit<HandoutProfile, 'metrics' | 'chromiumCpu'>, number[]> = {
    load: [],
    fonts: [],
    print: [],
    printUntagged: [],
    printNoOutline: [],
    total: [],
  };
  const kinds = {
    style: [] as number[],
    layout: [] as number[],
    script: [] as number[],
    tasks: [] as number[],
  };
  let chromiumCpu = 0;
  try {
    await pool.use(async (pooled) => {
      const { page } = pooled;
      const session = await page.createCDPSession();
      await session.send('Performance.enable');
      const pdf = (tagged: boolean, outline: boolean) =>
        page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged,
          outline,
          waitForFonts: true,
        });
      for (let i = 0; i <= rounds; i++) {
        const before = await counters(session);
        const started = performance.now();
        if ('html' in source)
          await page.setContent(source.html, { waitUntil: 'load', timeout: pooled.timeout });
        const loaded = performance.now();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const fonts = performance.now();
        await pdf(true, true);
        const printed = performance.now();
        const after = await counters(session);
        await pdf(false, true);
        const untagged = performance.now();
        await pdf(true, false);
        const noOutline = performance.now();
        // The first round warms the page up (fonts decoded, code compiled); it is not counted.
        if (i === 0) continue;
        times.load.push(loaded - started);
        times.fonts.push(fonts - loaded);
        times.print.push(printed - fonts);
        times.printUntagged.push(untagged - printed);
        times.printNoOutline.push(noOutline - untagged);
        times.total.push(printed - started);
        const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
        kinds.style.push(delta('RecalcStyleDuration'));
        kinds.layout.push(delta('LayoutDuration'));
        kinds.script.push(delta('ScriptDuration'));
        kinds.tasks.push(delta('TaskDuration'));
      }
      // Chromium's CPU for the build's way alone: load, fonts and one tagged print, `rounds` times.
      const watch = await watchChromium(50);
      for (let i = 0; i < rounds; i++) {
        await loadDocument(pooled, source, job.what);
        await pdf(true, true);
      }
      chromiumCpu = (await watch.stop()).chromiumCpuMs / rounds;
      await session.detach();
    });
  } finally {
    await pool.close();
    await closeBrowser(browser);
  }
  return {
    load: median(times.load),
    fonts: median(times.fonts),
    print: median(times.print),
    printUntagged: median(times.printUntagged),
    printNoOutline: median(times.printNoOutline),
    total: median(times.total),
    metrics: {
      style: median(kinds.style),
      layout: median(kinds.layout),
      script: median(kinds.script),
      tasks: median(kinds.tasks),
    },
    chromiumCpu,
  };
}
