/**
 * Each browser we launch gets a throwaway profile folder in the temp folder, named after the
 * process that launched it: `routine-press-chromium-<pid>-XXXXXX`. The name is how a later run
 * finds what a killed build left: a profile whose builder is gone is swept at the next launch,
 * after any Chromium still started with it is ended. (Chromium over a pipe exits with the build,
 * so this is the net under that: a crash of Chromium's own, another OS, a build from before.)
 */
import { rmSync } from 'node:fs';
import { readdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { alive, processesWith } from '../core/processes.ts';

const prefix = 'routine-press-chromium-';

/** A new, empty profile folder owned by this process. */
export async function makeProfile(folder = os.tmpdir()): Promise<string> {
  return mkdtemp(path.join(folder, `${prefix}${process.pid}-`));
}

/** The command-line word Chromium is started with for this profile. */
export function profileFlag(profile: string): string {
  return `--user-data-dir=${profile}`;
}

/** Ends every process started with this profile: Chromium and each of its helpers. */
function endChromium(profile: string): number {
  const found = processesWith(profileFlag(profile));
  for (const pid of found)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  return found.length;
}

/**
 * Ends every process started with this profile, then removes it. A browser stopped while it starts
 * may fork a helper after the first look, so it looks again until none is left (at most 2 s).
 */
export async function removeProfile(profile: string): Promise<void> {
  for (let tries = 0; endChromium(profile) > 0 && tries < 40; tries++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  // Chromium may still be flushing files for a moment; retry rather than fail.
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** The same, for a process on its way out (an 'exit' handler cannot wait). */
export function removeProfileNow(profile: string): void {
  endChromium(profile);
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * Sweeps the profiles of builders that no longer run: their Chromium is ended and the folder
 * removed. Profiles of running builds (other commands, other test workers) are left alone.
 * Returns the folders swept.
 */
export async function sweepProfiles(folder = os.tmpdir()): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  const dead = names.filter((name) => {
    const owner = new RegExp(`^${prefix}(\\d+)-`).exec(name)?.[1];
    return owner !== undefined && !alive(Number(owner));
  });
  const swept = dead.map((name) => path.join(folder, name));
  await Promise.all(swept.map(removeProfile));
  return swept;
}
