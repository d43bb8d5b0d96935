/**
 * Finder benchmark (issue 13's budgets): what a phone downloads for the home page's finder, its
 * scripts and its index (the items' search words and facet tokens, carried in the page's data-
 * attributes), each gzipped, for the bundled library; and how long a keystroke in the search box
 * takes to update the results at 100× the routines, in Chromium (the input handler, style
 * and layout; median over every key of a few searches runners type).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, buildSite } from '../build/site.ts';
import type { Config } from '../core/config.ts';
import { loadLibrary } from '../model/load.ts';
import { median, withServedPage } from './in-browser.ts';
import { scriptsOf } from './offline.ts';
import type { Benchmark, BenchSection } from './report.ts';
import { generateSynthetic } from './synthetic.ts';

const goals = { gzip: 12 * 1024, keystrokeMs: 16 };
/** Searches typed a key at a time; each key is one measured update. */
const searches = ['outer hip', 'bursitis', 'band 15 minutes', 'hip flexr'];
const routineCopies = 100;

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The finder's index in a page: every data- attribute of its items, the facet tokens included. */
export function finderIndex(html: string): string {
  return [...html.matchAll(/<li\b[^>]*\bdata-finder-item\b[^>]*>/g)]
    .flatMap(([tag]) => [...tag.matchAll(/\sdata-[\w-]+(?:="[^"]*")?/g)].map(([a]) => a))
    .join('');
}

/** Each key of each search, timed from the input event to layout done. */
async function keystrokes(site: string, base: string): Promise<number[]> {
  return withServedPage(site, base, async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
    return page.evaluate(async (typed: string[]) => {
      const box = document.querySelector<HTMLInputElement>('input[name="q"]');
      if (!box) return [];
      const times: number[] = [];
      for (const search of typed) {
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        for (const key of search) {
          const started = performance.now();
          box.value += key;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          // Reading the height makes Chromium apply styles and lay out now, inside the timing.
          if (document.body.offsetHeight < 0) break;
          times.push(performance.now() - started);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }
      return times;
    }, searches);
  });
}

async function run(config: Config): Promise<BenchSection> {
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'finder-'));
  try {
    const library = await loadLibrary(config.content);
    const site = path.join(work, 'site');
    await buildSite(library, site, config);
    const base = config.base ?? basePath(library);
    const scripts = await scriptsOf(site, base, '');
    const code = scripts.reduce((sum, s) => sum + gzipped(s.text), 0);
    const index = gzipped(finderIndex(await readFile(path.join(site, 'index.html'), 'utf8')));
    const total = code + index;

    const content = path.join(work, 'x100', 'routines');
    await generateSynthetic(config.content, content, { copies: 1, routineCopies });
    const big = await loadLibrary(content);
    const bigSite = path.join(work, 'x100', 'site');
    await buildSite(big, bigSite, config);
    const times = await keystrokes(bigSite, config.base ?? basePath(big));
    const verdict = (met: boolean) => (met ? 'met' : '**not met**');
    return {
      title: 'Finder',
      lines: [
        '| Measure | Result | Goal |',
        '| --- | ---: | --- |',
        `| The home page's scripts (${scripts.length}, the finder's and the page's others, each gzipped) and the finder's index (every item's search words and facet tokens, gzipped), bundled library | **${kib(total)}** (scripts ${kib(code)}, index ${kib(index)}) | under 12 KB: ${verdict(total < goals.gzip)} |`,
        `| A keystroke in the search box with ${Object.keys(big.routines).length} routines, in Chromium (input handler, style and layout; the address follows once typing pauses, outside this time; median of ${times.length} keys typing ${searches.map((s) => `"${s}"`).join(', ')}) | **${median(times).toFixed(1)} ms** (fastest ${Math.min(...times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms) | under 16 ms: ${verdict(median(times) < goals.keystrokeMs)} |`,
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const finderBenchmark: Benchmark = { title: 'Finder', run };
