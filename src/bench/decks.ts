/**
 * Deck benchmark: the time to make the PDF of a 15-slide deck with `npm run deck` against marp-cli
 * on the same slides written as Markdown, both as command-line runs pointed at the same Chromium
 * (so each launches its browser and loads its code), taken in turns, 3 runs each. Also the print
 * time alone on a browser that is already running, as in a build.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Config } from '../core/config.ts';
import { deckHtml } from '../decks/html.ts';
import { figureSvgs, marpMarkdown } from '../decks/marp-markdown.ts';
import { deckFromFile } from '../decks/plan.ts';
import { loadLibrary } from '../model/load.ts';
import { lookup } from '../model/lookup.ts';
import { createPagePool } from '../pdf/page-pool.ts';
import { printPdf } from '../pdf/print.ts';
import { findBrowser } from '../pdf/find-browser.ts';
import { withBrowser } from '../pdf/browser.ts';
import { templateEnv } from '../render/env.ts';
import type { Benchmark, BenchSection } from './report.ts';
import { median } from './in-browser.ts';

const slideCount = 15;
const runs = 3;
const deckId = 'bench-fifteen';
const sampleRoutine = 'beginner-hip-strength';

/** A deck file of exactly 15 slides: a title, a routine, the 10% rule, then text slides to fill. */
function deckYaml(routineSlides: number): string {
  const fill = slideCount - 2 - routineSlides;
  if (fill < 0)
    throw new Error(`the routine "${sampleRoutine}" has too many slides for this bench`);
  const slides = [
    { kind: 'title', title: 'Strong hips for runners', subtitle: 'A 15-slide benchmark deck' },
    { kind: 'routine', routine: sampleRoutine },
    { kind: 'guidance', topic: 'ten-percent-rule' },
    ...Array.from({ length: fill }, (_, i) => ({
      kind: 'text',
      title: `Point ${i + 1}`,
      bullets: ['Build up slowly.', 'Warm up before you run.', 'Stop if it hurts.'],
    })),
  ];
  return stringify({
    title: 'Benchmark deck',
    audience: 'Benchmarks',
    summary: 'Fifteen slides.',
    slides,
  });
}

/** Runs a command and returns its wall-clock milliseconds; fails loudly if it fails. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else
        reject(
          new Error(`${path.basename(command)} ${args.join(' ')} failed (${code}):\n${errors}`),
        );
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const list = (values: number[]) => values.map(seconds).join(', ');

async function run(config: Config): Promise<BenchSection> {
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'decks-'));
  try {
    const content = path.join(work, 'routines');
    await cp(config.content, content, { recursive: true });
    const bundled = await loadLibrary(content);
    // Throws when the bundled pack no longer has the sample routine the bench needs.
    lookup(bundled, 'routine', sampleRoutine);
    const routineSlides = deckFromFile(bundled, {
      id: 'x',
      source: '',
      title: 'x',
      audience: 'x',
      summary: 'x',
      slides: [{ kind: 'routine', routine: sampleRoutine }],
    }).slides.length;
    await mkdir(path.join(content, 'decks'), { recursive: true });
    await writeFile(path.join(content, 'decks', `${deckId}.yaml`), deckYaml(routineSlides));
    const library = await loadLibrary(content);
    const plan = deckFromFile(library, lookup(library, 'deck', deckId));
    if (plan.slides.length !== slideCount)
      throw new Error(`the bench deck has ${plan.slides.length} slides`);

    const html = await deckHtml(library, templateEnv(config.templates), plan);
    const md = path.join(work, 'deck.md');
    await writeFile(md, marpMarkdown(plan, figureSvgs(html)));

    const chrome = findBrowser();
    const ours: number[] = [];
    const marp: number[] = [];
    const main = path.resolve('src/cli/main.ts');
    const marpBin = path.resolve('node_modules/.bin/marp');
    for (let i = 0; i < runs; i++) {
      // A fresh PDF cache each run, so every run really prints.
      ours.push(
        await timed(process.execPath, [main, 'deck', deckId, '--out', path.join(work, 'ours')], {
          ROUTINE_PRESS_CONTENT: content,
          ROUTINE_PRESS_CACHE: path.join(work, `cache-${i}`),
          CHROME_PATH: chrome,
        }),
      );
      marp.push(
        await timed(marpBin, ['--pdf', '--no-stdin', md, '-o', path.join(work, 'marp.pdf')], {
          CHROME_PATH: chrome,
        }),
      );
      console.log(
        `  run ${i + 1}: ours ${seconds(ours.at(-1) ?? 0)}, marp-cli ${seconds(marp.at(-1) ?? 0)}`,
      );
    }

    // The print step alone, as a build does it: the browser is already running.
    const warm = await withBrowser(async (browser) => {
      const pool = createPagePool(browser, { size: 1 });
      try {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await pool.use((page) => printPdf(page, { html }, { what: 'The bench deck' }));
          times.push(performance.now() - started);
        }
        return times;
      } finally {
        await pool.close();
      }
    });

    const oursSize = (await stat(path.join(work, 'ours', `${deckId}.pdf`))).size;
    const marpSize = (await stat(path.join(work, 'marp.pdf'))).size;
    const ratio = median(marp) / median(ours);
    const version = (
      JSON.parse(await readFile('node_modules/@marp-team/marp-cli/package.json', 'utf8')) as {
        version: string;
      }
    ).version;
    return {
      title: 'Slide decks',
      lines: [
        `PDF of one ${slideCount}-slide deck (a title, the "${sampleRoutine}" routine, the 10% rule, text slides), the same slides for both, run from the command line against the same Chromium (${path.basename(chrome)}); each run starts Node and a browser. Median of ${runs} runs taken in turns.`,
        '',
        '| | Median | Runs | PDF size |',
        '| --- | ---: | ---: | ---: |',
        `| \`npm run deck\` (routine-press) | **${seconds(median(ours))}** | ${list(ours)} | ${Math.round(oursSize / 1024)} KiB |`,
        `| \`marp --pdf\` (marp-cli ${version}) | **${seconds(median(marp))}** | ${list(marp)} | ${Math.round(marpSize / 1024)} KiB |`,
        '',
        `${ratio >= 1 ? `marp-cli takes ${ratio.toFixed(1)}× as long as routine-press` : `routine-press takes ${(1 / ratio).toFixed(1)}× as long as marp-cli`}. Goal: faster than marp-cli.`,
        '',
        `Printing alone on a running browser, as in \`npm run build\` (load, fonts, one \`page.pdf\`): median ${seconds(median(warm))} (${list(warm)}).`,
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const decksBenchmark: Benchmark = { title: 'Slide decks', run };
