/**
 * The whole build at 100× the content, measured on one shard (`--with-100x`). A cold 100× build
 * prints about 6,800 handouts and 3,600 deck PDFs: over an hour on the 2-core machine, more than a
 * bench run can spend. So this builds one shard of 20 of the 100× library cold, as a CI machine
 * would (`npm run build -- --shard 2/20`): a twentieth of the PDFs by the split's expected cost.
 * Shard 2 by default: shard 1 also builds the website, which the Website benchmark times at 100×
 * (and which a 100× whole build cannot finish today: its largest pages are over the service
 * worker's 4 MiB precache limit). It measures:
 *
 * - memory over time, sampled once a second: Node's resident set and its array buffers (where PDF
 *   bytes live), and the Chromium processes' PSS, in the first and the last quarter of each PDF
 *   step's files (counted as they appear in the shard's folder), to show that memory does not grow
 *   with the PDFs printed;
 * - Node and Chromium CPU of each step (handouts, decks; the website when the shard builds it);
 * - the full 100× build's PDFs, extrapolated: each PDF step's CPU times the full step's expected
 *   cost over this shard's (shards are balanced by cost, not by kind of document), over 2 cores.
 *   That is a floor (both cores busy all the time), labelled as an extrapolation, never as a
 *   measured time.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildEverything, type BuildReport } from '../build/build.ts';
import {
  assignShards,
  manifestName,
  shardName,
  workUnits,
  type Shard,
  type ShardManifest,
} from '../build/shards.ts';
import type { Config } from '../core/config.ts';
import { loadLibrary } from '../model/load.ts';
import { mebibytes, withPeakMemory } from './memory.ts';
import { watchChromium, type TreeSample, type TreeUsage } from './process-tree.ts';
import { generateSynthetic } from './synthetic.ts';

/** The PDF steps, by the name the build gives them, and the folder their PDFs go to. */
const pdfSteps = [
  { name: 'handouts', folder: 'handouts', noun: 'handout' },
  { name: 'slide decks', folder: 'decks', noun: 'deck PDF' },
] as const;

/** Node's memory and the shard's PDFs so far, once a second. */
export interface NodeSample {
  readonly atMs: number;
  readonly rssBytes: number;
  readonly arrayBuffersBytes: number;
  /** PDFs written so far into each step's folder of the shard, by folder. */
  readonly written: Readonly<Record<string, number>>;
}

/** Where the build stood as a step started or ended. */
interface Mark {
  readonly atMs: number;
  readonly nodeCpuMs: number;
  readonly chromium: TreeSample;
}

interface StepTimes {
  readonly wallMs: number;
  readonly nodeCpuMs: number;
  readonly chromiumCpuMs: number;
}

/** PDFs in `folder` (finished files only: a file being written has a temporary name). */
function pdfsIn(folder: string): number {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.pdf')).length;
  } catch {
    return 0;
  }
}

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perPdf = (ms: number) => `${Math.round(ms)} ms`;

/**
 * The peaks of one PDF step in its first and last quarter of files: from the step's start until a
 * quarter of its PDFs were written, and from three quarters written until its end.
 */
export function quarterPeaks(
  node: readonly NodeSample[],
  chromium: readonly TreeSample[],
  folder: string,
  from: number,
  to: number,
): { first: string[]; last: string[] } | undefined {
  const inStep = node.filter((s) => s.atMs >= from && s.atMs <= to);
  // The step's own files: those written since its first sample.
  const base = inStep[0]?.written[folder] ?? 0;
  const total = (inStep.at(-1)?.written[folder] ?? 0) - base;
  if (total < 4) return undefined;
  const reached = (share: number) =>
    inStep.find((s) => (s.written[folder] ?? 0) - base >= share * total)?.atMs ?? to;
  const firstEnd = reached(1 / 4);
  const lastStart = reached(3 / 4);
  const peaks = (start: number, end: number) => {
    const mine = node.filter((s) => s.atMs >= start && s.atMs <= end);
    const theirs = chromium.filter((s) => s.atMs >= start && s.atMs <= end);
    const max = (values: number[]) => (values.length > 0 ? mebibytes(Math.max(...values)) : '–');
    return [
      max(mine.map((s) => s.rssBytes)),
      max(mine.map((s) => s.arrayBuffersBytes)),
      max(theirs.map((s) => s.pssBytes)),
    ];
  };
  return { first: peaks(from, firstEnd), last: peaks(lastStart, to) };
}

/** Counts of the full build's PDFs and of this shard's, from the shard's manifest. */
function pdfCounts(manifest: ShardManifest, folder: string): { all: number; mine: number } {
  const files = Object.entries(manifest.expected).filter(
    ([file]) => file.startsWith(`${folder}/`) && file.endsWith('.pdf'),
  );
  return { all: files.length, mine: files.filter(([, owner]) => owner === manifest.index).length };
}

/**
 * The split's expected cost (shards.ts) of a step's units: all of them, and this shard's. Shards
 * are balanced by cost, not by kind (units of one cost go out together), so a shard's handouts
 * lean to some paper variants: its CPU is scaled up by cost, not by the count of PDFs.
 */
async function modelledCosts(
  content: string,
  shard: Shard,
): Promise<(folder: string) => { all: number; mine: number }> {
  const library = await loadLibrary(content);
  const libraries = [
    library,
    ...(await Promise.all(
      library.settings.languages.slice(1).map((language) => loadLibrary(content, { language })),
    )),
  ];
  const units = workUnits(libraries);
  const owner = assignShards(units, shard.total);
  return (folder) => {
    const mine = units.filter((u) => u.id.startsWith(`${folder}/`));
    const sum = (list: typeof units) => list.reduce((total, u) => total + u.cost, 0);
    return { all: sum(mine), mine: sum(mine.filter((u) => owner.get(u.id) === shard.index)) };
  };
}

/**
 * Builds shard `index` of `shards` of the library `copies` times the bundled pack, in `folder`, with an
 * empty cache, and says what it measured and what it extrapolates, as Markdown lines.
 */
export async function measureShard(
  config: Config,
  folder: string,
  {
    copies = 100,
    shards = 20,
    index = 2,
  }: { copies?: number; shards?: number; index?: number } = {},
): Promise<string[]> {
  const content = path.join(folder, 'routines');
  await generateSynthetic(config.content, content, { copies });
  const scaled: Config = {
    ...config,
    content,
    output: path.join(folder, 'output'),
    cache: path.join(folder, 'cache'),
  };
  const shard: Shard = { index, total: shards };
  const load = os.loadavg().map((l) => l.toFixed(1));

  const marks = new Map<string, Mark>();
  const node: NodeSample[] = [];
  globalThis.gc?.();
  const chromium = await watchChromium();
  const started = performance.now();
  const cpuStart = cpuNow();
  const mark = (): Mark => ({
    atMs: performance.now() - started,
    nodeCpuMs: cpuNow() - cpuStart,
    chromium: chromium.now(),
  });
  // The shard's folder while it is built: output/.shard-1-of-20-<pid>/ (buildShardFolder).
  const staging = `.${shardName(shard)}-`;
  const sampleNode = () => {
    const memory = process.memoryUsage();
    const at = readdirSync(scaled.output).find((name) => name.startsWith(staging));
    const written: Record<string, number> = {};
    for (const step of pdfSteps)
      written[step.folder] = at ? pdfsIn(path.join(scaled.output, at, step.folder)) : 0;
    node.push({
      atMs: performance.now() - started,
      rssBytes: memory.rss,
      arrayBuffersBytes: memory.arrayBuffers,
      written,
    });
  };
  const timer = setInterval(() => {
    try {
      sampleNode();
    } catch {
      // The output folder does not exist until the build makes it.
    }
  }, 1000);
  let report: BuildReport;
  let nodePeakBytes: number;
  let usage: TreeUsage;
  try {
    ({ result: report, peakBytes: nodePeakBytes } = await withPeakMemory(() =>
      buildEverything(scaled, {
        shard,
        onStep: (name, phase) => marks.set(`${name} ${phase}`, mark()),
      }),
    ));
  } finally {
    clearInterval(timer);
    usage = await chromium.stop();
  }
  const wallMs = performance.now() - started;
  const nodeCpuMs = cpuNow() - cpuStart;
  const manifest = JSON.parse(
    await readFile(path.join(scaled.output, shardName(shard), manifestName), 'utf8'),
  ) as ShardManifest;
  // Outside the measured build: the libraries loaded again for the split's expected costs.
  const costs = await modelledCosts(content, shard);

  const times = (name: string): StepTimes | undefined => {
    const start = marks.get(`${name} start`);
    const end = marks.get(`${name} end`);
    if (!start || !end) return undefined;
    return {
      wallMs: end.atMs - start.atMs,
      nodeCpuMs: end.nodeCpuMs - start.nodeCpuMs,
      chromiumCpuMs: end.chromium.cpuMs - start.chromium.cpuMs,
    };
  };
  const website = times('website');

  const lines = [
    `**${copies}× the content, measured on one shard.** A cold ${copies}× build is over an hour on this machine, so ` +
      `\`--with-100x\` builds shard ${shard.index} of ${shard.total} of the ${copies}× library cold, as one CI machine would ` +
      `(\`npm run build -- --shard ${shard.index}/${shard.total}\`): ${website ? `the whole ${copies}× website and ` : ''}a ${shard.total}th of the PDFs by their expected cost.`,
    '',
    '| Step | PDFs printed (shard’s of the full build’s) | Share of the step’s expected cost | Wall time | Node CPU | Chromium CPU | CPU a PDF (Node + Chromium) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  if (website)
    lines.push(
      `| website (whole, ${copies}×) | – | all | ${seconds(website.wallMs)} | ${seconds(website.nodeCpuMs)} | ${seconds(website.chromiumCpuMs)} | – |`,
    );
  // The full build's CPU: the website as measured, each PDF step's CPU scaled by expected cost.
  let fullNode = website?.nodeCpuMs ?? 0;
  let fullChromium = website?.chromiumCpuMs ?? 0;
  let fullWall = website?.wallMs ?? 0;
  const flat: string[] = [];
  for (const step of pdfSteps) {
    const spent = times(step.name);
    const printed = report.printed[step.name]?.rendered ?? 0;
    const counts = pdfCounts(manifest, step.folder);
    const cost = costs(step.folder);
    if (!spent || printed === 0 || cost.mine === 0) continue;
    const scale = cost.all / cost.mine;
    fullNode += spent.nodeCpuMs * scale;
    fullChromium += spent.chromiumCpuMs * scale;
    fullWall += spent.wallMs * scale;
    lines.push(
      `| ${step.name} | ${printed} (${counts.mine} of ${counts.all}) | 1/${scale.toFixed(1)} | ${seconds(spent.wallMs)} | ` +
        `${seconds(spent.nodeCpuMs)} | ${seconds(spent.chromiumCpuMs)} | ${perPdf(spent.nodeCpuMs / printed)} + ${perPdf(spent.chromiumCpuMs / printed)} |`,
    );
    const start = marks.get(`${step.name} start`)?.atMs ?? 0;
    const end = marks.get(`${step.name} end`)?.atMs ?? wallMs;
    const peaks = quarterPeaks(node, usage.timeline, step.folder, start, end);
    if (peaks)
      flat.push(
        `| ${step.name}, first quarter of its PDFs | ${peaks.first.join(' | ')} |`,
        `| ${step.name}, last quarter of its PDFs | ${peaks.last.join(' | ')} |`,
      );
  }
  // What the shard spent outside its steps (loading the library in each language, the advice, the
  // shard's manifest) a full build spends once too: counted as measured.
  const stepsNode = [...pdfSteps.map((step) => step.name), 'website']
    .map((name) => times(name))
    .reduce((sum, t) => sum + (t?.nodeCpuMs ?? 0), 0);
  const restNode = Math.max(0, nodeCpuMs - stepsNode);
  fullNode += restNode;
  const total = fullNode + fullChromium;
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  lines.push(
    `| whole shard (with the manifest) | ${(report.printed['handouts']?.rendered ?? 0) + (report.printed['slide decks']?.rendered ?? 0)} | ` +
      `– | ${seconds(wallMs)} | ${seconds(nodeCpuMs)} | ${seconds(usage.chromiumCpuMs)} | – |`,
    '',
    'Memory while the shard printed, peak in the first and in the last quarter of each step’s PDFs (sampled once a second; ' +
      'Node’s array buffers hold PDF bytes between Chromium and the file):',
    '',
    '| When | Node RSS | Node array buffers | Chromium PSS |',
    '| --- | ---: | ---: | ---: |',
    ...flat,
    '',
    `Peak of the whole shard: Node ${mebibytes(nodePeakBytes)} (RSS, sampled every 10 ms), Chromium ${mebibytes(usage.chromiumPeakBytes)} ` +
      `(PSS), together **${gib(nodePeakBytes + usage.chromiumPeakBytes)}** against the 2 GiB goal. The shard loads the whole ${copies}× library ` +
      `in each language as the full build does; what the full build has more of is PDFs, so if memory stays level from the first ` +
      `to the last quarter above, the full build’s PDFs peak at this too (an inference from the shard, not a measured full build)` +
      (website ? '.' : '; the website step, not in this shard, is the Website benchmark’s peak.'),
    '',
    `**Extrapolated** full ${copies}× cold build (not measured): ${website ? 'the website as measured plus ' : 'the PDFs alone (the website is timed in the Website benchmark): '}each PDF step’s CPU × the full step’s ` +
      `expected cost ÷ this shard’s (the split’s cost model, shards.ts; shards are balanced by cost, not by kind of document), ` +
      `plus the Node CPU the shard spent outside its steps (${seconds(restNode)}: loading the library in each language, the advice, the manifest): Node ${seconds(fullNode)} + Chromium ${seconds(fullChromium)} = ${seconds(total)} of CPU. ` +
      `On 2 cores that is at least **${seconds(total / 2)}** (both cores busy the whole time; Chromium alone: ${seconds(fullChromium / 2)}), ` +
      `against the goal of 6 minutes (360 s) for the whole build: ${total / 2 <= 360_000 ? 'possible' : '**not met**'}. ` +
      `At this run’s own pace (each step’s wall time scaled the same way, under this load) it would take ${seconds(fullWall)}.`,
    '',
    `Load average when this run started: ${load.join(', ')} (1, 5, 15 minutes) on ${os.cpus().length} cores; ` +
      `at its end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')}. Wall times are inflated by other work on the machine; CPU times much less.`,
  );
  return lines;
}
