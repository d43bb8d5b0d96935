/**
 * One build at a time per output folder. `output/.lock` holds the builder's process id; a second
 * build waits for it, so the build started last always finishes last and its content wins (two
 * builds used to race, and the older content could land on top). A lock whose process is gone
 * (killed with SIGKILL, the machine restarted) is taken over.
 */
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import { whenInterrupted } from '../core/interrupt.ts';
import { alive } from '../core/processes.ts';

export const lockName = '.lock';

export interface OutputLock {
  /** Removes the lock, if it is still ours. Safe to call more than once. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another build before giving up. */
  readonly waitMs?: number;
  /** Told once when this build has to wait. */
  readonly onWait?: (holder: number) => void;
}

async function holder(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return Number(/^\d+/.exec(text)?.[0] ?? Number.NaN);
}

/**
 * Creates the lock with our id already in it: written to a file of our own, then hard-linked to
 * the lock's name, which fails if the lock exists. (Creating it empty and writing after would let
 * another build read an empty lock in between and take it for stale.)
 */
async function tryCreate(file: string): Promise<boolean> {
  const mine = `${file}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    await link(mine, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(mine, { force: true });
  }
}

/** Takes over the lock of `dead`. If another build took it over first, its lock is put back. */
async function takeOver(file: string, dead: number): Promise<void> {
  const stale = `${file}.stale-${process.pid}`;
  // Only one of several waiting builds wins this rename; the others see ENOENT and try again.
  if (
    !(await rename(file, stale).then(
      () => true,
      () => false,
    ))
  )
    return;
  if ((await holder(stale)) !== dead) await link(stale, file).catch(() => undefined);
  await rm(stale, { force: true });
}

export async function lockOutput(
  outputRoot: string,
  options: LockOptions = {},
): Promise<OutputLock> {
  await mkdir(outputRoot, { recursive: true });
  const file = path.join(outputRoot, lockName);
  const deadline = Date.now() + (options.waitMs ?? 15 * 60_000);
  let told = false;
  while (!(await tryCreate(file))) {
    const pid = await holder(file);
    if (pid === undefined) continue; // released between our two looks
    if (!alive(pid)) {
      await takeOver(file, pid);
      continue;
    }
    if (Date.now() > deadline)
      throw new UserError(
        `Another build (process ${pid}) has been writing ${outputRoot}/ for a long time. If it is stuck, stop it, then run this again.`,
      );
    if (!told) options.onWait?.(pid);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const release = async () => {
    stopWatching();
    if ((await holder(file)) === process.pid) await rm(file, { force: true });
  };
  const stopWatching = whenInterrupted(release);
  return { release };
}
