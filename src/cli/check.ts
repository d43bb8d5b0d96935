/** `npm run check`: validate the content and print a one-screen summary, then any advice. */
import type { Config } from '../core/config.ts';
import { defineCommand, parseArgv } from './args.ts';
import { loadLibrary } from '../model/load.ts';
import type { Library } from '../model/library.ts';
import { contentAdvice, formatAdvice } from '../quality/advice.ts';
import { readFile } from 'node:fs/promises';
import { displayPath } from '../model/display-path.ts';
import { languageName, sourceHash } from '../model/i18n-checks.ts';
import { parseYaml } from '../model/parse.ts';
import { originalsFor } from '../model/i18n-files.ts';

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

/** One line a content file: its hash, and how its translation into `language` stands. */
async function hashes(root: string, language: string): Promise<string> {
  const rows = await Promise.all(
    (await originalsFor(root, language)).map(async ({ kind, original, overlay }) => {
      const text = await readFile(original, 'utf8').catch(() => undefined);
      const { parsed } = text === undefined ? { parsed: undefined } : parseYaml(original, text);
      const written = await readFile(overlay, 'utf8').then(
        (text) => /^source:\s*["']?([0-9a-f]{12})/m.exec(text)?.[1] ?? 'no source line',
        () => undefined,
      );
      const hash = parsed
        ? sourceHash(kind, parsed.data)
        : text === undefined
          ? 'missing     '
          : 'bad YAML    ';
      const state =
        written === undefined
          ? 'not translated'
          : written === hash
            ? 'up to date'
            : `older (${written})`;
      return `${hash}  ${displayPath(original)}  ${state}`;
    }),
  );
  return [
    `Content hashes for translations into ${languageName(language)} (write source: "<hash>" in each translation, in quotes):`,
    ...rows,
  ].join('\n');
}

export async function check(
  config: Config,
  values: { hashes?: string | undefined } = {},
): Promise<void> {
  const root = config.content;
  if (values.hashes !== undefined) {
    console.log(await hashes(root, values.hashes));
    return;
  }
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

Usage: npm run check [-- --hashes <language>]

  --hashes <language>  Print each content file's hash, for the "source:" line of its translation
                       in routines/i18n/<language>/, and whether that translation is up to date.
`,
  parse: (args) =>
    parseArgv({ options: { hashes: { type: 'string', value: '<language>' } } }, args),
  run: (config, { values }) => check(config, values),
});
