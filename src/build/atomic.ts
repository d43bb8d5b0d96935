/**
 * Atomic output: everything is built into output/.building-<pid>/ and swapped into place only when
 * every part succeeded. A failed or interrupted build leaves output/ exactly as it was.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const prefix = '.building-';

/** Whether a process with this id is running (signal 0 only checks). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes staging folders left by builds that were killed. */
async function removeStale(outputRoot: string): Promise<void> {
  const entries = await readdir(outputRoot).catch(() => []);
  for (const name of entries) {
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (name.startsWith(prefix) && !alive(pid))
      await rm(path.join(outputRoot, name), { recursive: true, force: true });
  }
}

/**
 * Runs `fill` with an empty staging folder. If it resolves, each top-level entry it created replaces
 * the one of the same name in `outputRoot`; other entries in outputRoot are left alone.
 */
export async function buildAtomically<T>(
  outputRoot: string,
  fill: (staging: string) => Promise<T>,
): Promise<T> {
  await mkdir(outputRoot, { recursive: true });
  await removeStale(outputRoot);
  const staging = path.join(outputRoot, `${prefix}${process.pid}-${Date.now().toString(36)}`);
  const cleanup = () => rm(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await mkdir(staging);
    const result = await fill(staging);
    const retired = path.join(staging, '.retired');
    await mkdir(retired);
    for (const name of await readdir(staging)) {
      if (name === '.retired') continue;
      const target = path.join(outputRoot, name);
      await rename(target, path.join(retired, name)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
      await rename(path.join(staging, name), target);
    }
    return result;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
