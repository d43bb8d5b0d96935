/**
 * Whole-build benchmark: `npm run build` as a user runs it (website, every handout, every deck),
 * in this process, on synthetic libraries at 1× and 10× the bundled pack (100× with --with-100x,
 * measured on one shard of it: build-shard.ts).
 * Each size is built three times in a row into its own output and PDF cache: cold (empty cache),
 * warm (nothing changed), and after a one-exercise edit. For each: wall time, PDFs printed a
 * second, CPU time of Node and of Chromium (from /proc, so how busy both cores were), peak memory
 * of each, and how many handouts and decks were printed again rather than taken from the cache.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { buildEverything, type BuildReport } from '../build/build.ts';
import type { Config } from '../core/config.ts';
import { mebibytes, withPeakMemory } from './memory.ts';
import { watchChromium, type TreeUsage } from './process-tree.ts';
import type { Benchmark, BenchRunOptions, BenchSection } from './report.ts';
import { generateSynthetic } from './synthetic.ts';
import { handoutJobs } from '../handouts/build.ts';
import { loadLibrary } from '../model/load.ts';
import { templateEnv } from '../render/env.ts';
import { measureShard } from './build-shard.ts';
import { profileHandout } from './handout-profile.ts';
import { typicalJob } from './handouts.ts';

/** The exercise the one-exercise edit changes (in copy 1 of the synthetic library). */
export const editedExercise = 'clamshell';

interface Measured {
  readonly report: BuildReport;
  readonly wallMs: number;
  readonly nodeCpuMs: number;
  readonly nodePeakBytes: number;
  readonly chromium: TreeUsage;
}

/** Adds a few words to an exercise's first step: a change that shows on every card of it. */
export async function editExercise(content: string, id: string): Promise<void> {
  const file = path.join(content, 'exercises', `${id}.yaml`);
  const data = parse(await readFile(file, 'utf8')) as { steps: string[] };
  data.steps[0] = `${data.steps[0] ?? ''} Breathe out.`;
  await writeFile(file, stringify(data));
}

async function measure(config: Config): Promise<Measured> {
  // Collect what earlier builds left behind, so each peak belongs to its own build.
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const chromium = await watchChromium();
  const started = performance.now();
  // Stopped even when the build fails, or its timer would keep the process running.
  const { result: report, peakBytes } = await withPeakMemory(() => buildEverything(config)).finally(
    () => chromium.stop(),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    report,
    wallMs,
    nodeCpuMs: (used.user + used.system) / 1000,
    nodePeakBytes: peakBytes,
    chromium: await chromium.stop(),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function row(scale: number, run: string, m: Measured): string {
  const handouts = m.report.printed['handouts'];
  const decks = m.report.printed['slide decks'];
  const printed = (handouts?.rendered ?? 0) + (decks?.rendered ?? 0);
  const all = printed + (handouts?.cached ?? 0) + (decks?.cached ?? 0);
  const rate = printed > 0 ? (printed / (m.wallMs / 1000)).toFixed(1) : '–';
  const busy = ((m.nodeCpuMs + m.chromium.chromiumCpuMs) / m.wallMs).toFixed(2);
  return [
    `${scale}×`,
    run,
    seconds(m.wallMs),
    `${handouts?.rendered ?? 0} of ${(handouts?.rendered ?? 0) + (handouts?.cached ?? 0)}`,
    `${decks?.rendered ?? 0} of ${(decks?.rendered ?? 0) + (decks?.cached ?? 0)}`,
    `${rate} (${printed} of ${all})`,
    seconds(m.chromium.chromiumCpuMs),
    seconds(m.nodeCpuMs),
    `${busy} of 2`,
    mebibytes(m.nodePeakBytes),
    mebibytes(m.chromium.chromiumPeakBytes),
  ].join(' | ');
}

/** Where the typical handout's time goes (handout-profile.ts), against the 60 ms goal. */
async function typicalProfile(config: Config, work: string): Promise<string[]> {
  const library = await loadLibrary(config.content);
  const templates = templateEnv(config.templates);
  const jobs = await handoutJobs(
    { libraries: [library], templates },
    [path.join(work, 'typical')],
    config.date,
  );
  const typical = typicalJob(library, jobs);
  const p = await profileHandout(typical);
  const ms = (value: number) => `${Math.round(value)} ms`;
  return [
    '',
    `Typical handout (${typical.what.replace('The handout ', '')}, bundled pack) on a warm page, median of 10: ` +
      `**${ms(p.chromiumCpu)} of Chromium CPU** (all its processes, from /proc; goal under 60 ms), ${ms(p.total)} wall. ` +
      `Wall time: load ${ms(p.load)}, fonts ready ${ms(p.fonts)}, print ${ms(p.print)} ` +
      `(untagged ${ms(p.printUntagged)}, tagged without outline ${ms(p.printNoOutline)}). ` +
      `Chromium's own counters for load + print: style ${ms(p.metrics.style)}, layout ${ms(p.metrics.layout)}, ` +
      `script ${ms(p.metrics.script)}, all main-thread tasks ${ms(p.metrics.tasks)}.`,
  ];
}

async function run(config: Config, options: BenchRunOptions): Promise<BenchSection> {
  const scales = [1, 10];
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'build-'));
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  try {
    const lines = [
      '| Library | Build | Wall time | Handouts printed | Deck PDFs printed | PDFs a second | Chromium CPU | Node CPU | Cores busy | Node peak (RSS) | Chromium peak (PSS) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const scale of scales) {
      const folder = path.join(work, `x${scale}`);
      const content = path.join(folder, 'routines');
      await generateSynthetic(config.content, content, { copies: scale });
      const scaled: Config = {
        ...config,
        content,
        output: path.join(folder, 'output'),
        cache: path.join(folder, 'cache'),
      };
      for (const [name, before] of [
        ['cold (empty cache)', undefined],
        ['warm (nothing changed)', undefined],
        [`one exercise edited (${editedExercise})`, () => editExercise(content, editedExercise)],
      ] as const) {
        await before?.();
        const measured = await measure(scaled);
        lines.push(`| ${row(scale, name, measured)} |`);
        console.log(lines.at(-1));
      }
      await rm(folder, { recursive: true, force: true });
    }
    if (options.hundredfold) {
      const lines100 = await measureShard(config, path.join(work, 'x100'));
      lines.push('', ...lines100);
      console.log(lines100.join('\n'));
    }
    lines.push(...(await typicalProfile(config, work)));
    lines.push(
      '',
      `Load average when this run started: ${load} on ${os.cpus().length} cores (other work on the machine inflates wall times; CPU times are steadier). ` +
        'Chromium CPU is user + system time of every Chromium process of the build, read from /proc; cores busy is (Node CPU + Chromium CPU) ÷ wall time. ' +
        'Peak memory is sampled every 10 ms (Node) and 100 ms (Chromium, the sum of its processes). ' +
        'The website step is copied from the last build when nothing it is made from changed, and built again (Astro) otherwise; PDFs come from the cache unless their HTML changed. ' +
        'Goal: 10× cold in under 40 s. ' +
        (options.hundredfold
          ? ''
          : 'Run with `npm run bench -- build --with-100x` to add the 100× library, measured on one shard of 20 with the full build extrapolated (half an hour or more under load).'),
    );
    return { title: 'Whole build', lines };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const buildBenchmark: Benchmark = { title: 'Whole build', run };
