/**
 * Where things are and how to run, read once from the environment at the command line's start and
 * passed down. No other module reads process.env.
 */
import path from 'node:path';

export interface Config {
  /** The content folder (ROUTINE_PRESS_CONTENT; tests and benchmarks point it elsewhere). */
  readonly content: string;
  /** The templates folder (ROUTINE_PRESS_TEMPLATES). */
  readonly templates: string;
  /** The output folder (ROUTINE_PRESS_OUTPUT). */
  readonly output: string;
  /** The PDF cache folder (ROUTINE_PRESS_CACHE). */
  readonly cache: string;
  /** A browser named by CHROME_PATH, before the usual places are searched. */
  readonly chromePath: string | undefined;
  /** The site's base path when it must differ from the settings' address (ROUTINE_PRESS_BASE). */
  readonly base: string | undefined;
  /** The date build handouts print: SOURCE_DATE_EPOCH for a reproducible build, else now. */
  readonly date: Date;
  /** DEBUG: show stacks and Astro's own log. */
  readonly debug: boolean;
  /** CI, or a container: Chromium's sandbox cannot start there. */
  readonly ci: boolean;
  /** The folder the user ran npm from (INIT_CWD), for relative --out paths. */
  readonly userCwd: string;
  /**
   * Tests only (ROUTINE_PRESS_SWAP_HOOK="commit:SIGKILL"): the build sends itself that signal at
   * that step of making the new output current, since a kill cannot be timed from outside.
   */
  readonly swapHook: string | undefined;
}

const set = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return {
    content: set(env['ROUTINE_PRESS_CONTENT']) ?? 'routines',
    templates: set(env['ROUTINE_PRESS_TEMPLATES']) ?? 'templates',
    output: set(env['ROUTINE_PRESS_OUTPUT']) ?? 'output',
    cache:
      set(env['ROUTINE_PRESS_CACHE']) ??
      path.join('node_modules', '.cache', 'routine-press', 'pdf'),
    chromePath: set(env['CHROME_PATH']),
    base: set(env['ROUTINE_PRESS_BASE']),
    date: Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(),
    debug: Boolean(set(env['DEBUG'])),
    ci: Boolean(set(env['CI'])),
    userCwd: set(env['INIT_CWD']) ?? process.cwd(),
    swapHook: set(env['ROUTINE_PRESS_SWAP_HOOK']),
  };
}
