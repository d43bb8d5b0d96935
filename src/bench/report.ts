/**
 * `npm run bench`: runs each benchmark once, in this process, one after the other, prints the
 * figures and writes them into README.md between the bench markers. Figures are measured, never
 * asserted: tests do not time anything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Config } from '../core/config.ts';

export interface BenchSection {
  /** Heading in the README, e.g. "Website build". */
  readonly title: string;
  /** Markdown lines: a table or a list of measured figures, with the goal next to each. */
  readonly lines: readonly string[];
}

/** What the command line says about how much to measure. */
export interface BenchRunOptions {
  /** --with-100x: 100× the content too (the whole build on one shard of it: several minutes). */
  readonly hundredfold: boolean;
}

export interface Benchmark {
  readonly title: string;
  run(config: Config, options: BenchRunOptions): Promise<BenchSection>;
}

const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';

export function renderSections(sections: readonly BenchSection[], machine: string): string {
  const body = sections.map((s) => [`### ${s.title}`, '', ...s.lines].join('\n')).join('\n\n');
  return `${start}\n_Measured ${new Date().toISOString().slice(0, 10)} on ${machine}._\n\n${body}\n${end}`;
}

/** Replaces the text between the markers in the README, or adds it at the end of the Performance section. */
export async function writeToReadme(readme: string, block: string): Promise<void> {
  const text = await readFile(readme, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : text.replace(/(## Performance\n\n[^\n]*\n)/, `$1\n${block}\n`);
  await writeFile(readme, next);
}

/**
 * Some benchmarks run on their own: each of their sections replaces the README's section of that
 * title (up to the next one), or is added before the end marker; the others stay as they were.
 * Each carries its own date and machine line, since the block's first line is of another run.
 */
export async function writeSectionsToReadme(
  readme: string,
  sections: readonly BenchSection[],
  machine: string,
): Promise<void> {
  let text = await readFile(readme, 'utf8');
  if (!text.includes(start) || !text.includes(end)) {
    await writeToReadme(readme, renderSections(sections, machine));
    return;
  }
  for (const section of sections) {
    const heading = `### ${section.title}\n`;
    const body = [
      heading.trimEnd(),
      '',
      `_Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, on its own._`,
      '',
      ...section.lines,
    ].join('\n');
    const at = text.indexOf(heading, text.indexOf(start));
    if (at < 0) {
      text = text.replace(end, `\n${body}\n${end}`);
      continue;
    }
    const nextHeading = text.indexOf('\n### ', at + heading.length);
    const stop =
      nextHeading >= 0 && nextHeading < text.indexOf(end) ? nextHeading + 1 : text.indexOf(end);
    text = `${text.slice(0, at)}${body}\n\n${text.slice(stop)}`;
  }
  await writeFile(readme, text.replace(/\n\n\n+/g, '\n\n'));
}
