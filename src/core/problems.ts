/**
 * The one error path for content. Every check adds a Problem; the loader collects them all
 * and throws one ContentError, which the CLI prints as `file:line:col: message Hint: …`.
 */

import { escapeControls } from './terminal.ts';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface Problem extends Position {
  /** Path relative to the working folder, with forward slashes: routines/exercises/clamshell.yaml */
  readonly file: string;
  /** A sentence saying what is wrong. */
  readonly message: string;
  /** How to fix it. Required: a content error that does not say how to fix it is half an error. */
  readonly hint: string;
}

/**
 * A problem or a piece of advice. Without a position (a field not written in its file, only
 * defaulted) it is shown with the file name alone; advice may have no hint when its message says
 * what to do.
 */
export type Note = Omit<Problem, keyof Position | 'hint'> &
  Partial<Position> & { readonly hint?: string | undefined };

export function formatProblem(problem: Note): string {
  const at = problem.line === undefined ? '' : `:${problem.line}:${problem.col ?? 1}`;
  const where = `${problem.file}${at}`;
  const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
  // A message may quote content; what reaches the terminal must not be able to drive it.
  return escapeControls(`${where}: ${problem.message}${hint}`);
}

/**
 * A problem with a command-line argument. The argument as typed stands where a file position would,
 * so it reads like a content problem: `--paper a5: not a paper size. Hint: Use one of: a4, letter.`
 */
export interface ArgProblem {
  readonly arg: string;
  readonly message: string;
  readonly hint?: string | undefined;
}

export function formatArgProblem(problem: ArgProblem): string {
  return formatProblem({ file: problem.arg, message: problem.message, hint: problem.hint });
}

/** Sorts by file, then line, then column, so output reads top to bottom. */
export function sortProblems<T extends Note>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
}

/**
 * Errors the user can fix carry this brand. A registered symbol, not `instanceof`, because Astro
 * bundles its own copy of our modules, so the classes differ while the symbol is shared.
 */
const userErrorBrand = Symbol.for('routine-press.user-error');

export function markUserError(error: Error): void {
  Object.defineProperty(error, userErrorBrand, { value: true });
}

export function isUserError(error: unknown): error is Error & { exitCode?: number } {
  return (
    error instanceof Error && (error as unknown as Record<symbol, unknown>)[userErrorBrand] === true
  );
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((p) => p.file)).size;
    super(
      `${sorted.length} ${sorted.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}:\n` +
        sorted.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = sorted;
    markUserError(this);
  }
}
