/** `npm run bench`: every benchmark, one after the other, in one run; figures go to README.md. */
import os from 'node:os';
import type { Config } from '../core/config.ts';
import type { ArgProblem } from '../core/problems.ts';
import { closest } from '../model/suggest.ts';
import type { Benchmark, BenchSection } from '../bench/report.ts';
import { defineCommand, parseArgv, type Parsed } from './args.ts';

/**
 * Each output adds its benchmark here, by the name that picks it on the command line. Loaded when
 * run: the website benchmark pulls in Astro.
 */
const benchmarks: Readonly<Record<string, () => Promise<Benchmark>>> = {
  website: async () => (await import('../bench/site.ts')).siteBenchmark,
  handouts: async () => (await import('../bench/handouts.ts')).handoutsBenchmark,
  decks: async () => (await import('../bench/decks.ts')).decksBenchmark,
  offline: async () => (await import('../bench/offline.ts')).offlineBenchmark,
  finder: async () => (await import('../bench/finder.ts')).finderBenchmark,
  build: async () => (await import('../bench/build.ts')).buildBenchmark,
  builder: async () => (await import('../bench/builder.ts')).builderBenchmark,
  figures: async () => (await import('../bench/figures.ts')).figuresBenchmark,
};
const names = Object.keys(benchmarks);

const benchArgs = {
  options: { 'no-readme': { type: 'boolean' }, 'with-100x': { type: 'boolean' } },
  positionals: { name: 'benchmark', max: names.length },
} as const;

interface BenchOptions {
  /** The benchmarks to run, in their usual order. */
  readonly chosen: readonly string[];
  /** Write the figures into README.md (all of them, or the chosen ones' sections). */
  readonly readme: boolean;
  /** --with-100x: 100× the content too (the whole build on one shard of it, build-shard.ts). */
  readonly hundredfold: boolean;
}

/** Words choose benchmarks by their name or part of it ("deck"); none means all. */
export function parseBench(args: readonly string[]): Parsed<BenchOptions> {
  const parsed = parseArgv(benchArgs, args);
  const words = parsed.positionals.map((w) => w.toLowerCase());
  const unknown: ArgProblem[] = words
    .filter((w) => !names.some((n) => n.includes(w)))
    .map((w) => {
      const near = closest(w, names);
      return {
        arg: w,
        message: 'no benchmark has that name.',
        hint: `${near ? `Did you mean ${near}? ` : ''}The benchmarks are: ${names.join(', ')}.`,
      };
    });
  // A whole name picks that benchmark only ("build", not "builder" too).
  const picks = (n: string, w: string) => n === w || (!names.includes(w) && n.includes(w));
  const chosen = names.filter((n) => words.length === 0 || words.some((w) => picks(n, w)));
  const readme = !parsed.values['no-readme'];
  const hundredfold = parsed.values['with-100x'] ?? false;
  return {
    ...parsed,
    values: { chosen, readme, hundredfold },
    problems: [...parsed.problems, ...unknown],
  };
}

async function bench(config: Config, { values }: Parsed<BenchOptions>): Promise<void> {
  const sections: BenchSection[] = [];
  for (const name of values.chosen) {
    const benchmark = await benchmarks[name]?.();
    if (!benchmark) continue;
    console.log(`Measuring: ${benchmark.title}…`);
    const section = await benchmark.run(config, values);
    console.log([`\n### ${section.title}`, ...section.lines, ''].join('\n'));
    sections.push(section);
  }
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  if (values.readme) {
    const report = await import('../bench/report.ts');
    if (values.chosen.length === names.length)
      await report.writeToReadme('README.md', report.renderSections(sections, machine));
    else await report.writeSectionsToReadme('README.md', sections, machine);
    console.log('Wrote the figures to README.md (Performance).');
  }
}

export const benchCommand = defineCommand({
  script: 'bench',
  usage: `Measure build speed and memory. Run with no names, every benchmark runs and the figures go
into README.md (Performance).

Usage: npm run bench [-- <name>…] [-- --no-readme] [-- --with-100x]

  <name>        Only these benchmarks (${names.join(', ')}); only their sections of the README change.
  --no-readme   Print the figures without writing them to README.md.
  --with-100x   100× the content too: the whole build measured on one shard of 20, the rest
                extrapolated (several minutes more), and the builder's first load.
  --help        Show this help.
`,
  parse: parseBench,
  run: bench,
});
