/**
 * Atomic output: a build writes into a new generation folder and, only when every part succeeded,
 * becomes current in one rename of `output/.current` (see generations.ts). A build that fails or
 * is interrupted leaves output/ as it was; Ctrl-C removes only the unfinished generation, never
 * the output in use. The lock keeps two builds of one folder apart, and each start sweeps what a
 * killed build left behind.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { haltIfInterrupted, whenInterrupted } from '../core/interrupt.ts';
import {
  adoptOldOutput,
  buildsFolder,
  currentGeneration,
  currentLink,
  linkFolders,
  prepareLink,
  sweep,
} from './generations.ts';
import { lockOutput } from './lock.ts';

/** Steps of making a build current, in order; `config.swapHook` can stop the build at any. */
export const swapSteps = ['link', 'commit', 'folders', 'retire'] as const;
type SwapStep = (typeof swapSteps)[number];

/** Folders the build makes; older output with these names is adopted as the first generation. */
const outputFolders = ['site', 'handouts', 'decks'];

export interface AtomicOptions {
  readonly config?: Pick<Config, 'swapHook'>;
  /** Told when another build holds the lock and this one waits. */
  readonly onWait?: (holder: number) => void;
}

/** The test hook: "commit:SIGKILL" sends SIGKILL to this process just before the commit. */
async function hook(config: AtomicOptions['config'], step: SwapStep): Promise<void> {
  const [at, signal] = config?.swapHook?.split(':') ?? [];
  if (at !== step || !signal) return;
  process.kill(process.pid, signal);
  // A catchable signal is handled on the next turn of the event loop: give it time to act.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

/**
 * Removes a folder that the build may still be writing into (its steps run on until the process
 * ends) and that a write can bring back: removed again until it stays gone, a few times at most.
 * Anything that still slips through is swept at the next start.
 */
async function removeWhileWritten(folder: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (!(await stat(folder).catch(() => undefined))) return;
  }
}

/**
 * Runs `fill` with an empty generation folder; if it resolves, that folder becomes output/'s
 * current build, reached through output/site, output/handouts and output/decks.
 */
export async function buildAtomically<T>(
  outputRoot: string,
  fill: (staging: string) => Promise<T>,
  options: AtomicOptions = {},
): Promise<T> {
  const lock = await lockOutput(outputRoot, options.onWait ? { onWait: options.onWait } : {});
  try {
    // Repair first: a swap a kill cut short, or output from before generations.
    await adoptOldOutput(outputRoot, outputFolders);
    await linkFolders(outputRoot);
    await sweep(outputRoot);
    const generation = path.join(buildsFolder, `${process.pid}-${Date.now().toString(36)}`);
    const staging = path.join(outputRoot, generation);
    await mkdir(staging, { recursive: true });
    // Set only while the one rename that makes this build current is under way, or after it.
    let committing: Promise<boolean> | undefined;
    // An interrupted build removes its own unfinished generation, and nothing else.
    const stopCleanup = whenInterrupted(async () => {
      if (!(await committing?.catch(() => false))) await removeWhileWritten(staging);
    });
    try {
      const result = await fill(staging);
      const previous = await currentGeneration(outputRoot);
      const current = path.join(outputRoot, currentLink);
      await hook(options.config, 'link');
      await haltIfInterrupted();
      const fresh = await prepareLink(generation, current);
      await hook(options.config, 'commit');
      await haltIfInterrupted();
      // No await between the check above and this line: a signal is handled either before
      // (and the build halts) or while the rename runs (and the handler waits for it).
      committing = rename(fresh, current).then(() => true);
      await committing;
      await hook(options.config, 'folders');
      await linkFolders(outputRoot);
      await hook(options.config, 'retire');
      if (previous && previous !== generation)
        await rm(path.join(outputRoot, previous), { recursive: true, force: true });
      return result;
    } catch (error) {
      // Work cut short by Ctrl-C fails in odd ways (its folder is being removed): the signal
      // handler ends the process, so that is not reported as an error.
      await haltIfInterrupted();
      throw error;
    } finally {
      stopCleanup();
      if (!(await committing?.catch(() => false)))
        await rm(staging, { recursive: true, force: true });
    }
  } finally {
    await lock.release();
  }
}
