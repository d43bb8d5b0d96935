/**
 * Program builder benchmark (issue 14's budgets): the bundled site built once, then the builder's
 * JavaScript, gzipped (every script the page can run: its module scripts, what they import, and the
 * Print code it loads when asked, Handlebars' runtime included); what the first load of the builder
 * sends in all, gzipped, measured in Chromium; and the time from "Print" to the print dialog on a
 * 12-exercise program. With --with-100x, the builder's first load at 100× the content too: its
 * pages only, without the service workers, which play no part in a first load (at 100× a visitor's
 * worker then keeps about 240 MB for offline use, in the background: not what the page sends).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as astroBuild } from 'astro';
import type { Page } from 'puppeteer-core';
import { basePath, buildSite } from '../build/site.ts';
import type { Config } from '../core/config.ts';
import { pagePath } from '../domain/links.ts';
import { programFragment } from '../domain/program-link.ts';
import { withLibrariesHandedOver } from '../site/handover.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import type { ProgramInput } from '../model/schema/program.ts';
import { median, withServedPage } from './in-browser.ts';
import { scriptsOf } from './offline.ts';
import type { Benchmark, BenchRunOptions, BenchSection } from './report.ts';
import { generateSynthetic } from './synthetic.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const goals = { script: 60 * 1024, firstLoad: 150 * 1024, firstLoad100: 300 * 1024, printMs: 300 };
const verdict = (value: number, goal: number) => (value < goal ? 'met' : '**not met**');
const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const prints = 7;

interface Built {
  readonly site: string;
  readonly base: string;
  readonly library: Library;
}

async function build(config: Config, content: string, site: string): Promise<Built> {
  const library = await loadLibrary(content);
  await buildSite(library, site, config);
  return { site, base: config.base ?? basePath(library), library };
}

/** The site's pages as `buildSite` makes them (every language), with no service worker. */
async function buildPages(config: Config, content: string, site: string): Promise<Built> {
  const library = await loadLibrary(content);
  const translated = await Promise.all(
    library.settings.languages.slice(1).map((language) => loadLibrary(content, { language })),
  );
  const base = config.base ?? basePath(library);
  await withLibrariesHandedOver([library, ...translated], () =>
    astroBuild({
      root: process.cwd(),
      outDir: site,
      site: library.settings.site.baseUrl,
      base,
      logLevel: 'silent',
    }),
  );
  return { site, base, library };
}

/** What the page's own requests send while it loads, each gzipped (as a server would send it). */
async function firstLoad(page: Page, url: string): Promise<{ bytes: number; requests: number }> {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.status() !== 200) return;
    sizes.push(
      response.buffer().then(
        (body) => Math.min(body.length, gzipped(body)),
        () => 0,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
}

/** A program of the first 12 exercises, as a builder link's fragment. */
async function twelve(library: Library): Promise<string> {
  const items = Object.keys(library.exercises)
    .sort()
    .slice(0, 12)
    .map((exercise) => ({ exercise }));
  const program: ProgramInput = { format: 1, title: 'Twelve exercises', daysPerWeek: 3, items };
  return programFragment(program);
}

/** Milliseconds from the click on Print to the dialog, `prints` times (the first one cold). */
async function printTimes(page: Page, url: string): Promise<number[]> {
  await page.goto(url, { waitUntil: 'networkidle0' });
  // The clinician's pointer reaches the button before the click: the page fetches ahead then.
  await page.hover('[data-builder-print]');
  await page.waitForNetworkIdle({ idleTime: 300 });
  const times: number[] = [];
  for (let i = 0; i < prints; i++) {
    await page.evaluate(() => document.querySelector('[data-print-frame]')?.remove());
    await page.click('[data-builder-print]');
    const frame = await page.waitForSelector('iframe[data-print-frame][data-print-ms]');
    times.push(Number(await frame?.evaluate((f) => f.dataset['printMs'])));
    await page.waitForSelector('[data-builder-print]:not([disabled])');
  }
  return times;
}

async function measureInBrowser(built: Built, withPrint: boolean) {
  return withServedPage(built.site, built.base, async (page, url) => {
    const load = await firstLoad(page, `${url}${pagePath.builder()}`);
    const times = withPrint
      ? await printTimes(page, `${url}${pagePath.builder()}${await twelve(built.library)}`)
      : [];
    return { load, times };
  });
}

async function run(config: Config, options: BenchRunOptions): Promise<BenchSection> {
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'builder-'));
  try {
    const built = await build(config, config.content, path.join(work, 'x1'));
    const scripts = await scriptsOf(built.site, built.base, pagePath.builder());
    const script = scripts.reduce((sum, s) => sum + gzipped(Buffer.from(s.text)), 0);
    const raw = scripts.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
    const { load, times } = await measureInBrowser(built, true);
    const print = median(times.slice(1));
    const lines = [
      '| Measure | Result | Goal |',
      '| --- | ---: | --- |',
      `| The builder's JavaScript, Print included (${pagePath.builder()}: ${scripts.length} scripts, each gzipped) | **${kib(script)}** (${kib(raw)} before gzip) | under 60 KB: ${verdict(script, goals.script)} |`,
      `| First load of the builder on the bundled library (${load.requests} requests, each gzipped) | **${kib(load.bytes)}** | under 150 KB: ${verdict(load.bytes, goals.firstLoad)} |`,
      `| From "Print" to the print dialog, 12 exercises (median of ${times.length - 1} after a first of ${times[0]} ms) | **${print} ms** | under 300 ms: ${verdict(print, goals.printMs)} |`,
    ];
    if (options.hundredfold) {
      const content = path.join(work, 'x100', 'routines');
      await generateSynthetic(config.content, content, { copies: 100 });
      const large = await buildPages(config, content, path.join(work, 'x100', 'site'));
      const { load: load100 } = await measureInBrowser(large, false);
      lines.push(
        `| First load of the builder at 100× the content (${Object.keys(large.library.exercises).length} exercises, ${load100.requests} requests, each gzipped) | **${kib(load100.bytes)}** | under 300 KB: ${verdict(load100.bytes, goals.firstLoad100)} |`,
      );
    } else lines.push('', 'At 100× the content: run `npm run bench -- builder --with-100x`.');
    return { title: 'Program builder', lines };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const builderBenchmark: Benchmark = { title: 'Program builder', run };
