/**
 * Handout benchmark, all in one run on the bundled content: handouts a second with one shared
 * browser against a browser launched for each document (all the handouts of a build); Chromium
 * time for one typical handout on a warm page; and a no-op rebuild served from the PDF cache
 * against a cold build (empty cache, browser started on demand).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { handoutJobs } from '../handouts/build.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { idsOf, lookup } from '../model/lookup.ts';
import { browserVersion, closeBrowser, launchBrowser } from '../pdf/browser.ts';
import { profileHandout } from './handout-profile.ts';
import { pdfCache } from '../pdf/cache.ts';
import { documentOf, renderPdfs, type PdfJob } from '../pdf/render-pdfs.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { templateEnv } from '../render/env.ts';
import type { Benchmark, BenchSection } from './report.ts';
import { median } from './in-browser.ts';

const warmPrints = 10;
const quiet = { write: () => true };

const ms = (value: number) => `${Math.round(value)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Renders `jobs` on one browser launched for them, closed after. */
async function oneBrowser(jobs: readonly PdfJob[], cacheFolder?: string): Promise<void> {
  const browser = sharedBrowser();
  try {
    await renderPdfs(jobs, {
      label: 'handouts',
      browser: browser.get,
      cache: cacheFolder === undefined ? undefined : pdfCache(cacheFolder, browserVersion()),
      stream: quiet,
    });
  } finally {
    await browser.close();
  }
}

/**
 * The regular Letter handout of the routine closest to six exercises in all (warm-up, main and
 * cool-down; the first by id on a tie): the "typical 6-exercise routine".
 */
export function typicalJob(library: Library, jobs: readonly PdfJob[]): PdfJob {
  const count = (id: string) => {
    const r = lookup(library, 'routine', id);
    return r.warmUp.items.length + r.main.length + r.coolDown.length;
  };
  const ids = idsOf(library, 'routine');
  const id = [...ids].sort((a, b) => Math.abs(count(a) - 6) - Math.abs(count(b) - 6))[0];
  const job = jobs.find((j) => j.what === `The handout ${id ?? ''}-letter.pdf`);
  if (!job) throw new Error('no routine to measure');
  return job;
}

async function run(config: Config): Promise<BenchSection> {
  const library = await loadLibrary(config.content);
  const templates = templateEnv(config.templates);
  const work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-bench-handouts-'));
  try {
    // Made before the clock starts, as these runs time printing (a build makes each when printed).
    const jobs = await Promise.all(
      (
        await handoutJobs(
          { libraries: [library], templates },
          [path.join(work, 'out')],
          config.date,
        )
      ).map(async (job) => ({ ...job, source: await documentOf(job) })),
    );
    // Both strategies render every handout of a build: a real build is what the shared browser is for.
    const sharedMs = await timed(() => oneBrowser(jobs));
    // Starting and closing a browser alone, to see what that build spent on the handouts themselves.
    const launches: number[] = [];
    for (let i = 0; i < 3; i++)
      launches.push(await timed(async () => closeBrowser(await launchBrowser())));
    const perHandoutMs = (sharedMs - median(launches)) / jobs.length;
    let perDocumentMs = 0;
    for (const job of jobs) perDocumentMs += await timed(() => oneBrowser([job]));

    const typical = typicalJob(library, jobs);
    const warm = await profileHandout(typical, warmPrints);

    const cache = path.join(work, 'cache');
    const coldMs = await timed(async () =>
      oneBrowser(
        await handoutJobs(
          { libraries: [library], templates },
          [path.join(work, 'cold')],
          config.date,
        ),
        cache,
      ),
    );
    const noopMs = await timed(async () =>
      oneBrowser(
        await handoutJobs(
          { libraries: [library], templates },
          [path.join(work, 'noop')],
          config.date,
        ),
        cache,
      ),
    );

    const rate = (n: number, t: number) => (n / (t / 1000)).toFixed(1);
    const speedup = perDocumentMs / sharedMs;
    const ratio = (noopMs / coldMs) * 100;
    return {
      title: 'Handouts',
      lines: [
        '| Measure | Result | Goal |',
        '| --- | --- | --- |',
        `| Handouts a second, one shared browser (all ${jobs.length} PDFs of a build) | ${rate(jobs.length, sharedMs)} | |`,
        `| Handouts a second, a browser launched per PDF (same ${jobs.length}) | ${rate(jobs.length, perDocumentMs)} | |`,
        `| Shared browser speed-up | ${speedup.toFixed(1)}× | 5× or more |`,
        `| Time a handout in that shared build, browser start (${ms(median(launches))}) left out (2 pages print at once on 2 cores) | ${ms(perHandoutMs)} | |`,
        `| Chromium time for one typical handout (${typical.what.replace('The handout ', '')}: load, fonts, print; median of ${warmPrints}) | ${ms(warm.total)} wall, ${ms(warm.chromiumCpu)} CPU of all Chromium processes | under 60 ms |`,
        `| … of which load (setContent to load) / fonts ready / print (tagged, outline) | ${ms(warm.load)} / ${ms(warm.fonts)} / ${ms(warm.print)} | |`,
        `| … the same print untagged / tagged without outline (what tagging and the outline cost) | ${ms(warm.printUntagged)} / ${ms(warm.printNoOutline)} | |`,
        `| … Chromium's counters for load + print (CDP Performance.getMetrics): style / layout / script / all tasks | ${ms(warm.metrics.style)} / ${ms(warm.metrics.layout)} / ${ms(warm.metrics.script)} / ${ms(warm.metrics.tasks)} | |`,
        `| Cold build of all ${jobs.length} handouts (empty cache, browser start included) | ${ms(coldMs)} (${ms(coldMs / jobs.length)} a handout) | |`,
        `| No-op rebuild, every handout from the cache | ${ms(noopMs)} (${ratio.toFixed(1)}% of cold) | under 10% |`,
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const handoutsBenchmark: Benchmark = { title: 'Handouts', run };
