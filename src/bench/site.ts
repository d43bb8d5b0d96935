/**
 * Website benchmark: site build time for synthetic libraries at 1×, 10× and 100× the bundled
 * pack, and how long one filter change takes on a finder page with at least 1,000 routines,
 * measured in Chromium. Everything is built in a temporary folder inside the project.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, basePath } from '../build/site.ts';
import { mebibytes, withPeakMemory } from './memory.ts';
import type { Config } from '../core/config.ts';
import { loadLibrary } from '../model/load.ts';
import { median, withServedPage } from './in-browser.ts';
import type { Benchmark, BenchSection } from './report.ts';
import { generateSynthetic, type SyntheticOptions } from './synthetic.ts';

const scales = [1, 10, 100];
const routinesForFilter = 1000;
const filterChanges = 21;

interface Built {
  readonly routines: number;
  readonly pages: number;
  readonly loadMs: number;
  readonly buildMs: number;
  /** CPU time of this process for load + build: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly site: string;
  readonly base: string;
  /** Peak resident memory of this process during load + build. */
  readonly peakBytes: number;
}

async function countPages(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}

async function buildScaled(
  config: Config,
  work: string,
  name: string,
  options: SyntheticOptions,
): Promise<Built> {
  const content = path.join(work, name, 'routines');
  const site = path.join(work, name, 'site');
  await generateSynthetic(config.content, content, options);
  // Collect what earlier runs left behind, so each peak belongs to its own build.
  globalThis.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let loaded = started;
  const { result: library, peakBytes } = await withPeakMemory(async () => {
    const loadedLibrary = await loadLibrary(content);
    loaded = performance.now();
    await buildSite(loadedLibrary, site, config);
    return loadedLibrary;
  });
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    peakBytes,
    cpuMs: (used.user + used.system) / 1000,
    routines: Object.keys(library.routines).length,
    pages: await countPages(site),
    loadMs: loaded - started,
    buildMs: done - started,
    site,
    base: basePath(library),
  };
}

/** Clicks time and equipment chips in turn; each time is the change handler plus style and layout. */
async function filterTimes(built: Built): Promise<number[]> {
  return withServedPage(built.site, built.base, async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
    return page.evaluate(async (changes: number) => {
      const inputs = [
        ...document.querySelectorAll<HTMLInputElement>(
          '[data-facet="time"] input, [data-facet="have"] input',
        ),
      ];
      const times: number[] = [];
      for (let i = 0; i < changes; i++) {
        const input = inputs[i % inputs.length];
        if (!input) break;
        const started = performance.now();
        input.click();
        // Reading the height makes Chromium apply styles and lay out now, inside the timing.
        if (document.body.offsetHeight < 0) break;
        times.push(performance.now() - started);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return times;
    }, filterChanges);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function run(config: Config): Promise<BenchSection> {
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'site-'));
  try {
    const lines = [
      '| Library | Routines | Pages | Load library | Site build (load + Astro) | CPU time | Per page | Peak memory (RSS) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    let smallest: Built | undefined;
    let largest: Built | undefined;
    for (const scale of scales) {
      const built = await buildScaled(config, work, `x${scale}`, { copies: scale });
      lines.push(
        `| ${scale}× | ${built.routines} | ${built.pages} | ${seconds(built.loadMs)} | ${seconds(built.buildMs)} | ${seconds(built.cpuMs)} | ${(built.buildMs / built.pages).toFixed(1)} ms | ${mebibytes(built.peakBytes)} |`,
      );
      console.log(lines.at(-1));
      smallest ??= built;
      largest = built;
    }
    const ratio = (key: 'buildMs' | 'peakBytes') =>
      smallest && largest ? (largest[key] / smallest[key]).toFixed(1) : '?';
    lines.push(
      '',
      `From 1× to 100× the content: build time × ${ratio('buildMs')}, peak memory × ${ratio('peakBytes')}. ` +
        'Goal: the 100× library builds in under 60 s.',
      '',
    );
    let finder = largest;
    if (!finder || finder.routines < routinesForFilter) {
      const base = (await loadLibrary(config.content)).routines;
      const routineCopies = Math.ceil(routinesForFilter / Math.max(1, Object.keys(base).length));
      finder = await buildScaled(config, work, 'filter', { copies: 1, routineCopies });
    }
    const times = await filterTimes(finder);
    lines.push(
      `One filter change on a finder page with ${finder.routines} routines, in Chromium ` +
        `(change handler, URL update, style and layout; median of ${times.length}): ` +
        `**${median(times).toFixed(1)} ms** (fastest ${Math.min(...times).toFixed(1)} ms, ` +
        `slowest ${Math.max(...times).toFixed(1)} ms). Goal: under 16 ms.`,
    );
    return { title: 'Website', lines };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const siteBenchmark: Benchmark = { title: 'Website', run };
