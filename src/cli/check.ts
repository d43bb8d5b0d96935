/** `npm run check`: validate the content and print a one-screen summary, then any advice. */
import type { Config } from '../core/config.ts';
import { defineCommand, parseArgv } from './args.ts';
import { loadLibrary } from '../model/load.ts';
import type { Library } from '../model/library.ts';
import { contentAdvice, formatAdvice } from '../quality/advice.ts';

export function summary(library: Library): string {
  const count = (record: object) => Object.keys(record).length;
  const rows: [number, string, string][] = [
    [count(library.exercises), 'exercise', 'exercises'],
    [count(library.routines), 'routine', 'routines'],
    [count(library.conditions), 'condition', 'conditions'],
    [count(library.warmups), 'warm-up protocol', 'warm-up protocols'],
    [count(library.decks), 'deck', 'decks'],
    [count(library.programs), 'program', 'programs'],
    [library.guidance.riskFactors.length, 'risk factor', 'risk factors'],
    [library.guidance.practices.length, 'prevention practice', 'prevention practices'],
  ];
  const width = Math.max(...rows.map(([n]) => String(n).length));
  return [
    `Content in ${library.root} is valid.`,
    ...rows.map(([n, one, many]) => `  ${String(n).padStart(width)} ${n === 1 ? one : many}`),
  ].join('\n');
}

export async function check(config: Config): Promise<void> {
  const root = config.content;
  const library = await loadLibrary(root);
  console.log(summary(library));
  // Advice never fails the check: the content is valid, it could only read or look better.
  const advice = formatAdvice(contentAdvice(library));
  if (advice) console.log(`\n${advice}`);
}

export const checkCommand = defineCommand({
  script: 'check',
  usage: `Check every file in routines/: list every problem with its file, line and column, or print
a summary of the content, then any advice.

Usage: npm run check
`,
  parse: (args) => parseArgv({ options: {} }, args),
  run: check,
});
