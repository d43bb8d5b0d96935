/** `npm run bench`: every benchmark, one after the other, in one run; figures go to README.md. */
import os from 'node:os';
import type { Config } from '../core/config.ts';
import { decksBenchmark } from '../bench/decks.ts';
import {
  renderSections,
  writeToReadme,
  type Benchmark,
  type BenchSection,
} from '../bench/report.ts';
import { siteBenchmark } from '../bench/site.ts';
import { handoutsBenchmark } from '../bench/handouts.ts';

/** Each output adds its benchmark here. */
const benchmarks: Benchmark[] = [siteBenchmark, handoutsBenchmark, decksBenchmark];

export async function bench(config: Config, args: string[]): Promise<void> {
  const only = args.filter((a) => !a.startsWith('-'));
  const chosen = benchmarks.filter(
    (b) => only.length === 0 || only.some((o) => b.title.toLowerCase().includes(o)),
  );
  const sections: BenchSection[] = [];
  for (const benchmark of chosen) {
    console.log(`Measuring: ${benchmark.title}…`);
    const section = await benchmark.run(config);
    console.log([`\n### ${section.title}`, ...section.lines, ''].join('\n'));
    sections.push(section);
  }
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  if (!args.includes('--no-readme') && only.length === 0) {
    await writeToReadme('README.md', renderSections(sections, machine));
    console.log('Wrote the figures to README.md (Performance).');
  }
}
