/**
 * Work done once a test run and shared by every test file that asks for it, across vitest's worker
 * processes: the first file to ask does it, the others wait for its result. Nothing is made for a
 * run whose files never ask (a single quick test file starts no build).
 *
 * The run's scratch folder comes from test/global-setup.ts, which removes it when the run ends.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { writeFileAtomic } from '../../src/core/fs.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** output/.tests/run-…/: this run's scratch folder, removed when the run ends. */
    runFolder: string;
  }
}

type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Runs `make(folder)` the first time any file of this run asks for `name`, with an empty folder of
 * its own; every later call, in any worker, gets the same value (JSON data only). If it threw,
 * every caller gets the same error.
 */
export async function once<T>(
  name: string,
  make: (folder: string) => Promise<T>,
  timeoutMs = 240_000,
): Promise<T> {
  const folder = path.join(inject('runFolder'), name);
  const resultFile = path.join(folder, '.result.json');
  let outcome: Outcome<T>;
  if (await claim(folder)) {
    try {
      outcome = { ok: true, value: await make(folder) };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    await writeFileAtomic(resultFile, JSON.stringify(outcome));
  } else outcome = await waitFor<T>(resultFile, name, timeoutMs);
  if (!outcome.ok) throw new Error(`${name} (made once for the run) failed: ${outcome.error}`);
  return outcome.value;
}

/** Whether this call made the folder: mkdir succeeds for exactly one process. */
async function claim(folder: string): Promise<boolean> {
  try {
    await mkdir(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function waitFor<T>(file: string, name: string, timeoutMs: number): Promise<Outcome<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Outcome<T>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${name} (made once for the run by another test file) took over ${timeoutMs / 1000} s`,
      );
    await sleep(200);
  }
}
