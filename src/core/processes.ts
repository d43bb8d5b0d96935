/**
 * Processes by id, through /proc where there is one: whether a builder still runs, and which
 * processes were started with a given folder on their command line (a browser's profile).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The command line of a process as its words, or undefined when it is gone or unreadable. */
function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

/**
 * Whether a process with this id runs and is a Node process (so a recycled id that now belongs to
 * something else does not count). Where /proc is missing, the id alone decides.
 */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const words = commandLine(pid);
  return words === undefined || words.some((word) => word.includes('node'));
}

/** Ids of the running processes with a command-line word that passes `test` (Linux only). */
export function processesWhere(test: (word: string) => boolean): number[] {
  let ids: string[];
  try {
    ids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return ids.map(Number).filter((pid) => commandLine(pid)?.some(test) ?? false);
}

/** Ids of the running processes that have `word` among their command-line words (Linux only). */
export function processesWith(word: string): number[] {
  return processesWhere((each) => each === word);
}
